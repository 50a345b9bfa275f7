// The trainer's words (content/trainer): the same keys in both languages, nothing empty, and no
// line that would have staff ask for or key in a customer's PIN.
import { describe, expect, it } from 'vitest';
import enTrainer from '../../content/trainer/en.json';
import zhTrainer from '../../content/trainer/zh-CN.json';

const trainerWords = { en: enTrainer, 'zh-CN': zhTrainer };

const pinRequests = [
  /\b(ask|tell|give|say|read|share|write|note)\b[^.]*\b(your|their|the customer's|customer|the) PIN\b/i,
  /\b(enter|type|key in) (the customer's|their|the) PIN for\b/i,
  /请(输入|告诉|提供)[^。]*密码/,
  /(告诉|告知|报|提供|说出)[^。]*密码/,
  /(代|帮)[^。]*输[^。]*密码/,
];

function allText(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(allText);
  if (value && typeof value === 'object') return Object.values(value).flatMap(allText);
  return [];
}

function keyPaths(value: unknown, prefix = ''): string[] {
  if (Array.isArray(value))
    return value.flatMap((child, index) => keyPaths(child, `${prefix}/${index}`));
  if (!value || typeof value !== 'object') return [prefix];
  return Object.entries(value).flatMap(([key, child]) =>
    keyPaths(child, prefix ? `${prefix}/${key}` : key),
  );
}

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
