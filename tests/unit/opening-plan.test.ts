import { describe, expect, it } from 'vitest';
import { openingPlan, type LinkNames } from '../../src/app/prerender/openingPlan';
import { languageFromTag } from '../../src/i18n';
import { pageFileOf, parseLocation, viewParamNames } from '../../src/places';
import { stepParamNames } from '../../src/wizard';

const names: LinkNames = { steps: stepParamNames, views: viewParamNames };

/** The plan for index.html (`start`) or for the page file the link is answered with. */
const plan = (link: string, remembered: 'en' | 'zh-CN' | null = null, device = ['zh-CN']) =>
  openingPlan(
    link,
    pageFileOf(parseLocation(link, languageFromTag)) === null ? 'start' : 'page',
    remembered,
    device,
    names,
  );

describe('what the page drawn at build time shows before the app has loaded', () => {
  it('is in the link’s language, then the remembered choice, then the device’s, as the app', () => {
    expect(plan('')?.language).toBe('zh-CN');
    expect(plan('', null, ['en-GB', 'zh-CN'])?.language).toBe('en');
    expect(plan('', null, ['fr-FR'])?.language).toBe('en');
    expect(plan('', 'zh-CN', ['en-US'])?.language).toBe('zh-CN');
    expect(plan('?lang=en', 'zh-CN')?.language).toBe('en');
    expect(plan('?lang=zh-TW', null, ['en-US'])?.language).toBe('zh-CN');
    expect(plan('?step=network.signal', 'en')?.language).toBe('en');
    expect(plan('?code=96&lang=zh-CN', 'en')?.language).toBe('zh-CN');
  });

  it('says what the app will say is wrong with the link, on the page the app will show', () => {
    for (const link of [
      '?lang=fr',
      '?step=nope',
      '?view=nope',
      '?view=nope&step=nope&lang=fr',
      '?step=network.signal&lang=fr',
      '?view=steps&lang=xx',
    ]) {
      const { problems } = parseLocation(link, languageFromTag);
      expect(plan(link)?.problems, link).toEqual(problems);
    }
    expect(plan('?lang=fr', null, ['en-US'])?.language).toBe('en');
  });

  it('shows a page file for the link it was chosen for, and the start screen for the start', () => {
    for (const link of ['', '?lang=en', '?step=start', '?utm_source=qr', '?step=network.signal']) {
      expect(plan(link)).not.toBeNull();
    }
    expect(plan('?step=outcome.fixed&at=Network.Signal')?.endedAt).toBe('network.signal');
  });

  it('shows none where index.html answers a link to another page: the app draws it', () => {
    for (const link of [
      '?view=log',
      '?view=settings&step=card',
      '?view=steps&step=network.signal',
      '?handoff=1.abc',
      '#handoff=2.abc',
      '?lang=en#handoff=2.abc',
      '?step=card.other&mode=training',
      '?code=%EF%BC%99%EF%BC%96',
      '?view=nope&step=card',
    ]) {
      expect(plan(link), link).toBeNull();
    }
  });

  it('shows none on a page file opened for a handoff or practice by a host that got it wrong', () => {
    for (const link of ['?step=card.other&mode=training', '?step=card.other#handoff=2.abc']) {
      expect(openingPlan(link, 'page', null, ['en'], names)).toBeNull();
    }
  });

  it('knows a step on index.html as the app does: a host without the rule serves it every link', () => {
    expect(openingPlan('?step=Card', 'start', null, ['en'], names)).toBeNull();
    expect(openingPlan('?step=%20support%20', 'start', null, ['en'], names)).toBeNull();
    expect(openingPlan('?step=card.nope', 'start', null, ['en'], names)?.problems).toEqual([
      'unknownStep',
    ]);
  });
});

describe('the names the opening script knows a link by', () => {
  it('are the views src/places opens, and no other', () => {
    for (const name of viewParamNames) {
      expect(parseLocation(`?view=${name}&id=abc`, languageFromTag).problems, name).toEqual([]);
    }
    expect(parseLocation('?view=handoff', languageFromTag).problems).toEqual(['unknownView']);
  });

  it('are the steps the wizard opens, and no other', () => {
    for (const name of stepParamNames) {
      expect(parseLocation(`?step=${name}`, languageFromTag).problems, name).toEqual([]);
    }
  });
});
