// "Share this step": the link it copies opens the same step in a fresh browser (in the reader's
// own language), and the QR code beside it decodes to that same link.
import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations, hasHorizontalScroll, smallTargets } from './support/browser';
import { expectStatus } from './support/log';
import {
  decodeQr,
  expectNoWebShare,
  grantClipboard,
  pathOf,
  readClipboard,
  shareWords,
} from './support/share';
import {
  answerLabel,
  expectCleanRun,
  expectH1,
  movesUntil,
  startWalk,
  tap,
  titleOf,
  useBrowser,
  walk,
  walks,
  type Lang,
} from './support/wizard';

describe('share this step', () => {
  const { open } = useBrowser();

  it('copies a link that opens the same step in a fresh browser, in that browser’s language', async () => {
    const opened = await open('/?lang=en');
    const { page } = opened;
    await grantClipboard(opened);
    await startWalk(page);
    await walk(page, movesUntil(walks.otherCardPaid, 'card.insert'));
    await expectH1(page, titleOf('card.insert'));
    await expectNoWebShare(page);

    await tap(page, shareWords.en.shareStep.button);

    await expectStatus(page, shareWords.en.shareStep.copied);
    const link = await readClipboard(page);
    expect(new URL(link).search).toBe('?step=card.insert');
    await expect
      .poll(() => page.getByText(link, { exact: true }).isVisible(), { timeout: 5_000 })
      .toBe(true);

    // A payment step: the reader is asked first whether the customer was already charged.
    const elsewhere = await open(pathOf(link), { locale: 'zh-CN' });
    await expectH1(elsewhere.page, titleOf('payment.charged', 'zh-CN'));
    await tap(elsewhere.page, answerLabel('payment.charged', 'notCharged', 'zh-CN'));
    await expectH1(elsewhere.page, titleOf('card.insert', 'zh-CN'));
    await expectCleanRun(opened);
    await expectCleanRun(elsewhere);
  });

  it('shows the link as a QR code that decodes to that link', async () => {
    const opened = await open('/?step=hardware.reader&lang=en');
    const { page } = opened;
    await grantClipboard(opened);
    await expectH1(page, titleOf('hardware.reader'));

    await tap(page, shareWords.en.shareStep.button);

    const code = page.getByRole('img', { name: shareWords.en.shareStep.qr, exact: true });
    await code.waitFor({ state: 'visible' });
    const link = await readClipboard(page);
    expect(await decodeQr(code)).toBe(link);
    const scanned = await open(pathOf(await decodeQr(code)));
    await expectH1(scanned.page, titleOf('hardware.reader'));
    await expectCleanRun(opened);
  });

  it.each<Lang>(['en', 'zh-CN'])(
    'is axe-clean, keyboard-reachable and fits a 320 px phone with the code shown (%s)',
    async (lang) => {
      const opened = await open(`/?step=network.signal&lang=${lang}`, { width: 320 });
      const { page } = opened;
      await grantClipboard(opened);
      await expectH1(page, titleOf('network.signal', lang));
      const share = page.getByRole('button', { name: shareWords[lang].shareStep.button });
      await share.waitFor({ state: 'visible' });
      await share.focus();
      await page.keyboard.press('Enter');

      await expectStatus(page, shareWords[lang].shareStep.copied);
      await page
        .getByRole('img', { name: shareWords[lang].shareStep.qr, exact: true })
        .waitFor({ state: 'visible' });
      expect(await hasHorizontalScroll(page)).toBe(false);
      expect(await smallTargets(page.getByRole('main'))).toEqual([]);
      await expectNoAxeViolations(page);
      await expectCleanRun(opened);
    },
  );
});
