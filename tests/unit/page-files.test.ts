import { describe, expect, it } from 'vitest';
import { languageFromTag } from '../../src/i18n';
import { pageFileOf, parseLocation } from '../../src/places';
import { stageIds, stepIds } from '../../src/wizard';

const fileOf = (link: string) => pageFileOf(parseLocation(link, languageFromTag));

describe('the page file that answers a link before the app runs', () => {
  it('is one file per step and outcome, whatever name, case or language the link uses', () => {
    for (const step of stepIds.filter((id) => id !== 'start')) {
      expect(fileOf(`?step=${step}`)).toBe(`pages/step/${step}.html`);
      expect(fileOf(`?lang=en&step=${step.toUpperCase()}%20`)).toBe(`pages/step/${step}.html`);
    }
    expect(fileOf('?step=card')).toBe('pages/step/card.insert.html');
    expect(fileOf('?step=support&lang=zh-CN')).toBe('pages/step/escalate.call.html');
    expect(fileOf('?step=card.wipe')).toBe('pages/step/card.insert.html');
    expect(fileOf('?step=outcome.fixed&at=network.signal')).toBe('pages/step/outcome.fixed.html');
    for (const stage of stageIds) expect(fileOf(`?step=${stage}`)).toMatch(/^pages\/step\//);
  });

  it('is a file for a code, the lookup, the step index and each reference page', () => {
    expect(fileOf('?code=96')).toBe('pages/code/96.html');
    expect(fileOf('?code=a0&lang=en')).toBe('pages/code/A0.html');
    expect(fileOf('?code=e1')).toBe('pages/code/E1.html');
    expect(fileOf('?view=codes&code=51')).toBe('pages/code/51.html');
    expect(fileOf('?view=codes')).toBe('pages/view/codes.html');
    expect(fileOf('?view=steps&lang=en')).toBe('pages/view/steps.html');
    expect(fileOf('?view=reference')).toBe('pages/reference/quick.html');
    expect(fileOf('?view=reference&page=providers')).toBe('pages/reference/providers.html');
  });

  it('keeps the language problem on the page, which says so', () => {
    expect(fileOf('?step=network.signal&lang=fr')).toBe('pages/step/network.signal.html');
  });

  it('is index.html (null) for the start screen and for a link the app says is wrong', () => {
    for (const link of ['', '?lang=en', '?step=start', '?step=nope', '?view=nope', '?lang=fr']) {
      expect(fileOf(link)).toBeNull();
    }
    expect(fileOf('?view=nope&step=network.signal')).toBeNull();
    // A code written another way (full width, with spaces) is found by the app itself.
    expect(fileOf('?code=%EF%BC%99%EF%BC%96')).toBeNull();
    expect(fileOf('?code=9%206')).toBeNull();
  });

  it('is index.html for pages that show what the device stores, practice or a kept walk', () => {
    for (const link of [
      '?view=log',
      '?view=stats',
      '?view=settings',
      '?view=incident&id=abc',
      '?view=flowchart',
      '?view=practice',
      '?view=attempt&id=abc',
      '?step=network.signal&mode=training',
      '?step=network.signal#handoff=2.abc',
      '?handoff=2.abc',
      '?view=steps&step=network.signal',
      '?code=96&step=card.other',
    ]) {
      expect(fileOf(link)).toBeNull();
    }
  });
});
