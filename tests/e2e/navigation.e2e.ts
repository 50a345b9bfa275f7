// Moving around: reload, the browser's back and forward, the in-app Back, the stage jump and
// "Start again".
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  accessibleDescription,
  answerLabel,
  button,
  expectCleanRun,
  expectH1,
  expectParam,
  firstCheck,
  moveLabel,
  startWalk,
  tap,
  titleOf,
  useBrowser,
  walk,
  words,
  type Move,
} from './support/wizard';

const { ui } = words.en;
// The first two quick questions, then the top of the POS screen.
const firstMove: Move = ['triage.others', 'onlyHere'];
const secondMove: Move = ['triage.card', 'everyCard'];
const secondCheck = secondMove[0];
const thirdCheck = 'network.signal';

/** Opens the stage list under "Jump to a stage" (a <details> summary). */
async function openStageJump(page: Page): Promise<void> {
  await page.getByText(ui.nav.jump, { exact: true }).click();
  await page
    .getByRole('navigation', { name: ui.nav.stagesLabel, exact: true })
    .waitFor({ state: 'visible' });
}

describe('navigation', () => {
  const { open } = useBrowser();

  it('a reload lands on the same screen', async () => {
    const opened = await open('/?lang=en');
    const { page } = opened;
    await startWalk(page);
    await walk(page, [firstMove, secondMove]);
    await expectH1(page, titleOf(thirdCheck));
    const url = page.url();

    await page.reload();

    await expectH1(page, titleOf(thirdCheck));
    expect(page.url()).toBe(url);
    await expectCleanRun(opened);
  });

  it('the browser back button goes one step back, with the earlier answer marked', async () => {
    const opened = await open('/?lang=en');
    const { page } = opened;
    await startWalk(page);
    await walk(page, [firstMove]);
    await expectH1(page, titleOf(secondCheck));

    await page.goBack();

    await expectH1(page, titleOf(firstCheck));
    await expectParam(page, 'step', firstCheck);
    const chosen = button(page, moveLabel(firstMove));
    const other = button(page, answerLabel(firstCheck, 'othersFail'));
    expect(await accessibleDescription(chosen)).toBe(ui.earlierAnswer);
    expect(await other.getAttribute('aria-describedby')).toBeNull();
    await expectCleanRun(opened);
  });

  it('the in-app Back goes one step back, and the browser forward returns', async () => {
    const opened = await open('/?lang=en');
    const { page } = opened;
    await startWalk(page);
    await walk(page, [firstMove, secondMove]);
    await expectH1(page, titleOf(thirdCheck));

    await tap(page, ui.nav.back);

    await expectH1(page, titleOf(secondCheck));
    await expectParam(page, 'step', secondCheck);
    expect(await accessibleDescription(button(page, moveLabel(secondMove)))).toBe(ui.earlierAnswer);

    await page.goForward();

    await expectH1(page, titleOf(thirdCheck));
    await expectParam(page, 'step', thirdCheck);
    await expectCleanRun(opened);
  });

  it('"Jump to a stage" then "Hardware" opens the first hardware check', async () => {
    const opened = await open('/?lang=en');
    const { page } = opened;
    await startWalk(page);

    await openStageJump(page);
    await tap(page, ui.stages.hardware);

    await expectH1(page, titleOf('hardware.cables'));
    await expectParam(page, 'step', 'hardware.cables');
    await expectCleanRun(opened);
  });

  it('"Jump to a stage" then "Card", a payment, asks "Was the customer already charged?" first', async () => {
    const opened = await open('/?lang=en');
    const { page } = opened;
    await startWalk(page);

    await openStageJump(page);
    await tap(page, ui.stages.card);

    await expectH1(page, titleOf('payment.charged'));
    await tap(page, answerLabel('payment.charged', 'notCharged'));
    await expectH1(page, titleOf('card.insert'));
    await expectParam(page, 'step', 'card.insert');
    await expectCleanRun(opened);
  });

  it('the quiet "Was the customer charged?" on a check asks it; "No" returns to that check', async () => {
    const opened = await open('/?lang=en');
    const { page } = opened;
    await startWalk(page);
    await walk(page, [firstMove, secondMove]);
    await expectH1(page, titleOf(thirdCheck));

    await tap(page, ui.nav.charged);

    await expectH1(page, titleOf('payment.charged'));
    await expectParam(page, 'step', 'payment.charged');
    expect(await button(page, ui.nav.charged).count(), 'not offered on the question itself').toBe(
      0,
    );
    await tap(page, answerLabel('payment.charged', 'notCharged'));
    await expectH1(page, titleOf(thirdCheck));
    await expectParam(page, 'step', thirdCheck);
    await expectCleanRun(opened);
  });

  it('"Start again" returns to the start screen', async () => {
    const opened = await open('/?lang=en');
    const { page } = opened;
    await startWalk(page);
    await walk(page, [firstMove]);
    await expectH1(page, titleOf(secondCheck));

    await tap(page, ui.nav.restart);
    // It ends the open incident, so it asks first (start-again.e2e.ts).
    await tap(page, ui.nav.restartYes);

    await expectH1(page, ui.start.title);
    await expectParam(page, 'step', null);
    await expectParam(page, 'lang', 'en');
    await expectCleanRun(opened);
  });
});
