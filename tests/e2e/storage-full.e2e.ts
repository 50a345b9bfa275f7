// Storage full loses nothing, even across a reload: with the browser's quota at its limit (the
// DevTools Protocol's Storage.overrideQuotaForOrigin) the walk goes on and the alert says the
// incident is kept aside; a reload carries on at the same check with the earlier answers; once
// the space is back, the incident is in the log within seconds.
import type { CDPSession, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { OpenedPage } from './support/browser';
import {
  expectContinuing,
  expectLogRows,
  incidentPathLines,
  logPath,
  logWords,
  openAnotherPage,
  openRow,
  pathLine,
  resumeOffer,
  rowText,
  startRecordedWalk,
} from './support/log';
import {
  accessibleDescription,
  button,
  expectCleanRun,
  expectH1,
  fill,
  moveLabel,
  tap,
  titleOf,
  useBrowser,
  walk,
  walks,
  words,
  type Lang,
} from './support/wizard';

const route = walks.fixedBySignin;
const thirdMove = route.moves[2];
const threeChecks = [route.moves[0], route.moves[1], thirdMove] as const;
const nextCheck = route.moves[3][0];

/** The browser's quota for this origin, set at what it already uses: no write that grows fits. */
async function fillTheQuota({ context, page }: OpenedPage): Promise<() => Promise<void>> {
  const cdp: CDPSession = await context.newCDPSession(page);
  const origin = new URL(page.url()).origin;
  const { usage } = await page.evaluate(() => navigator.storage.estimate());
  await cdp.send('Storage.overrideQuotaForOrigin', { origin, quotaSize: usage ?? 0 });
  // Without a size, the browser's own quota again.
  return async () => {
    await cdp.send('Storage.overrideQuotaForOrigin', { origin });
  };
}

/** "Storage on this device is full… Until then it is kept aside on this device…" */
const fullAlert = (lang: Lang) => {
  const { storage } = logWords[lang];
  return fill(storage.withKept, { problem: storage.full, kept: storage.kept });
};

async function expectAlertSaying(page: Page, message: string): Promise<void> {
  await expect
    .poll(() => page.getByRole('alert').allTextContents(), { timeout: 5_000, message: 'alerts' })
    .toEqual([message]);
}

describe('storage full', () => {
  const { open } = useBrowser();

  it('keeps the walk going, survives a reload at the same check, and lands in the log once there is room', async () => {
    const opened = await open('/?lang=en');
    const { page } = opened;
    await page.waitForLoadState('networkidle');
    const giveSpaceBack = await fillTheQuota(opened);

    await startRecordedWalk(page);
    await expectAlertSaying(page, fullAlert('en'));
    await walk(page, threeChecks);
    await expectH1(page, titleOf(nextCheck));
    await expectAlertSaying(page, fullAlert('en'));

    await page.reload();

    // Offered back at once: the same check, the incident going on, the earlier answer marked.
    await expectH1(page, titleOf(nextCheck));
    await expectContinuing(page);
    expect(await resumeOffer(page).count()).toBe(0);
    await expectAlertSaying(page, fullAlert('en'));
    await tap(page, words.en.ui.nav.back);
    await expectH1(page, titleOf(thirdMove[0]));
    expect(await accessibleDescription(button(page, moveLabel(thirdMove)))).toBe(
      words.en.ui.earlierAnswer,
    );
    await walk(page, [thirdMove]);
    await expectH1(page, titleOf(nextCheck));

    await giveSpaceBack();

    // Written by the page's own retry, within seconds: the alert goes.
    await expect
      .poll(() => page.getByRole('alert').count(), { timeout: 10_000, message: 'the alert' })
      .toBe(0);
    const logTab = await openAnotherPage(opened, logPath());
    await expectLogRows(logTab, [rowText('open', nextCheck)]);
    await openRow(logTab, 0);
    expect(await incidentPathLines(logTab)).toEqual([
      ...threeChecks.map((move) => pathLine(move)),
      // Back from the check the reload came back to, and the same answer again.
      pathLine(nextCheck),
      pathLine(thirdMove),
      pathLine(nextCheck),
    ]);
    await expectCleanRun(opened);
  });
});
