// The handoff link survives chat apps, and its times say whose clock they are (issue 13, point
// 2): punctuation a chat app glues to the end is ignored, each kind opened in a fresh context,
// while a link cut short still says it is damaged; the merchant's time zone comes with the
// summary, beside the payment time the merchant typed, and an older link without it says so.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from './support/browser';
import {
  expectAlert,
  expectStatus,
  exportedIncident,
  exportText,
  importAndWait,
  logPath,
  openRow,
} from './support/log';
import { grantClipboard, handoffData, pathOf, readClipboard, shareWords } from './support/share';
import {
  button,
  expectCleanRun,
  expectH1,
  fill,
  useBrowser,
  walks,
  type Lang,
} from './support/wizard';

/** 10:00 in Shanghai, 02:00 in London (before its summer time). */
const startedAt = Date.UTC(2025, 2, 10, 2, 0, 0);
const merchantZone = 'Asia/Shanghai';
const agentZone = 'Europe/London';

/** The summary's facts on the agent's screen, label → value. */
async function facts(page: Page): Promise<Record<string, string>> {
  const list = page.getByRole('definition');
  await list.first().waitFor({ state: 'visible' });
  const terms = await page.getByRole('term').allTextContents();
  const values = await list.allTextContents();
  return Object.fromEntries(terms.map((term, index) => [term, values[index] ?? '']));
}

/**
 * "10 Mar 2025, 10:00" as the app formats a date and time in `lang` on `zone`'s clock, by the
 * page's own Intl (its ICU may write it differently from Node's).
 */
function clock(page: Page, time: number, lang: Lang, zone: string): Promise<string> {
  return page.evaluate(
    ([at, locale, timeZone]) =>
      new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short', timeZone }).format(
        at,
      ),
    [time, lang, zone] as const,
  );
}

describe('a handoff link in a chat app', () => {
  const { open } = useBrowser();

  /** On the merchant's phone in Shanghai: an incident in the log, its link with a payment time. */
  async function merchantLink(): Promise<string> {
    const merchant = await open(logPath(), { timezoneId: merchantZone });
    const { page } = merchant;
    await grantClipboard(merchant);
    await importAndWait(
      page,
      exportText([exportedIncident({ id: 'chat-1', startedAt, walk: walks.escalated })]),
      { added: 1, updated: 0, unchanged: 0 },
    );
    await openRow(page, 0);
    const handoff = shareWords.en.handoff;
    await button(page, handoff.open).click();
    await page.getByRole('textbox', { name: handoff.paymentTime }).fill('10:01');
    await button(page, handoff.copyLink).click();
    await expectStatus(page, handoff.linkCopied);
    const link = await readClipboard(page);
    await expectCleanRun(merchant);
    return pathOf(link);
  }

  describe('with punctuation glued to its end', () => {
    // A version-2 link as the app makes it (its wire tuple, deflated, behind its checksum); the
    // tests below make real ones on a merchant's phone.
    const link = `/?handoff=${handoffData(
      [
        Math.floor(startedAt / 1000),
        90,
        'escalated',
        'escalate.call',
        [
          ['triage.others', 'onlyHere', 0],
          ['escalate.call', 'fails', 60, null, ['escalate', 'network', 'hardware']],
        ],
        ['SN 1', '', ''],
        ['10:01', '', ''],
        '',
        null,
        [480, merchantZone],
      ],
      '2',
    )}`;

    // Alternating the agent's language: the summary opens in either.
    it.each([
      ['.', 'en'],
      [')', 'zh-CN'],
      ['>', 'en'],
      ['。', 'zh-CN'],
      ['）', 'en'],
      [').', 'zh-CN'],
      ['）。', 'en'],
      ['>.', 'zh-CN'],
      ['”。', 'en'],
    ] as const)('"%s" is ignored, in a fresh context (%s)', async (tail, lang) => {
      const agent = await open(`${link}${tail}`, { locale: lang });
      await expectH1(agent.page, shareWords[lang].screen.title);
      await agent.page
        .getByRole('list', { name: shareWords[lang].summary.steps, exact: true })
        .waitFor({ state: 'visible' });
      expect(await agent.page.getByRole('alert').count()).toBe(0);
      await expectCleanRun(agent);
    });
  });

  it.each<Lang>(['en', 'zh-CN'])(
    'cut short, with a full stop glued on, it is still refused as damaged (%s)',
    async (lang) => {
      const link = await merchantLink();
      const agent = await open(`${link.slice(0, -4)}。`, { locale: lang });
      await expectH1(agent.page, shareWords[lang].screen.refusedTitle);
      await expectAlert(agent.page, shareWords[lang].screen.problems.damaged);
      await expectCleanRun(agent);
    },
  );

  it.each<Lang>(['en', 'zh-CN'])(
    'gives an agent in London the times on the merchant’s clock, saying whose, beside the payment time typed (%s)',
    async (lang) => {
      const link = await merchantLink();
      const agent = await open(link, { locale: lang, timezoneId: agentZone });
      const summary = shareWords[lang].summary;
      await expectH1(agent.page, shareWords[lang].screen.title);
      const shown = await facts(agent.page);
      expect(shown[summary.timeZone]).toBe(
        fill(summary.zoneNamed, { offset: 'UTC+8', name: merchantZone }),
      );
      const onMerchantClock = await clock(agent.page, startedAt, lang, merchantZone);
      expect(shown[summary.started]).toBe(`${onMerchantClock} UTC+8`);
      expect(shown[summary.started]).not.toContain(
        await clock(agent.page, startedAt, lang, agentZone),
      );
      expect(shown[summary.paymentTime]).toBe(
        fill(summary.merchantClock, { time: '10:01', offset: 'UTC+8' }),
      );
      // The first step was shown at the start: 10:00 on the merchant's clock, not 02:00.
      const firstStep = agent.page
        .getByRole('list', { name: summary.steps, exact: true })
        .getByRole('listitem')
        .first();
      expect(await firstStep.textContent()).toMatch(/^10:00:00/);
      await expectNoAxeViolations(agent.page);
      await expectCleanRun(agent);
    },
  );

  it.each<Lang>(['en', 'zh-CN'])(
    'a version-1 link, made before links carried the zone, says it is unknown and assumes none (%s)',
    async (lang) => {
      const wire = [
        Math.floor(startedAt / 1000),
        120,
        'escalated',
        'escalate.call',
        [
          ['triage.others', 'onlyHere', 0],
          ['escalate.call', 'fails', 60],
        ],
        ['SN 1', '', ''],
        ['10:01', '', ''],
        '',
      ];
      const agent = await open(`/?handoff=${handoffData(wire)}`, {
        locale: lang,
        timezoneId: agentZone,
      });
      const summary = shareWords[lang].summary;
      await expectH1(agent.page, shareWords[lang].screen.title);
      const shown = await facts(agent.page);
      expect(shown[summary.timeZone]).toBe(summary.zoneUnknown);
      expect(shown[summary.paymentTime]).toBe(
        fill(summary.merchantClockUnknown, { time: '10:01' }),
      );
      // On the agent's own clock, and not claiming any zone.
      expect(shown[summary.started]).toBe(await clock(agent.page, startedAt, lang, agentZone));
      expect(Object.values(shown).join(' ')).not.toContain('UTC');
      await expectCleanRun(agent);
    },
  );
});
