// The check drawings on screen, in both languages: each check that has one shows exactly one
// image named by its own words' label, small enough to leave the answers in reach, with no words
// drawn into it (it is the same picture in every language); checks without one show none.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from './support/browser';
import {
  answerLabel,
  checkKeys,
  expectCleanRun,
  expectH1,
  goTo,
  tap,
  titleOf,
  useBrowser,
  words,
  type CheckKey,
  type Lang,
} from './support/wizard';

type DrawingKey = keyof typeof words.en.ui.drawings;

/** The checks that carry a drawing, and which (src/wizard/tree.ts). */
const drawingOf: Partial<Record<CheckKey, DrawingKey>> = {
  'network.signal': 'signalBars',
  'network.reconnect': 'simSlot',
  'card.insert': 'cardChip',
  'pin.reenter': 'shieldedKeypad',
  'hardware.cables': 'cables',
  'hardware.battery': 'battery',
  'hardware.reader': 'readerSlot',
  'config.datetime': 'screenDate',
  'escalate.call': 'terminalLabel',
};

/** Checks that take a payment open "Was the customer charged?" first. */
const takesPayment: readonly CheckKey[] = ['card.insert', 'card.other', 'pin.reenter'];

/** The drawing frame's size at most (16rem wide, 160 × 100): small beside the question. */
const MAX_WIDTH = 256;
const MAX_HEIGHT = 160;

/** What may be drawn as text: the code on the screen, the clock, the label's SN and its blanks. */
const NEUTRAL_TEXT = /^(E1|SN|\d{1,2}:\d{2}|x+)$/;

async function openCheck(page: Page, check: CheckKey, lang: Lang): Promise<void> {
  await goTo(page, `/?step=${check}&lang=${lang}`);
  if (takesPayment.includes(check)) {
    await expectH1(page, titleOf('payment.charged', lang));
    await tap(page, answerLabel('payment.charged', 'notCharged', lang));
  }
  await expectH1(page, titleOf(check, lang));
}

const images = (page: Page) => page.getByRole('main').getByRole('img');

describe('the check drawings', () => {
  const { open } = useBrowser();

  describe.each<Lang>(['en', 'zh-CN'])('in %s', (lang) => {
    const labels = words[lang].ui.drawings;

    it('each check with a drawing shows one image, named by its label, small and wordless', async () => {
      const opened = await open(`/?lang=${lang}`);
      const { page } = opened;
      for (const [check, drawing] of Object.entries(drawingOf) as [CheckKey, DrawingKey][]) {
        await openCheck(page, check, lang);
        const image = page.getByRole('img', { name: labels[drawing], exact: true });
        expect(await images(page).count(), check).toBe(1);
        expect(await image.isVisible(), `${check}: "${labels[drawing]}"`).toBe(true);
        const box = await image.boundingBox();
        expect(box?.width ?? Infinity, check).toBeLessThanOrEqual(MAX_WIDTH);
        expect(box?.height ?? Infinity, check).toBeLessThanOrEqual(MAX_HEIGHT);
        const drawnText = await image.locator('text').allTextContents();
        for (const text of drawnText) expect(text.trim(), check).toMatch(NEUTRAL_TEXT);
      }
      await expectCleanRun(opened);
    });

    it('a check without a drawing shows no image', async () => {
      const opened = await open(`/?lang=${lang}`);
      const { page } = opened;
      for (const check of checkKeys.filter((key) => !(key in drawingOf))) {
        await openCheck(page, check, lang);
        expect(await images(page).count(), check).toBe(0);
      }
      await expectCleanRun(opened);
    });

    it('"Read the card another way" pictures wiping, the chip first and no swipe, as its words say', async () => {
      const opened = await open(`/?lang=${lang}`);
      const { page } = opened;
      await openCheck(page, 'card.insert', lang);
      const detail = words[lang].steps['card.insert'].detail;
      expect(await page.getByText(detail, { exact: true }).isVisible()).toBe(true);
      expect(await page.getByRole('img', { name: labels.cardChip, exact: true }).isVisible()).toBe(
        true,
      );
      await expectNoAxeViolations(page);
      await expectCleanRun(opened);
    });

    it('the call step pictures the SN label only: no stray mark beside it', async () => {
      const opened = await open(`/?lang=${lang}`);
      const { page } = opened;
      await openCheck(page, 'escalate.call', lang);
      const image = page.getByRole('img', { name: labels.terminalLabel, exact: true });
      // Every stroke lies on the terminal or on the arrow pointing at its label, right of it;
      // nothing is drawn to the left of the terminal, where the stray arrow was.
      const leftmost = await image.evaluate((svg) =>
        Math.min(
          ...[...svg.querySelectorAll<SVGGraphicsElement>('path, rect, text')].map(
            (shape) => shape.getBBox().x,
          ),
        ),
      );
      const terminal = await image.evaluate((svg) => {
        const frame = svg.querySelector<SVGGraphicsElement>('rect');
        return frame ? frame.getBBox().x : Infinity;
      });
      expect(leftmost).toBe(terminal);
      await expectNoAxeViolations(page);
      await expectCleanRun(opened);
    });

    it('axe finds no violations on the checks with the reworked drawings', async () => {
      const opened = await open(`/?lang=${lang}`);
      const { page } = opened;
      for (const check of ['network.signal', 'network.reconnect', 'pin.reenter'] as const) {
        await openCheck(page, check, lang);
        await expectNoAxeViolations(page);
      }
      await expectCleanRun(opened);
    });
  });
});
