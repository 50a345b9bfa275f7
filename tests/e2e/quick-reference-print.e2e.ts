// The quick reference prints on one A4 sheet in each language, and the response codes' table on
// a second (Chromium's own print to PDF, pages counted in the file); it reads on a phone without
// sideways scrolling. On paper it uses its page (issue 13, point 11): "take payment another way
// first" at the top, blanks to write the support line, SN, merchant and terminal numbers in, and
// type larger than the first sheet's 9.3 pt.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations, hasHorizontalScroll } from './support/browser';
import { allCheckKeys, pdfPageCount, referencePath, trainerWords } from './support/trainer';
import { button, expectCleanRun, expectH1, titleOf, useBrowser, type Lang } from './support/wizard';

/** A4's width in CSS pixels, less the sheet's side margins (11 mm each): the printed line. */
const PRINTED_WIDTH = Math.round(((210 - 22) / 25.4) * 96);
const MM = 96 / 25.4;

/** Lays the page out as it prints, on a viewport as wide as the printed line. */
async function asPrinted(page: Page): Promise<void> {
  await page.setViewportSize({ width: PRINTED_WIDTH, height: 1000 });
  await page.emulateMedia({ media: 'print' });
}

describe('the quick reference', () => {
  const { open } = useBrowser();

  describe.each<Lang>(['en', 'zh-CN'])('in %s', (lang) => {
    const trainer = trainerWords[lang];

    it('prints the checks on exactly one A4 page, and the codes on the next', async () => {
      const opened = await open(referencePath('quick', lang));
      const { page } = opened;
      await expectH1(page, trainer.reference.quick.title);
      await button(page, trainer.reference.print).waitFor({ state: 'visible' });

      await page.getByRole('table').waitFor({ state: 'visible' });

      const pdf = await page.pdf({ format: 'A4' });

      expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      // The codes' table starts a sheet of its own: two pages means each fits on one.
      expect(pdfPageCount(pdf)).toBe(2);
      await expectCleanRun(opened);
    });

    it('puts “take payment another way first” at the top, then blanks to write in, in type larger than before', async () => {
      const opened = await open(referencePath('quick', lang));
      const { page } = opened;
      const quick = trainer.reference.quick;
      await expectH1(page, quick.title);
      await page.getByRole('table').waitFor({ state: 'visible' });
      await expectNoAxeViolations(page);
      await asPrinted(page);

      // First on the sheet, under the title: pay another way once the payment is known not through.
      const first = page.getByRole('paragraph').filter({ hasText: quick.firstTitle });
      expect(await first.textContent()).toBe(
        `${quick.firstTitle}${quick.labelSeparator}${quick.first}`,
      );
      const top = async (name: string) =>
        (await page.getByRole('heading', { name, exact: true }).boundingBox())?.y ?? 0;
      const firstBox = await first.boundingBox();
      expect(firstBox?.y ?? 0).toBeGreaterThan(await top(quick.title));
      for (const heading of [quick.blanksTitle, quick.safetyTitle, quick.checksTitle]) {
        expect(firstBox?.y ?? Infinity, heading).toBeLessThan(await top(heading));
      }

      // Blanks for the support line, SN, merchant and terminal numbers, each with room to write.
      const blanks = page.getByRole('region', { name: quick.blanksTitle, exact: true });
      const items = blanks.getByRole('listitem');
      expect((await items.allTextContents()).map((text) => text.trim())).toEqual([
        quick.blanks.hotline,
        quick.blanks.sn,
        quick.blanks.merchant,
        quick.blanks.terminal,
      ]);
      for (const item of await items.all()) {
        const line = await item.locator('[aria-hidden="true"]').boundingBox();
        expect(line?.width ?? 0, 'a line to write on').toBeGreaterThanOrEqual(40 * MM);
        expect((await item.boundingBox())?.height ?? 0, 'room to write').toBeGreaterThanOrEqual(
          7.5 * MM,
        );
      }
      expect(await blanks.getByText(quick.readyAlso, { exact: true }).count()).toBe(1);

      // The checks print at 10.5 pt (14 px), up from 9.3 pt.
      const checks = page.getByRole('region', { name: quick.checksTitle, exact: true });
      const size = await checks
        .getByText(titleOf('network.signal', lang), { exact: true })
        .evaluate((item) => parseFloat(getComputedStyle(item).fontSize));
      expect(size).toBeGreaterThanOrEqual(14);
      await expectCleanRun(opened);
    });

    it('names every check of the tree, and reads at 320 px without sideways scrolling', async () => {
      const opened = await open(referencePath('quick', lang), { width: 320 });
      const { page } = opened;
      await expectH1(page, trainer.reference.quick.title);
      const checks = page.getByRole('region', {
        name: trainer.reference.quick.checksTitle,
        exact: true,
      });
      for (const check of allCheckKeys) {
        expect(await checks.getByText(titleOf(check, lang)).count(), check).toBe(1);
      }
      expect(await hasHorizontalScroll(page)).toBe(false);
      await expectCleanRun(opened);
    });
  });
});
