// The quick reference prints on one A4 sheet in each language, and the response codes' table on
// a second (Chromium's own print to PDF, pages counted in the file); it reads on a phone without
// sideways scrolling.
import { describe, expect, it } from 'vitest';
import { hasHorizontalScroll } from './support/browser';
import { allCheckKeys, pdfPageCount, referencePath, trainerWords } from './support/trainer';
import { button, expectCleanRun, expectH1, titleOf, useBrowser, type Lang } from './support/wizard';

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
