// The URL model at its limits: ids of exactly 100 characters and one more, a response code cut
// to 40, which of the view, the code and the fragment a link names first, and what is written.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { languageFromTag } from '../../src/i18n';
import { parseLocation as parseLink, placeHref, sameView, type AppView } from '../../src/places';

const parseLocation = (link: string) => parseLink(link, languageFromTag);

const idOf = (length: number) => 'i'.repeat(length);

describe('ids in links', () => {
  it.each([
    [
      'an incident',
      (id: string) => `?view=incident&id=${id}`,
      (id: string) => ({ name: 'incident', id }),
    ],
    [
      'an attempt',
      (id: string) => `?view=attempt&id=${id}`,
      (id: string) => ({ name: 'attempt', id }),
    ],
    [
      'a scenario',
      (id: string) => `?mode=training&scenario=${id}`,
      (id: string) => ({ name: 'wizard', training: { scenario: id } }),
    ],
    [
      'an attempt on the flowchart',
      (id: string) => `?view=flowchart&attempt=${id}`,
      (id: string) => ({ name: 'flowchart', show: { kind: 'attempt', id } }),
    ],
    [
      'an incident on the flowchart',
      (id: string) => `?view=flowchart&incident=${id}`,
      (id: string) => ({ name: 'flowchart', show: { kind: 'incident', id } }),
    ],
  ])('reads %s id of exactly 100 characters', (_, link, view) => {
    expect(parseLocation(link(idOf(100)))).toMatchObject({ view: view(idOf(100)), problems: [] });
    // The spaces around it are not part of it.
    expect(parseLocation(link(`%20${idOf(100)}%20`)).view).toEqual(view(idOf(100)));
  });

  it('refuses an incident or attempt id of 101 characters as an unknown view', () => {
    for (const name of ['incident', 'attempt']) {
      expect(parseLocation(`?view=${name}&id=${idOf(101)}`)).toMatchObject({
        view: { name: 'wizard' },
        problems: ['unknownView'],
      });
    }
  });

  it('drops a scenario or flowchart id of 101 characters and keeps the view', () => {
    expect(parseLocation(`?mode=training&scenario=${idOf(101)}`).view).toEqual({
      name: 'wizard',
      training: { scenario: null },
    });
    expect(parseLocation(`?view=flowchart&attempt=${idOf(101)}`).view).toEqual({
      name: 'flowchart',
    });
    // The attempt is looked at first: a long one gives way to an incident.
    expect(parseLocation(`?view=flowchart&attempt=${idOf(101)}&incident=i1`).view).toEqual({
      name: 'flowchart',
      show: { kind: 'incident', id: 'i1' },
    });
  });

  it('reads an id only on the views that have one: another view with an id is unknown', () => {
    expect(parseLocation('?view=nope&id=abc')).toMatchObject({
      view: { name: 'wizard' },
      problems: ['unknownView'],
    });
  });
});

describe('a response code in a link', () => {
  it('keeps a code of 40 characters and cuts a longer one to 40, without the spaces around it', () => {
    const forty = 'C'.repeat(40);
    expect(parseLocation(`?code=${forty}`).view).toEqual({ name: 'codes', code: forty });
    expect(parseLocation(`?code=${forty}XYZ`).view).toEqual({ name: 'codes', code: forty });
    expect(parseLocation('?code=%2051%20').view).toEqual({ name: 'codes', code: '51' });
  });

  it('opens the view a link names, not the code page, when it names both', () => {
    expect(parseLocation('?view=log&code=51').view).toEqual({ name: 'log' });
    expect(parseLocation('?view=codes&code=51').view).toEqual({ name: 'codes', code: '51' });
  });
});

describe('the fragment', () => {
  it('holds the handoff summary wherever the # is, after any query', () => {
    fc.assert(
      fc.property(fc.constantFrom('', '?', '?a', '?lang=en', '?step=card'), (query) => {
        expect(parseLocation(`${query}#handoff=2.abc`).view).toEqual({
          name: 'handoff',
          data: '2.abc',
        });
      }),
    );
  });
});

describe('writing the URL', () => {
  it('writes where an outcome was fixed only when there is a check and the outcome names one', () => {
    const place = (step: 'outcome.fixed' | 'card.other', endedAt: 'card.other' | null) =>
      placeHref({ view: { name: 'wizard' }, step, lang: null, endedAt });
    expect(place('outcome.fixed', 'card.other')).toBe('?step=outcome.fixed&at=card.other');
    expect(place('outcome.fixed', null)).toBe('?step=outcome.fixed');
    expect(place('card.other', 'card.other')).toBe('?step=card.other');
  });

  it('tells two different pages apart', () => {
    const views: AppView[] = [
      { name: 'log' },
      { name: 'stats' },
      { name: 'incident', id: 'a' },
      { name: 'incident', id: 'b' },
      { name: 'codes', code: null },
      { name: 'codes', code: '51' },
    ];
    for (const [index, view] of views.entries()) {
      expect(views.map((other) => sameView(view, other))).toEqual(
        views.map((_, otherIndex) => otherIndex === index),
      );
    }
  });
});
