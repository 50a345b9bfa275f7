// Moving around: reload, the browser's back and forward, the in-app Back, the stage jump and
// "Start again".
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  accessibleDescription,
  answerLabel,
  button,
  checkOrder,
  expectCleanRun,
  expectH1,
  expectParam,
  firstCheck,
  startWalk,
  tap,
  titleOf,
  useBrowser,
  walk,
  words,
} from './support/wizard';

const { ui } = words.en;
const secondCheck = checkOrder[1];
const thirdCheck = checkOrder[2];

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
    await walk(page, [
      [firstCheck, 'still'],
      [secondCheck, 'still'],
    ]);
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
    await walk(page, [[firstCheck, 'still']]);
    await expectH1(page, titleOf(secondCheck));

    await page.goBack();

    await expectH1(page, titleOf(firstCheck));
    await expectParam(page, 'step', firstCheck);
    const chosen = button(page, answerLabel(firstCheck, 'still'));
    const other = button(page, answerLabel(firstCheck, 'fixed'));
    expect(await accessibleDescription(chosen)).toBe(ui.earlierAnswer);
    expect(await other.getAttribute('aria-describedby')).toBeNull();
    await expectCleanRun(opened);
  });

  it('the in-app Back goes one step back, and the browser forward returns', async () => {
    const opened = await open('/?lang=en');
    const { page } = opened;
    await startWalk(page);
    await walk(page, [
      [firstCheck, 'still'],
      [secondCheck, 'still'],
    ]);
    await expectH1(page, titleOf(thirdCheck));

    await tap(page, ui.nav.back);

    await expectH1(page, titleOf(secondCheck));
    await expectParam(page, 'step', secondCheck);
    expect(await accessibleDescription(button(page, answerLabel(secondCheck, 'still')))).toBe(
      ui.earlierAnswer,
    );

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

  it('"Start again" returns to the start screen', async () => {
    const opened = await open('/?lang=en');
    const { page } = opened;
    await startWalk(page);
    await walk(page, [[firstCheck, 'still']]);
    await expectH1(page, titleOf(secondCheck));

    await tap(page, ui.nav.restart);

    await expectH1(page, ui.start.title);
    await expectParam(page, 'step', null);
    await expectParam(page, 'lang', 'en');
    await expectCleanRun(opened);
  });
});
