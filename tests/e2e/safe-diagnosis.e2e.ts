// Diagnosis that is safe with money (issue 11), in the built app: triage first, "was the customer
// charged?" before any payment is tried again, real branches, outcome words true to the path
// that reached them, and links made before the tree was rebuilt still opening.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from './support/browser';
import { expectContinuing, startRecordedWalk } from './support/log';
import { handoffData, shareWords, summaryStepLine } from './support/share';
import {
  answerLabel,
  button,
  expectCleanRun,
  expectH1,
  expectOutcomeWords,
  expectParam,
  goTo,
  movesUntil,
  outcomeWords,
  reachedWords,
  startWalk,
  tap,
  titleOf,
  useBrowser,
  walk,
  walks,
  walkTo,
  words,
  type CheckKey,
  type Lang,
} from './support/wizard';

const en = words.en;

/** The page's h1 as it reads now. */
async function heading(page: Page): Promise<string> {
  return (await page.getByRole('heading', { level: 1 }).textContent()) ?? '';
}

/** What a check says about trying again: the retry warning, the sign-in note, or neither. */
async function retryNotes(page: Page, lang: Lang = 'en') {
  const { ui } = words[lang];
  const [retryWarning, signinNote] = await Promise.all(
    [ui.retryWarning, ui.signinNote].map((text) => page.getByText(text, { exact: true }).count()),
  );
  return { retryWarning, signinNote };
}

