// One full walk to each kind of outcome, tapping the answer buttons a person would tap; each
// outcome shows the words written for the path that reached it.
import { describe, expect, it } from 'vitest';
import {
  expectCleanRun,
  expectH1,
  expectOutcomeWords,
  expectParam,
  fill,
  firstCheck,
  movesUntil,
  reachedWords,
  startWalk,
  tap,
  titleOf,
  useBrowser,
  walk,
  walks,
  walkTo,
  words,
  type Walk,
} from './support/wizard';

const { ui, steps } = words.en;

// The walks safe-diagnosis.e2e.ts follows (outage, already paid, reversal, no other card,
// repair) are not repeated here.
const cases: [name: string, route: Walk][] = [
  [
    'a sign-in that works after reconnecting, the customer not charged, ends at "fixed"',
    walks.fixedBySignin,
  ],
  ['only this card, read another way, pays: "fixed", the sale is paid', walks.paidOnSecondRead],
  ['the customer’s other card pays: "card problem", the sale done', walks.otherCardPaid],
  ['a locked PIN: "card problem", before anyone keys the PIN again', walks.pinLocked],
  ['a card that may not be the customer’s: "security stop"', walks.securityStop],
  ['the provider reports its system down: "outage"', walks.hostDown],
  ['a payment that went through twice: "charged twice"', walks.chargedTwice],
  ['nothing clears E1: "escalated"', walks.escalated],
];

describe('walking the wizard to each outcome', () => {
  const { open } = useBrowser();

  it.each(cases)('%s', async (_name, route) => {
    const opened = await open('/?lang=en');
    const { page } = opened;

    await walkTo(page, route);

    await expectOutcomeWords(page, reachedWords(route));
    await expectParam(page, 'step', route.outcome);
    await expectCleanRun(opened);
  });

  it('the fix is named on "fixed": the sign-in check that worked, not the charged question', async () => {
    const opened = await open('/?lang=en');
    const { page } = opened;

    await walkTo(page, walks.fixedBySignin);

    const fixedBy = fill(ui.outcome.fixedBy, { check: titleOf(walks.fixedBySignin.at) });
    expect(walks.fixedBySignin.at).toBe('network.reconnect');
    expect(await page.getByText(fixedBy, { exact: true }).isVisible()).toBe(true);
    await expectParam(page, 'at', 'network.reconnect');
    await expectCleanRun(opened);
  });

  it('"Call your provider" lists what to have ready before the call', async () => {
    const opened = await open('/?lang=en');
    const { page } = opened;
    await startWalk(page);

    await walk(page, movesUntil(walks.escalated, 'escalate.call'));

    await expectH1(page, titleOf('escalate.call'));
    const checklist = steps['escalate.call'].checklist;
    expect(checklist).toEqual(
      expect.arrayContaining([
        expect.stringContaining('Serial number'),
        expect.stringContaining('Merchant number'),
      ]),
    );
    const list = page.getByRole('list', { name: ui.outcome.checklistTitle, exact: true });
    expect(await list.getByRole('listitem').allTextContents()).toEqual(checklist);
    await expectCleanRun(opened);
  });

  it('"Stop here" on a check ends at "abandoned", naming that check', async () => {
    const opened = await open('/?lang=en');
    const { page } = opened;

    await startWalk(page);
    await tap(page, ui.nav.abandon);

    await expectOutcomeWords(page, steps['outcome.abandoned']);
    await expectParam(page, 'step', 'outcome.abandoned');
    await expectParam(page, 'at', firstCheck);
    const endedAt = fill(ui.outcome.endedAt, { check: titleOf(firstCheck) });
    expect(await page.getByText(endedAt, { exact: true }).isVisible()).toBe(true);
    await expectCleanRun(opened);
  });
});
