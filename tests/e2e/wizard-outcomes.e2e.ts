// One full walk to each kind of outcome, tapping the answer buttons a person would tap.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  carryOnUntil,
  expectCleanRun,
  expectH1,
  expectParam,
  fill,
  firstCheck,
  startWalk,
  tap,
  titleOf,
  useBrowser,
  walk,
  words,
} from './support/wizard';

const { ui, steps } = words.en;

/** Every list on the page, as the texts of its items. */
async function listsOnPage(page: Page): Promise<string[][]> {
  const lists = await page.getByRole('list').all();
  return Promise.all(lists.map((list) => list.getByRole('listitem').allTextContents()));
}

describe('walking the wizard to each outcome', () => {
  const { open } = useBrowser();

  it('"That fixed it" on the first check ends at "fixed", naming that check', async () => {
    const opened = await open('/?lang=en');
    const { page } = opened;

    await startWalk(page);
    await expectParam(page, 'step', firstCheck);
    await walk(page, [[firstCheck, 'fixed']]);

    await expectH1(page, steps['outcome.fixed'].title);
    await expectParam(page, 'step', 'outcome.fixed');
    await expectParam(page, 'at', firstCheck);
    const fixedBy = fill(ui.outcome.fixedBy, { check: titleOf(firstCheck) });
    expect(await page.getByText(fixedBy, { exact: true }).isVisible()).toBe(true);
    await expectCleanRun(opened);
  });

  it('"the other card works" after the network and card checks ends at "card problem"', async () => {
    const opened = await open('/?lang=en');
    const { page } = opened;

    await startWalk(page);
    await walk(page, [...carryOnUntil('card.other'), ['card.other', 'yes']]);

    await expectH1(page, steps['outcome.card-problem'].title);
    await expectParam(page, 'step', 'outcome.card-problem');
    await expectCleanRun(opened);
  });

  it('a card that may not be the customer\'s ends at "security stop"', async () => {
    const opened = await open('/?lang=en');
    const { page } = opened;

    await startWalk(page);
    await walk(page, [...carryOnUntil('pin.holder'), ['pin.holder', 'yes']]);

    await expectH1(page, steps['outcome.security-stop'].title);
    await expectParam(page, 'step', 'outcome.security-stop');
    await expectCleanRun(opened);
  });

  it('"Still E1"/"No" at every check ends at "escalated" with the "Have these ready" checklist', async () => {
    const opened = await open('/?lang=en');
    const { page } = opened;

    await startWalk(page);
    await walk(page, carryOnUntil(null));

    await expectH1(page, steps['outcome.escalated'].title);
    await expectParam(page, 'step', 'outcome.escalated');
    const checklistHeading = page.getByRole('heading', {
      level: 2,
      name: ui.outcome.checklistTitle,
      exact: true,
    });
    expect(await checklistHeading.isVisible()).toBe(true);
    const checklist = steps['outcome.escalated'].checklist;
    expect(checklist).toEqual(
      expect.arrayContaining([
        expect.stringContaining('Terminal serial number'),
        expect.stringContaining('Merchant number'),
      ]),
    );
    expect(await listsOnPage(page)).toContainEqual(checklist);
    await expectCleanRun(opened);
  });

  it('"Stop here" on a check ends at "abandoned", naming that check', async () => {
    const opened = await open('/?lang=en');
    const { page } = opened;

    await startWalk(page);
    await tap(page, ui.nav.abandon);

    await expectH1(page, steps['outcome.abandoned'].title);
    await expectParam(page, 'step', 'outcome.abandoned');
    await expectParam(page, 'at', firstCheck);
    const endedAt = fill(ui.outcome.endedAt, { check: titleOf(firstCheck) });
    expect(await page.getByText(endedAt, { exact: true }).isVisible()).toBe(true);
    await expectCleanRun(opened);
  });
});
