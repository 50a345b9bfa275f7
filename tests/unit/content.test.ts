import { describe, expect, it } from 'vitest';
import enLog from '../../content/log/en.json';
import zhLog from '../../content/log/zh-CN.json';
import enShare from '../../content/share/en.json';
import zhShare from '../../content/share/zh-CN.json';
import { languages, stepWords, uiWords } from '../../src/i18n';
import { checkSteps, outcomeIds, stageIds, stepIds } from '../../src/wizard';
import { allText, keyPaths, pinRequests } from '../fixtures/words';

const logWords = { en: enLog, 'zh-CN': zhLog };
const shareWords = { en: enShare, 'zh-CN': zhShare };

describe('content files', () => {
  const stepKeys = [...stepIds].filter((id) => id !== 'start').sort();

  for (const language of languages) {
    it(`has words for every step and outcome of the machine in ${language}, and no others`, () => {
      expect(Object.keys(stepWords[language]).sort()).toEqual(stepKeys);
    });

    it(`gives every question its own yes and no answers in ${language}`, () => {
      for (const step of checkSteps) {
        const words = stepWords[language][step.id];
        expect('yes' in words && 'no' in words, step.id).toBe(step.check.kind === 'question');
      }
    });

    it(`names every stage and drawing in ${language}`, () => {
      expect(Object.keys(uiWords[language].stages).sort()).toEqual([...stageIds].sort());
      const drawings = new Set(checkSteps.flatMap((step) => step.check.drawing ?? []));
      for (const drawing of drawings) expect(uiWords[language].drawings[drawing]).toBeTruthy();
    });

    it(`never asks for a PIN in ${language}`, () => {
      const texts = [
        ...allText(stepWords[language]),
        ...allText(uiWords[language]),
        ...allText(logWords[language]),
        ...allText(shareWords[language]),
      ];
      for (const text of texts) {
        for (const pattern of pinRequests) expect(text, text).not.toMatch(pattern);
      }
    });

    it(`has no empty text in ${language}`, () => {
      const texts = [
        ...allText(stepWords[language]),
        ...allText(uiWords[language]),
        ...allText(logWords[language]),
        ...allText(shareWords[language]),
      ];
      for (const text of texts) expect(text.trim()).not.toBe('');
    });
  }

  it('has the same shape in both languages', () => {
    expect(keyPaths(stepWords['zh-CN'])).toEqual(keyPaths(stepWords.en));
    expect(keyPaths(uiWords['zh-CN'])).toEqual(keyPaths(uiWords.en));
    expect(keyPaths(logWords['zh-CN'])).toEqual(keyPaths(logWords.en));
    expect(keyPaths(shareWords['zh-CN'])).toEqual(keyPaths(shareWords.en));
  });

  it('lists what to have ready for support on the escalation outcome', () => {
    const escalated = stepWords.en['outcome.escalated'];
    expect(escalated.checklist.join(' ')).toMatch(/SN.*Merchant number.*Terminal number/s);
    expect(outcomeIds).toContain('outcome.escalated');
  });

  it('catches a text that asks for a PIN (the check itself works)', () => {
    const matches = (text: string) => pinRequests.some((pattern) => pattern.test(text));
    expect(matches('Ask the customer for their PIN and enter it.')).toBe(true);
    expect(matches('请顾客告诉你密码')).toBe(true);
    expect(matches('店员帮顾客输入密码')).toBe(true);
    expect(matches('They shield the keypad while keying in their PIN.')).toBe(false);
  });
});
