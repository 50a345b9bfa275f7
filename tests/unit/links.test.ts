import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseWizardLocation, wizardSearch } from '../../src/share';
import { checkIds, firstCheckOf, stageIds, stepIds } from '../../src/wizard';

describe('reading the URL', () => {
  it('opens the start screen when there is no step', () => {
    expect(parseWizardLocation('')).toEqual({
      step: 'start',
      lang: null,
      endedAt: null,
      problems: [],
    });
  });

  it('opens a check named by its id', () => {
    expect(parseWizardLocation('?step=card.wipe&lang=en')).toMatchObject({
      step: 'card.wipe',
      lang: 'en',
      problems: [],
    });
  });

  it('opens the first check of a stage named by its id', () => {
    for (const stage of stageIds) {
      expect(parseWizardLocation(`?step=${stage}`).step).toBe(firstCheckOf(stage));
    }
  });

  it('keeps old and alternative names working', () => {
    expect(parseWizardLocation('?step=security').step).toBe('pin.reenter');
    expect(parseWizardLocation('?step=support').step).toBe('escalate.status');
    expect(parseWizardLocation('?step=%20Card.Wipe%20').step).toBe('card.wipe');
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
    const parsed = parseWizardLocation(`?step=${encodeURIComponent(raw)}`);
    expect(parsed.step).toBe('start');
    expect(parsed.problems).toEqual(['unknownStep']);
  });

  it('reports an unknown language and keeps the step', () => {
    expect(parseWizardLocation('?step=card.wipe&lang=fr')).toMatchObject({
      step: 'card.wipe',
      lang: null,
      problems: ['unknownLanguage'],
    });
  });

  it('reads language tags loosely', () => {
    expect(parseWizardLocation('?lang=EN').lang).toBe('en');
    expect(parseWizardLocation('?lang=zh').lang).toBe('zh-CN');
    expect(parseWizardLocation('?lang=zh-cn').lang).toBe('zh-CN');
  });

  it('survives broken percent-encoding', () => {
    expect(parseWizardLocation('?step=%E0%A4%A&lang=%').problems).toEqual([
      'unknownStep',
      'unknownLanguage',
    ]);
  });

  it('takes the check that fixed E1 only on the outcomes that name one', () => {
    expect(parseWizardLocation('?step=outcome.fixed&at=card.wipe').endedAt).toBe('card.wipe');
    expect(parseWizardLocation('?step=outcome.fixed&at=bogus').endedAt).toBeNull();
    expect(parseWizardLocation('?step=card.insert&at=card.wipe').endedAt).toBeNull();
  });
});

describe('writing the URL', () => {
  it('writes the step and the language', () => {
    expect(wizardSearch({ step: 'card.wipe', lang: 'zh-CN', endedAt: null })).toBe(
      '?step=card.wipe&lang=zh-CN',
    );
    expect(wizardSearch({ step: 'start', lang: null, endedAt: null })).toBe('');
  });

  it('reads back every place it writes', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...stepIds),
        fc.constantFrom('en' as const, 'zh-CN' as const, null),
        fc.constantFrom(...checkIds),
        (step, lang, check) => {
          const endedAt = step === 'outcome.fixed' || step === 'outcome.abandoned' ? check : null;
          const place = { step, lang, endedAt };
          expect(parseWizardLocation(wizardSearch(place))).toEqual({ ...place, problems: [] });
        },
      ),
    );
  });
});
