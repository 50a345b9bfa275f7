// The response codes' data and words: every code of the facts file and no other, words for each
// in both languages, and every link into the checks pointing at a step this machine has.
import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import table from '../../content/codes/codes.json';
import enCodes from '../../content/codes/en.json';
import zhCodes from '../../content/codes/zh-CN.json';
import { codeKinds, responseCodes } from '../../src/codes/data';
import { languages, stepWords } from '../../src/i18n';
import {
  currentStep,
  incomingAnswers,
  isOutcomeId,
  isStepId,
  outcomeText,
  takesPayment,
  wizardMachine,
} from '../../src/wizard';
import { allText, keyPaths, pinRequests } from '../fixtures/words';

const codeWords = { en: enCodes, 'zh-CN': zhCodes };

/** The codes of the facts file's table (shared/domain/e1-facts.md, "Response codes"). */
const factsCodes = [
  '00', '01', '03', '04', '34', '41', '43', '05', '12', '22', '25', '13', '14', '21', '30', '38',
  '75', '40', '57', '58', '62', '45', '51', '54', '55', '59', '61', '65', '64', '68', '98', '90',
  '91', '92', '94', '96', '97', '99', 'A0', 'A7', 'C1',
]; // prettier-ignore

/** Where the issue asks each code to lead (33 is not in the facts' table, so it is not here). */
const issueLinks = {
  A0: 'network.signin',
  '99': 'network.signin',
  '68': 'payment.charged',
  '98': 'payment.charged',
  '94': 'payment.charged',
  '91': 'outcome.outage',
  '96': 'outcome.outage',
  '55': 'pin.reenter',
  '51': 'outcome.card-problem',
  '14': 'outcome.card-problem',
  '54': 'outcome.card-problem',
  '75': 'outcome.card-problem',
} as const;

describe('the response codes', () => {
  const codes = responseCodes.map((entry) => entry.code);

  it('are the facts file’s codes, each once, and no other', () => {
    expect([...codes].sort()).toEqual([...factsCodes].sort());
    expect(new Set(codes).size).toBe(codes.length);
    expect(codes).not.toContain('33');
  });

  it('are listed in order, digits before letters', () => {
    expect(codes).toEqual([...codes].sort());
  });

  it('each have one of the five kinds', () => {
    for (const entry of responseCodes) expect(codeKinds, entry.code).toContain(entry.kind);
  });

  for (const language of languages) {
    it(`each have words in ${language}: a title, a meaning, what to do and a line for the customer`, () => {
      const words = codeWords[language].codes;
      expect(Object.keys(words).sort()).toEqual([...codes].sort());
      for (const code of codes) {
        const { title, meaning, todo, tell } = words[code];
        expect(title.trim(), code).not.toBe('');
        expect(meaning.trim(), code).not.toBe('');
        expect(todo.length, code).toBeGreaterThan(0);
        expect(tell.trim(), code).not.toBe('');
      }
    });

    it(`have no empty text and never ask for a PIN in ${language}`, () => {
      for (const text of allText(codeWords[language])) {
        expect(text.trim()).not.toBe('');
        for (const pattern of pinRequests) expect(text, text).not.toMatch(pattern);
      }
    });
  }

  it('have the same shape in both languages', () => {
    expect(keyPaths(codeWords['zh-CN'])).toEqual(keyPaths(codeWords.en));
  });

  it('give E1 its three readings in both languages', () => {
    for (const language of languages) expect(codeWords[language].e1.readings).toHaveLength(3);
  });

  it('use the words printed on mainland terminals in Chinese, and give no phone number', () => {
    for (const text of allText(codeWords['zh-CN'])) {
      expect(text, text).not.toMatch(/小票|交易记录/);
      expect(text.replace(/终端号/g, ''), text).not.toMatch(/终端/);
    }
    for (const text of [...allText(codeWords.en), ...allText(codeWords['zh-CN'])]) {
      expect(text, text).not.toMatch(/\d{3}[ -]?\d{3,4}[ -]?\d{4}/);
    }
  });
});

describe('the links from a code into the checks', () => {
  const linked = responseCodes.filter((entry) => entry.leadsTo !== null);

  it('are the ones the issue asks for', () => {
    expect(Object.fromEntries(linked.map((entry) => [entry.code, entry.leadsTo]))).toEqual(
      issueLinks,
    );
  });

  it('each point at a step the machine has', () => {
    // The raw file, before the app reads it (which would throw on a step it does not have).
    for (const row of table.codes) {
      const leadsTo: string | undefined = 'leadsTo' in row ? row.leadsTo : undefined;
      if (leadsTo === undefined) continue;
      expect(isStepId(leadsTo) && leadsTo !== 'start', row.code).toBe(true);
    }
    expect(linked.length).toBeGreaterThan(0);
  });

  it('name an answer that reaches their outcome, with its own words there', () => {
    for (const { code, leadsTo, via } of linked) {
      if (via === null) continue;
      expect(leadsTo !== null && isOutcomeId(leadsTo), code).toBe(true);
      if (leadsTo === null || !isOutcomeId(leadsTo)) continue;
      expect(incomingAnswers(leadsTo), code).toContain(via);
      for (const language of languages) {
        const words = stepWords[language][leadsTo];
        expect(outcomeText(stepWords[language], leadsTo, via), code).not.toBe(words);
      }
    }
  });

  it('each open their step in the machine, a payment through the charged question', () => {
    for (const { code, leadsTo, via } of linked) {
      if (leadsTo === null) continue;
      const actor = createActor(wizardMachine).start();
      actor.send({ type: 'nav.goto', step: leadsTo, via: via ?? undefined, code });
      const { context } = actor.getSnapshot();
      actor.stop();
      expect(currentStep(context), code).toBe(takesPayment(leadsTo) ? 'payment.charged' : leadsTo);
      expect(context.code, code).toBe(code);
    }
  });
});
