import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { languageFromTag } from '../../src/i18n';
import { parseLocation as parseLink, placeHref, sameView } from '../../src/places';
import { checkIds, firstCheckOf, stageIds, stepIds } from '../../src/wizard';

const parseLocation = (link: string) => parseLink(link, languageFromTag);

const wizard = { name: 'wizard' } as const;

describe('reading the URL', () => {
  it('opens the start screen when there is no step', () => {
    expect(parseLocation('')).toEqual({
      view: { name: 'wizard' },
      step: 'start',
      lang: null,
      endedAt: null,
      problems: [],
    });
  });

  it('opens a check named by its id', () => {
    expect(parseLocation('?step=card.other&lang=en')).toMatchObject({
      step: 'card.other',
      lang: 'en',
      problems: [],
    });
  });

  it('opens the first check of a stage named by its id', () => {
    for (const stage of stageIds) {
      expect(parseLocation(`?step=${stage}`).step).toBe(firstCheckOf(stage));
    }
  });

  it('keeps old and alternative names working', () => {
    expect(parseLocation('?step=security').step).toBe('pin.locked');
    expect(parseLocation('?step=support').step).toBe('escalate.call');
    expect(parseLocation('?step=%20Card.Other%20').step).toBe('card.other');
  });

  it('opens every step id the first tree published at the step that took its place', () => {
    expect(parseLocation('?step=card.wipe').step).toBe('card.insert');
    expect(parseLocation('?step=config.software').step).toBe('config.params');
    expect(parseLocation('?step=restart.retry').step).toBe('restart.power');
    expect(parseLocation('?step=escalate.status').step).toBe('network.host');
    expect(parseLocation('?step=outcome.fixed&at=restart.retry').endedAt).toBe('restart.power');
  });

  it.each([
    'nope',
    '',
    'card.',
    '.wipe',
    'outcome',
    '<img src=x onerror=alert(1)>',
    'constructor',
    '__proto__',
    'toString',
    'x'.repeat(5000),
  ])('reports an unknown step %# and opens the start screen', (raw) => {
    const parsed = parseLocation(`?step=${encodeURIComponent(raw)}`);
    expect(parsed.step).toBe('start');
    expect(parsed.problems).toEqual(['unknownStep']);
  });

  it('reports an unknown language and keeps the step', () => {
    expect(parseLocation('?step=card.other&lang=fr')).toMatchObject({
      step: 'card.other',
      lang: null,
      problems: ['unknownLanguage'],
    });
  });

  it('reads language tags loosely', () => {
    expect(parseLocation('?lang=EN').lang).toBe('en');
    expect(parseLocation('?lang=zh').lang).toBe('zh-CN');
    expect(parseLocation('?lang=zh-cn').lang).toBe('zh-CN');
  });

  it('survives broken percent-encoding', () => {
    expect(parseLocation('?step=%E0%A4%A&lang=%').problems).toEqual([
      'unknownStep',
      'unknownLanguage',
    ]);
  });

  it('takes the check that fixed E1 only on the outcomes that name one', () => {
    expect(parseLocation('?step=outcome.fixed&at=card.insert').endedAt).toBe('card.insert');
    expect(parseLocation('?step=outcome.fixed&at=bogus').endedAt).toBeNull();
    expect(parseLocation('?step=card.insert&at=card.insert').endedAt).toBeNull();
  });
});

