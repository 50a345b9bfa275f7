import { describe, expect, it } from 'vitest';
import enLog from '../../content/log/en.json';
import zhLog from '../../content/log/zh-CN.json';
import enShare from '../../content/share/en.json';
import zhShare from '../../content/share/zh-CN.json';
import { languages, stepWords, uiWords } from '../../src/i18n';
import {
  answersOf,
  checkSteps,
  incomingAnswers,
  outcomeIds,
  outcomeText,
  stageIds,
  stepIds,
  type AnswerId,
} from '../../src/wizard';
import { allText, keyPaths, pinRequests } from '../fixtures/words';

const logWords = { en: enLog, 'zh-CN': zhLog };
const shareWords = { en: enShare, 'zh-CN': zhShare };

describe('content files', () => {
  const stepKeys = [...stepIds].filter((id) => id !== 'start').sort();

  for (const language of languages) {
    it(`has words for every step and outcome of the machine in ${language}, and no others`, () => {
      expect(Object.keys(stepWords[language]).sort()).toEqual(stepKeys);
    });

    it(`names every answer of every check, and no others, in ${language}`, () => {
      for (const step of checkSteps) {
        const labels = Object.keys(stepWords[language][step.id].answers).sort();
        expect(labels, step.id).toEqual(
          answersOf(step)
            .map((answer) => answer.answer)
            .sort(),
        );
      }
    });

    it(`writes each outcome's words for every answer that reaches it in ${language}`, () => {
      for (const outcome of outcomeIds) {
        const words = stepWords[language][outcome];
        const written = 'paths' in words ? Object.keys(words.paths) : [];
        const incoming = incomingAnswers(outcome);
        // The outcome's own words serve a link or a jump, and at most one path besides.
        const fallingBack = incoming.filter((answer) => !written.includes(answer));
        expect(fallingBack.length, `${outcome}: ${fallingBack.join(', ')}`).toBeLessThanOrEqual(1);
        expect(written.filter((answer) => !incoming.includes(answer as AnswerId))).toEqual([]);
      }
    });

    it(`tells the waiting customer something on every outcome and path in ${language}`, () => {
      for (const outcome of outcomeIds) {
        for (const via of [null, ...incomingAnswers(outcome)]) {
          expect(outcomeText(stepWords[language], outcome, via).tell.trim(), outcome).not.toBe('');
        }
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

  it('lists what to have ready for the call to support', () => {
    const call = stepWords.en['escalate.call'];
    expect(call.checklist.join(' ')).toMatch(/SN.*Merchant number.*Terminal number/s);
  });

  it('does not repeat the call on the escalation outcome it leads to', () => {
    for (const language of languages) {
      const words = stepWords[language]['outcome.escalated'];
      const callTitle = stepWords[language]['escalate.call'].title;
      expect(allText(words)).not.toContain(callTitle);
      expect(allText(words).join(' ')).not.toMatch(/\bCall your provider|打服务商的客服电话/);
    }
  });

  it('uses the words printed on mainland terminals in Chinese', () => {
    const texts = [
      ...allText(stepWords['zh-CN']),
      ...allText(uiWords['zh-CN']),
      ...allText(logWords['zh-CN']),
      ...allText(shareWords['zh-CN']),
    ];
    for (const text of texts) {
      expect(text, text).not.toMatch(/小票|交易记录/);
      // 终端 only in the printed field names 终端号 and 终端序列号.
      expect(text.replace(/终端(号|序列号)/g, ''), text).not.toMatch(/终端/);
    }
    // 撤销 is the terminal's "void": only the double-charge advice uses it.
    const voids = texts.filter((text) => text.includes('撤销'));
    expect(voids.length).toBeGreaterThan(0);
    expect(allText(stepWords['zh-CN']['outcome.double-charge'])).toEqual(
      expect.arrayContaining(voids),
    );
  });

  it('gives no example phone number anywhere', () => {
    const texts = languages.flatMap((language) => [
      ...allText(stepWords[language]),
      ...allText(uiWords[language]),
      ...allText(logWords[language]),
      ...allText(shareWords[language]),
    ]);
    for (const text of texts) expect(text, text).not.toMatch(/\d{3}[ -]?\d{3,4}[ -]?\d{4}/);
  });

  it('catches a text that asks for a PIN (the check itself works)', () => {
    const matches = (text: string) => pinRequests.some((pattern) => pattern.test(text));
    expect(matches('Ask the customer for their PIN and enter it.')).toBe(true);
    expect(matches('请顾客告诉你密码')).toBe(true);
    expect(matches('店员帮顾客输入密码')).toBe(true);
    expect(matches('They shield the keypad while keying in their PIN.')).toBe(false);
  });
});
