// Layout and accessibility on the three kinds of screen, in both languages: no sideways scrolling
// on a 320 px phone, no axe violations, 44x44 px targets, and a check answered by keyboard only.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  expectNoAxeViolations,
  hasHorizontalScroll,
  MIN_TARGET,
  smallTargets,
} from './support/browser';
import {
  answerLabel,
  button,
  expectCleanRun,
  expectH1,
  firstCheck,
  titleOf,
  useBrowser,
  words,
  type Lang,
} from './support/wizard';

const NARROW = 320;

interface ScreenCase {
  name: string;
  path: (lang: Lang) => string;
  title: (lang: Lang) => string;
}

const screens: readonly ScreenCase[] = [
  {
    name: 'the start screen',
    path: (lang) => `/?lang=${lang}`,
    title: (lang) => words[lang].ui.start.title,
  },
  {
    name: 'the charged question, with its five answers',
    path: (lang) => `/?step=payment.charged&lang=${lang}`,
    title: (lang) => titleOf('payment.charged', lang),
  },
  {
    name: 'a check with a drawing and the checklist',
    path: (lang) => `/?step=escalate.call&lang=${lang}`,
    title: (lang) => titleOf('escalate.call', lang),
  },
  {
    name: 'an outcome with the "Tell the customer" line',
    path: (lang) => `/?step=outcome.escalated&lang=${lang}`,
    title: (lang) => titleOf('outcome.escalated', lang),
  },
];

/** Opens "Jump to a stage", where the screen has it, so its buttons are measured and checked too. */
async function openStageJumpIfAny(page: Page, lang: Lang): Promise<void> {
  const summary = page.getByText(words[lang].ui.nav.jump, { exact: true });
  if ((await summary.count()) === 0) return;
  await summary.click();
  await page
    .getByRole('navigation', { name: words[lang].ui.nav.stagesLabel, exact: true })
    .waitFor({ state: 'visible' });
}

/** Presses Tab until the button named `name` has focus; fails after `limit` presses. */
async function tabTo(page: Page, name: string, limit = 15): Promise<void> {
  const target = button(page, name);
  for (let presses = 0; presses < limit; presses += 1) {
    await page.keyboard.press('Tab');
    if (await target.evaluate((element) => element === document.activeElement)) return;
  }
  throw new Error(`"${name}" never got focus in ${limit} presses of Tab`);
}

describe('layout and accessibility', () => {
  const { open } = useBrowser();

  describe.each<Lang>(['en', 'zh-CN'])('in %s', (lang) => {
    const ui = words[lang].ui;

    for (const screen of screens) {
      it(`${screen.name} does not scroll sideways at ${NARROW} px`, async () => {
        const opened = await open(screen.path(lang), { width: NARROW });
        const { page } = opened;
        await expectH1(page, screen.title(lang));

        expect(await hasHorizontalScroll(page)).toBe(false);
        await openStageJumpIfAny(page, lang);
        expect(await hasHorizontalScroll(page)).toBe(false);
        await expectCleanRun(opened);
      });

      it(`axe finds no violations on ${screen.name}`, async () => {
        const opened = await open(screen.path(lang));
        const { page } = opened;
        await expectH1(page, screen.title(lang));

        await expectNoAxeViolations(page);
        await openStageJumpIfAny(page, lang);
        await expectNoAxeViolations(page);
        await expectCleanRun(opened);
      });

      it(`every button and link on ${screen.name} is at least ${MIN_TARGET}x${MIN_TARGET} px`, async () => {
        const opened = await open(screen.path(lang), { width: NARROW });
        const { page } = opened;
        await expectH1(page, screen.title(lang));
        await openStageJumpIfAny(page, lang);

        expect(await smallTargets(page)).toEqual([]);
        await expectCleanRun(opened);
      });
    }

    it('the first check can be reached and answered with the keyboard only', async () => {
      const opened = await open(`/?lang=${lang}`);
      const { page } = opened;
      await expectH1(page, ui.start.title);
      // The prerendered Start says it is not ready (aria-disabled) until the app replaces it, and
      // focus on that copy is lost then: carrying it over is issue 15's point 5. Wait for the app.
      const begin = page.getByRole('button', { name: ui.start.begin });
      await expect.poll(() => begin.getAttribute('aria-disabled')).toBeNull();

      await tabTo(page, ui.start.begin);
      await page.keyboard.press('Enter');
      await expectH1(page, titleOf(firstCheck, lang));

      await tabTo(page, answerLabel(firstCheck, 'onlyHere', lang));
      await page.keyboard.press('Enter');
      await expectH1(page, titleOf('triage.card', lang));
      await expectCleanRun(opened);
    });
  });
});