describe('the log and its neighbours', () => {
  it('opens a view named in the link', () => {
    expect(parseLocation('?view=log&lang=en').view).toEqual({ name: 'log' });
    expect(parseLocation('?view=Stats').view).toEqual({ name: 'stats' });
    expect(parseLocation('?view=incident&id=abc').view).toEqual({ name: 'incident', id: 'abc' });
  });

  it.each(['?view=nope', '?view=', '?view=incident', '?view=incident&id=%20'])(
    'reports an unknown view in %s and opens the wizard',
    (search) => {
      const parsed = parseLocation(search);
      expect(parsed.view).toEqual({ name: 'wizard' });
      expect(parsed.problems).toEqual(['unknownView']);
    },
  );

  it('reads the trainer and support views', () => {
    expect(parseLocation('?step=card&mode=training&scenario=loose-sim').view).toEqual({
      name: 'wizard',
      training: { scenario: 'loose-sim' },
    });
    expect(parseLocation('?mode=Training').view).toEqual({
      name: 'wizard',
      training: { scenario: null },
    });
    expect(parseLocation('?handoff=v1.abc').view).toEqual({ name: 'handoff', data: 'v1.abc' });
    expect(parseLocation('#handoff=2.abc').view).toEqual({ name: 'handoff', data: '2.abc' });
    expect(parseLocation('?lang=en#handoff=2.abc')).toMatchObject({
      view: { name: 'handoff', data: '2.abc' },
      lang: 'en',
    });
    expect(parseLocation('?view=reference&page=prevention').view).toEqual({
      name: 'reference',
      page: 'prevention',
    });
    expect(parseLocation('?view=reference&page=nope').view).toEqual({
      name: 'reference',
      page: 'quick',
    });
    expect(parseLocation(`?view=attempt&id=${'x'.repeat(101)}`).problems).toEqual(['unknownView']);
  });

  it.each([
    { name: 'steps' },
    { name: 'flowchart' },
    { name: 'flowchart', show: { kind: 'attempt', id: 'a1' } },
    { name: 'flowchart', show: { kind: 'incident', id: 'i 2&x' } },
    { name: 'practice' },
    { name: 'attempt', id: 'a1' },
    { name: 'reference', page: 'providers' },
    { name: 'handoff', data: 'v1.x-y_z' },
    { name: 'wizard', training: { scenario: 'frozen-card' } },
    { name: 'wizard', training: { scenario: null } },
  ] as const)('writes %o and reads it back', (view) => {
    const place = { view, step: 'start', lang: 'en', endedAt: null } as const;
    expect(parseLocation(placeHref(place))).toEqual({ ...place, problems: [] });
  });

  it('writes a handoff summary into the fragment, which the browser never sends to the host', () => {
    const href = placeHref({
      view: { name: 'handoff', data: '2.x-y_z' },
      step: 'start',
      lang: 'en',
      endedAt: null,
    });
    expect(href).toBe('?lang=en#handoff=2.x-y_z');
    expect(new URL(href, 'https://app.example').search).toBe('?lang=en');
  });

  it('writes a view and reads it back', () => {
    const place = {
      view: { name: 'incident', id: 'a b&c' },
      step: 'start',
      lang: 'en',
      endedAt: null,
    } as const;
    expect(parseLocation(placeHref(place))).toEqual({ ...place, problems: [] });
  });
});

describe('a detour from the counter’s walk', () => {
  const detours = [
    { name: 'log' },
    { name: 'incident', id: 'i-1' },
    { name: 'stats' },
    { name: 'settings' },
    { name: 'steps' },
    { name: 'codes', code: '96' },
    { name: 'codes', code: null },
  ] as const;

  it.each(detours)('keeps the walk’s step in the URL of %o, and reads it back', (view) => {
    const place = { view, step: 'escalate.call', lang: 'en', endedAt: null } as const;
    const search = placeHref(place);
    expect(new URLSearchParams(search).get('step')).toBe('escalate.call');
    expect(parseLocation(search)).toEqual({ ...place, problems: [] });
  });

  it('keeps where a fixed outcome was fixed, and nothing at the start', () => {
    const fixed = {
      view: { name: 'settings' },
      step: 'outcome.fixed',
      lang: null,
      endedAt: 'network.reconnect',
    } as const;
    expect(placeHref(fixed)).toBe('?view=settings&step=outcome.fixed&at=network.reconnect');
    expect(parseLocation(placeHref(fixed))).toEqual({ ...fixed, problems: [] });
    expect(placeHref({ view: { name: 'log' }, step: 'start', lang: 'en', endedAt: null })).toBe(
      '?view=log&lang=en',
    );
  });

  it('is the same page whatever step it keeps', () => {
    expect(sameView({ name: 'settings' }, { name: 'settings' })).toBe(true);
    const settings = parseLocation('?view=settings&step=card.other');
    expect(settings.view).toEqual({ name: 'settings' });
  });

  it('trainer pages and a handoff link keep no step of the counter’s', () => {
    for (const view of [
      { name: 'practice' },
      { name: 'flowchart' },
      { name: 'handoff', data: '2.x' },
    ] as const) {
      const search = placeHref({ view, step: 'card.other', lang: null, endedAt: null });
      expect(new URLSearchParams(search).has('step')).toBe(false);
    }
  });
});

describe('writing the URL', () => {
  it('writes the step and the language', () => {
    expect(placeHref({ view: wizard, step: 'card.other', lang: 'zh-CN', endedAt: null })).toBe(
      '?step=card.other&lang=zh-CN',
    );
    expect(placeHref({ view: wizard, step: 'start', lang: null, endedAt: null })).toBe('');
  });

  it('reads back every place it writes', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...stepIds),
        fc.constantFrom('en' as const, 'zh-CN' as const, null),
        fc.constantFrom(...checkIds),
        (step, lang, check) => {
          const endedAt = step === 'outcome.fixed' || step === 'outcome.abandoned' ? check : null;
          const place = { view: wizard, step, lang, endedAt };
          expect(parseLocation(placeHref(place))).toEqual({ ...place, problems: [] });
        },
      ),
    );
  });
});