describe('safe diagnosis', () => {
  const { open } = useBrowser();

  describe.each<Lang>(['en', 'zh-CN'])('in %s', (lang) => {
    const { ui, steps } = words[lang];

    it('"Yes, others fail too" reaches the outage advice in three screens, with what to tell the customer', async () => {
      const opened = await open(`/?lang=${lang}`);
      const { page } = opened;
      const outage = reachedWords(walks.othersFail, lang);
      await expectH1(page, ui.start.title);
      const seen = [await heading(page)];

      await tap(page, ui.start.begin);
      await expectH1(page, titleOf('triage.others', lang));
      seen.push(await heading(page));
      await tap(page, answerLabel('triage.others', 'othersFail', lang));
      await expectH1(page, outage.title);
      seen.push(await heading(page));

      expect(seen).toEqual([ui.start.title, steps['triage.others'].title, outage.title]);
      await expectOutcomeWords(page, outage, lang);
      await expectParam(page, 'step', 'outcome.outage');
      await expectCleanRun(opened);
    });

    it('axe finds no violations on the charged question, a sign-in check and an outcome worded for its path', async () => {
      const opened = await open(`/?step=network.reconnect&lang=${lang}`);
      const { page } = opened;
      await expectH1(page, titleOf('network.reconnect', lang));
      expect(await retryNotes(page, lang)).toEqual({ retryWarning: 0, signinNote: 1 });
      await expectNoAxeViolations(page);

      await tap(page, ui.nav.restart);
      await tap(page, ui.nav.restartYes);
      await walkTo(page, walks.smsDebit, lang);
      await expectOutcomeWords(page, reachedWords(walks.smsDebit, lang), lang);
      await expectNoAxeViolations(page);

      await tap(page, ui.nav.back);
      await expectH1(page, titleOf('payment.charged', lang));
      await expectNoAxeViolations(page);
      await expectCleanRun(opened);
    });
  });

  it('the charged question names where to look in the terminal’s own words (zh-CN): 交易查询, 重打印 → 最后一笔', async () => {
    const opened = await open('/?step=payment.charged&lang=zh-CN');
    const { page } = opened;
    const charged = words['zh-CN'].steps['payment.charged'];
    await expectH1(page, charged.title);

    expect(charged.detail).toContain('交易查询');
    expect(charged.detail).toContain('重打印 → 最后一笔');
    expect(await page.getByText(charged.detail, { exact: true }).isVisible()).toBe(true);
    const answers = ['notCharged', 'charged', 'twice', 'smsDebit', 'unknown'] as const;
    for (const answer of answers) {
      const label = answerLabel('payment.charged', answer, 'zh-CN');
      expect(await button(page, label).isVisible(), label).toBe(true);
    }
    await expectCleanRun(opened);
  });

  it.each([
    ['after a response code on the screen', 'walk'],
    ['opened by the quiet question on a check', 'quiet'],
  ] as const)(
    '"Yes, it went through once" ends the sale: "The customer has already paid" (%s)',
    async (_how, how) => {
      const opened = await open('/?lang=en');
      const { page } = opened;
      await startWalk(page);
      if (how === 'walk') {
        await walk(page, movesUntil(walks.alreadyPaid, 'payment.charged'));
      } else {
        await walk(page, movesUntil(walks.escalated, 'network.reconnect'));
        await tap(page, en.ui.nav.charged);
      }
      await expectH1(page, titleOf('payment.charged'));

      await tap(page, answerLabel('payment.charged', 'charged'));

      const paid = reachedWords(walks.alreadyPaid);
      expect(paid.title).toBe('The customer has already paid');
      await expectOutcomeWords(page, paid);
      expect(paid.todo).toContain('Do not charge the customer again.');
      // The sale is over: nothing on the screen offers to go on with the checks.
      expect(await button(page, en.ui.nav.charged).count()).toBe(0);
      expect(await button(page, en.ui.outcome.newIncident).isVisible()).toBe(true);
      await expectCleanRun(opened);
    },
  );

  it('the reversal outcome says what fits the path: the customer’s SMS, or the reversal message on the POS', async () => {
    const opened = await open('/?lang=en');
    const { page } = opened;

    await walkTo(page, walks.smsDebit);
    const sms = reachedWords(walks.smsDebit);
    expect(sms).toBe(outcomeWords('outcome.reversal', 'smsDebit'));
    await expectOutcomeWords(page, sms);
    await tap(page, en.ui.outcome.newIncident);

    await walkTo(page, walks.reversalMessage);
    const message = reachedWords(walks.reversalMessage);
    expect(message).toBe(outcomeWords('outcome.reversal', 'reversal'));
    await expectOutcomeWords(page, message);

    expect(message.title).not.toBe(sms.title);
    for (const words of [sms, message]) {
      expect(words.todo).toContain('Do not charge the card again, and do not refund it in cash.');
    }
    await expectParam(page, 'step', 'outcome.reversal');
    await expectCleanRun(opened);
  });

  it('"The customer has no other card" leads to the cardholder keying the PIN once more, then stops the card', async () => {
    const opened = await open('/?lang=en');
    const { page } = opened;
    await startWalk(page);
    await walk(page, movesUntil(walks.noOtherCard, 'card.other'));
    await expectH1(page, titleOf('card.other'));

    await tap(page, answerLabel('card.other', 'noOther'));

    // Straight on: no payment was made, so the charged question is not asked again.
    await expectH1(page, titleOf('pin.reenter'));
    expect(titleOf('pin.reenter')).toBe('The cardholder keys in their PIN again, once');
    await expectParam(page, 'step', 'pin.reenter');
    expect(await retryNotes(page)).toEqual({ retryWarning: 1, signinNote: 0 });

    await tap(page, answerLabel('pin.reenter', 'still'));
    await expectOutcomeWords(page, reachedWords(walks.noOtherCard));
    await expectCleanRun(opened);
  });

  it('a fault found by the self-test reaches repair: "The POS needs repair"', async () => {
    const opened = await open('/?lang=en');
    const { page } = opened;

    await walkTo(page, walks.selftestFault);

    const repair = reachedWords(walks.selftestFault);
    expect(repair.title).toBe('The POS needs repair');
    await expectOutcomeWords(page, repair);
    await expectParam(page, 'step', 'outcome.repair');
    await expectCleanRun(opened);
  });

  it('the retry warning shows only where a payment is tried; a sign-in check says it charges no one', async () => {
    const opened = await open('/?lang=en');
    const { page } = opened;
    await startWalk(page);
    await walk(page, movesUntil(walks.paidOnSecondRead, 'card.insert'));
    await expectH1(page, titleOf('card.insert'));
    expect(await retryNotes(page), 'card.insert').toEqual({ retryWarning: 1, signinNote: 0 });

    const others: [CheckKey, { retryWarning: number; signinNote: number }][] = [
      ['triage.others', { retryWarning: 0, signinNote: 0 }],
      ['payment.charged', { retryWarning: 0, signinNote: 0 }],
      ['network.reconnect', { retryWarning: 0, signinNote: 1 }],
      ['hardware.selftest', { retryWarning: 0, signinNote: 0 }],
    ];
    for (const [check, notes] of others) {
      await goTo(page, `/?step=${check}&lang=en`);
      await expectH1(page, titleOf(check));
      expect(await retryNotes(page), check).toEqual(notes);
    }
    await expectCleanRun(opened);
  });

  it('a link to a payment step asks "Was the customer already charged?" first', async () => {
    const opened = await open('/?step=card.insert&lang=en');
    const { page } = opened;

    await expectH1(page, titleOf('payment.charged'));
    await expectParam(page, 'step', 'payment.charged');
    await tap(page, answerLabel('payment.charged', 'notCharged'));

    await expectH1(page, titleOf('card.insert'));
    await expectParam(page, 'step', 'card.insert');
    await expectCleanRun(opened);
  });

  it('a link to a payment step, answered "charged" then Back, still leads on to that step', async () => {
    const opened = await open('/?step=card.insert&lang=en');
    const { page } = opened;
    await expectH1(page, titleOf('payment.charged'));
    await tap(page, answerLabel('payment.charged', 'charged'));
    await expectH1(page, titleOf('outcome.already-paid'));

    await tap(page, en.ui.nav.back);
    await expectH1(page, titleOf('payment.charged'));
    await tap(page, answerLabel('payment.charged', 'notCharged'));

    await expectH1(page, titleOf('card.insert'));
    await expectCleanRun(opened);
  });

  it('a reload on the charged question keeps where "No" leads', async () => {
    const opened = await open('/?lang=en');
    const { page } = opened;
    await startRecordedWalk(page);
    await walk(page, movesUntil(walks.paidOnSecondRead, 'payment.charged'));
    await expectH1(page, titleOf('payment.charged'));

    await page.reload();

    await expectH1(page, titleOf('payment.charged'));
    await expectContinuing(page);
    await tap(page, answerLabel('payment.charged', 'notCharged'));
    await expectH1(page, titleOf('card.insert'));
    await expectCleanRun(opened);
  });

  it.each([
    ['card.wipe', 'card.insert'],
    ['config.software', 'config.params'],
    ['restart.retry', 'restart.power'],
    ['escalate.status', 'network.host'],
  ] as const)('an old step id, %s, still opens: %s', async (old, current) => {
    const opened = await open(`/?step=${old}&lang=en`);
    const { page } = opened;

    if (current === 'card.insert') {
      // Its new step takes a payment: the charged question comes first.
      await expectH1(page, titleOf('payment.charged'));
      await tap(page, answerLabel('payment.charged', 'notCharged'));
    }
    await expectH1(page, titleOf(current));
    await expectParam(page, 'step', current);
    expect(await page.getByRole('alert').count(), 'no unknown-step alert').toBe(0);
    await expectCleanRun(opened);
  });

  describe('a version-1 handoff link made by the old app', () => {
    const startedAt = Math.floor(Date.UTC(2025, 1, 3, 2, 0, 0) / 1000);
    // The old app's wire tuple (src/share/handoff/handoffLink.ts): its steps and answers.
    const oldWire = [
      startedAt,
      240,
      'escalated',
      'escalate.call',
      [
        ['network.signal', 'still', 0],
        ['card.wipe', 'still', 40],
        ['config.software', 'still', 80],
        ['restart.retry', 'still', 120],
        ['escalate.status', 'no', 160],
        ['escalate.call', 'still', 200],
      ],
      ['SN 8200 1234', '898310048990001', '10293847'],
      ['10:02', '88.00', '001234'],
      'Old tree, old answers',
    ];
    const oldLink = `/?handoff=${handoffData(oldWire)}`;

    it.each<Lang>(['en', 'zh-CN'])(
      'still opens, showing the old steps by their new names (%s)',
      async (lang) => {
        const opened = await open(oldLink, { locale: lang });
        const { page } = opened;
        const share = shareWords[lang];

        await expectH1(page, share.screen.title);
        const lines = await page
          .getByRole('list', { name: share.summary.steps, exact: true })
          .getByRole('listitem')
          .allTextContents();
        const wanted = [
          summaryStepLine(['network.signal', null], lang),
          summaryStepLine(['card.insert', 'still'], lang),
          summaryStepLine(['config.params', 'fails'], lang),
          summaryStepLine(['restart.power', 'fails'], lang),
          summaryStepLine(['network.host', null], lang),
          summaryStepLine(['escalate.call', 'fails'], lang),
        ];
        // Each line as wanted when it ends so (after its time), else as it is, for a readable diff.
        const tails = lines.map((line, index) => {
          const want = wanted[index];
          return want !== undefined && line.endsWith(want) ? want : line;
        });
        expect(tails).toEqual(wanted);
        await page.getByText(share.outcomes.escalated, { exact: true }).waitFor();
        await page.getByText('Old tree, old answers', { exact: true }).waitFor();
        expect(await page.getByRole('alert').count()).toBe(0);
        await expectCleanRun(opened);
      },
    );
  });
});
