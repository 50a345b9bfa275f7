// An incident survives the page going away: a reload carries on at the same check, and a page
// opened after the tab was closed offers to continue the unfinished incident or end it.
import type { Page } from 'playwright-core';
import type { OpenedPage } from './support/browser';
import { describe, expect, it } from 'vitest';
import {
  expectContinuing,
  expectIncidentCount,
  expectLogRows,
  incidentPathLines,
  leaveForLog,
  logPath,
  logWords,
  openAnotherPage,
  openRow,
  pathLine,
  pathLines,
  resumeOffer,
  rowText,
  startRecordedWalk,
  templatePattern,
} from './support/log';
import {
  accessibleDescription,
  button,
  expectCleanRun,
  expectH1,
  fill,
  moveLabel,
  movesFrom,
  reachedWords,
  tap,
  titleOf,
  useBrowser,
  walk,
  walks,
  words,
  type CheckKey,
} from './support/wizard';

const { ui } = words.en;
const log = logWords.en;
// Two quick questions, no signal, a reconnect whose sign-in works, the customer not charged.
const route = walks.fixedBySignin;
const [firstMove, secondMove, thirdMove] = route.moves;
const secondCheck = secondMove[0];
const thirdCheck = thirdMove[0];
const fourthCheck = route.moves[3][0];
const fixedTitle = reachedWords(route).title;

/** Waits for the offer and checks it names the check where the incident stopped. */
async function expectOfferStoppedAt(page: Page, check: CheckKey): Promise<void> {
  await resumeOffer(page).waitFor({ state: 'visible' });
  const body = templatePattern(fill(log.resume.body, { step: titleOf(check) }));
  expect(
    await resumeOffer(page)
      .getByText(new RegExp(`^${body}$`))
      .count(),
  ).toBe(1);
}

/** Closes the tab the incident is open in, opens the app in another, and waits for the offer. */
async function reopenAfterClosing(opened: OpenedPage, stoppedAt: CheckKey): Promise<Page> {
  await opened.page.close();
  const page = await openAnotherPage(opened, '/?lang=en');
  await expectH1(page, ui.start.title);
  await expectOfferStoppedAt(page, stoppedAt);
  return page;
}

describe('resuming an incident', () => {
  const { open } = useBrowser();

  // Guards restorableSnapshot (src/wizard/snapshot.ts): a restored wizard must still move.
  it('a reload mid-incident continues at the same check, says so, and the log keeps one incident with every step', async () => {
    const opened = await open('/?lang=en');
    const { page } = opened;
    await startRecordedWalk(page);
    await walk(page, [firstMove, secondMove]);
    await expectH1(page, titleOf(thirdCheck));

    await page.reload();

    await expectH1(page, titleOf(thirdCheck));
    await expectContinuing(page);
    expect(await resumeOffer(page).count()).toBe(0);

    await walk(page, movesFrom(route, thirdCheck));
    await expectH1(page, fixedTitle);
    await leaveForLog(page);

    await expectIncidentCount(page, 1);
    await expectLogRows(page, [rowText('fixed', route.at)]);
    await openRow(page, 0);
    expect(await incidentPathLines(page)).toEqual(pathLines(route));
    await expectCleanRun(opened);
  });

  it('after the tab was closed, "Continue it" lands on the check where it stopped, the earlier answer still marked', async () => {
    const opened = await open('/?lang=en');
    await startRecordedWalk(opened.page);
    await walk(opened.page, [firstMove, secondMove]);
    await expectH1(opened.page, titleOf(thirdCheck));
    await tap(opened.page, ui.nav.back);
    await expectH1(opened.page, titleOf(secondCheck));

    const page = await reopenAfterClosing(opened, secondCheck);
    await button(resumeOffer(page), log.resume.continue).click();

    await expectH1(page, titleOf(secondCheck));
    expect(await accessibleDescription(button(page, moveLabel(secondMove)))).toBe(ui.earlierAnswer);
    expect(await resumeOffer(page).count()).toBe(0);

    await walk(page, movesFrom(route, secondCheck));
    await expectH1(page, fixedTitle);
    await leaveForLog(page);
    await expectIncidentCount(page, 1);
    await expectLogRows(page, [rowText('fixed', route.at)]);
    await expectCleanRun({ ...opened, page });
  });

  it('after the tab was closed, "End it" ends the unfinished incident, says so, and its link opens the log showing it as "Stopped"', async () => {
    const opened = await open('/?lang=en');
    await startRecordedWalk(opened.page);
    await walk(opened.page, [firstMove]);
    await expectH1(opened.page, titleOf(secondCheck));

    const page = await reopenAfterClosing(opened, secondCheck);
    await button(resumeOffer(page), log.resume.end).click();

    const ended = page.getByRole('status').filter({ hasText: log.resume.ended });
    await ended.waitFor({ state: 'visible' });
    expect(await resumeOffer(page).count()).toBe(0);
    await expectH1(page, ui.start.title);
    await ended.getByRole('link', { name: log.resume.openLog, exact: true }).click();
    await expectH1(page, log.log.title);
    await expectIncidentCount(page, 1);
    await expectLogRows(page, [rowText('abandoned', secondCheck)]);
    expect(await ended.count()).toBe(0);
    await expectCleanRun({ ...opened, page });
  });

  // Guards the wizard's event buffer: a move made while the recorder's code loads still counts.
  it('an answer tapped straight after a reload stays in the same incident', async () => {
    const opened = await open('/?lang=en');
    const { page } = opened;
    await startRecordedWalk(page);
    await walk(page, [firstMove, secondMove]);
    await expectH1(page, titleOf(thirdCheck));
    const logTab = await openAnotherPage(opened, logPath());
    await expectLogRows(logTab, [rowText('open', thirdCheck)]);
    await page.bringToFront();

    await page.reload();
    await expectH1(page, titleOf(thirdCheck));
    await walk(page, [thirdMove]);

    await expectH1(page, titleOf(fourthCheck));
    await expectLogRows(logTab, [rowText('open', fourthCheck)]);
    expect(await resumeOffer(page).count()).toBe(0);
    await logTab.bringToFront();
    await openRow(logTab, 0);
    expect(await incidentPathLines(logTab)).toEqual([
      ...[firstMove, secondMove, thirdMove].map((move) => pathLine(move)),
      pathLine(fourthCheck),
    ]);
    await expectCleanRun(opened);
  });

  // Guards useUrlSync's `restored`: the continued check replaces the start screen's entry.
  it('after "Continue it", Back goes to the check before, and the incident stays open', async () => {
    const opened = await open('/?lang=en');
    await startRecordedWalk(opened.page);
    await walk(opened.page, [firstMove, secondMove]);
    await expectH1(opened.page, titleOf(thirdCheck));

    const page = await reopenAfterClosing(opened, thirdCheck);
    await button(resumeOffer(page), log.resume.continue).click();
    await expectH1(page, titleOf(thirdCheck));

    await tap(page, ui.nav.back);

    await expectH1(page, titleOf(secondCheck));
    expect(await accessibleDescription(button(page, moveLabel(secondMove)))).toBe(ui.earlierAnswer);
    await expectCleanRun({ ...opened, page });
  });
});
