// Helpers for the response-code lookup: its words (content/codes), its links, and the ways into
// it from the wizard's screens, named as the screens name them.
import { readFile } from 'node:fs/promises';
import type { Locator, Page } from 'playwright-core';
import enCodes from '../../../content/codes/en.json';
import zhCodes from '../../../content/codes/zh-CN.json';
import { button, expectH1, fill, words, type Lang } from './wizard';

export const codeWords = { en: enCodes, 'zh-CN': zhCodes } as const satisfies Record<
  Lang,
  typeof enCodes
>;

export type CodeId = keyof typeof enCodes.codes;

export const codesPath = (lang: Lang = 'en') => `/?view=codes&lang=${lang}`;
export const codePath = (code: string, lang: Lang = 'en') =>
  `/?code=${encodeURIComponent(code)}&lang=${lang}`;

/** A code page's h1: "96: UnionPay system fault". */
export const codeTitle = (code: CodeId, lang: Lang = 'en') =>
  fill(codeWords[lang].entry.title, { code, title: codeWords[lang].codes[code].title });

/** The list of codes, by its name. */
export const codeList = (page: Page, lang: Lang = 'en'): Locator =>
  page.getByRole('list', { name: codeWords[lang].lookup.listLabel, exact: true });

/** A code's row in the list: a link named "51 Insufficient funds". */
export const codeLink = (page: Page, code: string, title: string, lang: Lang = 'en'): Locator =>
  codeList(page, lang).getByRole('link', { name: `${code} ${title}`, exact: true });

/** The search box of the lookup. */
export const codeSearch = (page: Page, lang: Lang = 'en'): Locator =>
  page.getByRole('searchbox', { name: codeWords[lang].lookup.search, exact: true });

/** The names of the list's links, in order. */
export function listedNames(page: Page, lang: Lang = 'en'): Promise<string[]> {
  return codeList(page, lang)
    .getByRole('link')
    .evaluateAll((links) => links.map((link) => (link.textContent ?? '').trim()));
}

/** The lookup's page is on screen, in `lang`. */
export const expectLookup = (page: Page, lang: Lang = 'en') =>
  expectH1(page, codeWords[lang].lookup.title);

/** "Go to: <step title>", the button from a code into the checks. */
export const goToButton = (page: Page, stepTitle: string, lang: Lang = 'en'): Locator =>
  button(page, fill(codeWords[lang].entry.goTo, { step: stepTitle }));

/** The start screen's one-tap way into the lookup. */
export const startLink = (page: Page, lang: Lang = 'en'): Locator =>
  page.getByRole('link', { name: words[lang].ui.codes.startLink, exact: true });

/** The way into the lookup on "what is on the screen?". */
export const triageLink = (page: Page, lang: Lang = 'en'): Locator =>
  page.getByRole('link', { name: words[lang].ui.codes.triageLink, exact: true });

/** Clicks `buttonName` and reads the file it downloads as text, a byte-order mark kept. */
export async function downloadText(page: Page, buttonName: string): Promise<string> {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    button(page, buttonName).click(),
  ]);
  return new TextDecoder('utf-8', { ignoreBOM: true }).decode(await readFile(await file.path()));
}
