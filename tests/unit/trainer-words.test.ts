// The trainer's words (content/trainer): the same keys in both languages, nothing empty, and no
// line that would have staff ask for or key in a customer's PIN.
import { describe, expect, it } from 'vitest';
import enTrainer from '../../content/trainer/en.json';
import zhTrainer from '../../content/trainer/zh-CN.json';
import { allText, keyPaths, pinRequests } from '../fixtures/words';

const trainerWords = { en: enTrainer, 'zh-CN': zhTrainer };

describe('the trainer’s words', () => {
  it('have the same keys (and list lengths) in both languages', () => {
    expect(keyPaths(trainerWords['zh-CN'])).toEqual(keyPaths(trainerWords.en));
  });

  for (const [language, words] of Object.entries(trainerWords)) {
    it(`have no empty text and never ask for a PIN in ${language}`, () => {
      for (const text of allText(words)) {
        expect(text.trim(), text).not.toBe('');
        for (const pattern of pinRequests) expect(text, text).not.toMatch(pattern);
      }
    });

    it(`keep the same placeholders in ${language} as in English`, () => {
      const placeholders = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]);
      const en = allText(trainerWords.en);
      const other = allText(words);
      en.forEach((text, index) => {
        expect(placeholders(other[index] ?? '').sort(), text).toEqual(placeholders(text).sort());
      });
    });
  }
});
