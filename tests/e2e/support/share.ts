// Helpers for the support agent's side (share a step, the step index, handoff links): their words
// from content/share, the clipboard, and reading a QR code off the screen.
import { createHash } from 'node:crypto';
import { deflateRawSync } from 'node:zlib';
import jsQR from 'jsqr';
import type { Locator, Page } from 'playwright-core';
import { PNG } from 'pngjs';
import { expect } from 'vitest';
import enShare from '../../../content/share/en.json';
import zhShare from '../../../content/share/zh-CN.json';
import { baseUrl, type OpenedPage } from './browser';
import { fill, moveLabel, titleOf, type CheckKey, type Lang, type Move } from './wizard';

export const shareWords = { en: enShare, 'zh-CN': zhShare } as const satisfies Record<
  Lang,
  typeof enShare
>;

/** Lets the page read and write the clipboard without a prompt (headless has no one to ask). */
export async function grantClipboard({ context }: OpenedPage): Promise<void> {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], {
    origin: new URL(baseUrl()).origin,
  });
}

export function readClipboard(page: Page): Promise<string> {
  return page.evaluate(() => navigator.clipboard.readText());
}

/** Headless Chromium on Linux has no share sheet, so the app takes its copy-to-clipboard path. */
export async function expectNoWebShare(page: Page): Promise<void> {
  expect(await page.evaluate(() => typeof navigator.share), 'navigator.share').toBe('undefined');
}

/** The path, query and fragment of an absolute link to the preview server, for opening it elsewhere. */
export function pathOf(link: string): string {
  const url = new URL(link);
  expect(url.origin, 'the link points at the app').toBe(new URL(baseUrl()).origin);
  return `${url.pathname}${url.search}${url.hash}`;
}

/** Screenshots the QR code element and decodes it, as a phone's camera would. */
export async function decodeQr(code: Locator): Promise<string> {
  const png = PNG.sync.read(await code.screenshot());
  const decoded = jsQR(new Uint8ClampedArray(png.data), png.width, png.height);
  if (!decoded) throw new Error(`no QR code found in a ${png.width}x${png.height} screenshot`);
  return decoded.data;
}

/**
 * A step of the handoff summary as it reads after its time: "<title> — <answer's words>", or
 * "no answer" for a check reached with none (`[check, null]`).
 */
export function summaryStepLine(
  move: Move | readonly [check: CheckKey, answer: null],
  lang: Lang,
): string {
  const words = shareWords[lang];
  const answerWords = move[1] === null ? words.answers.none : moveLabel(move, lang);
  const check = move[0];
  return fill(words.summary.step, {
    time: '',
    title: titleOf(check, lang),
    answer: answerWords,
  }).trim();
}

/**
 * The `handoff=` value for a summary's wire tuple, made here with Node's own deflate-raw and
 * SHA-256 the way src/share/handoff/handoffLink.ts documents it (`1.<base64url(first 6 bytes of
 * sha256("1." ‖ payload) ‖ payload)>`), so a link in an old app's format can be made by hand.
 */
export function handoffData(wire: unknown, version = '1'): string {
  const payload = deflateRawSync(Buffer.from(JSON.stringify(wire), 'utf8'));
  const digest = createHash('sha256').update(`${version}.`).update(payload).digest();
  return `${version}.${Buffer.concat([digest.subarray(0, 6), payload]).toString('base64url')}`;
}
