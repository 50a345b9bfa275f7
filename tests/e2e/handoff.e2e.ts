// The handoff summary, end to end: made on the merchant's phone (from the escalation outcome or
// from the log), carried in a link, read on the agent's phone in the agent's language, and never
// written into the agent's own incident log. A damaged link says so and shows nothing else.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  expectNoAxeViolations,
  hasHorizontalScroll,
  smallTargets,
  type OpenedPage,
} from './support/browser';
import {
  expectAlert,
  expectIncidentCount,
  expectStatus,
  exportedIncident,
  exportText,
  importAndWait,
  logPath,
  logWords,
  noonOn,
  openRow,
  settingsPath,
  showLog,
  type IncidentSpec,
} from './support/log';
import { loggingHost } from './support/hostLog';
import {
  grantClipboard,
  pathOf,
  readClipboard,
  shareWords,
  summaryStepLine,
} from './support/share';
import {
  button,
  checksOf,
  expectCleanRun,
  expectH1,
  goTo,
  titleOf,
  useBrowser,
  walks,
  walkTo,
  type Lang,
  type Move,
} from './support/wizard';

const cardNumber = '4111 1111 1111 1111';
const cardDigits = cardNumber.replace(/ /g, '');
const terminal = {
  terminalSn: 'SN 8200 1234',
  merchantNumber: '898310048990001',
  terminalNumber: '10293847',
};

/** Saves the terminal details in settings, as the merchant does once. */
async function saveTerminalDetails(page: Page): Promise<void> {
  const settings = logWords.en.settings;
  await goTo(page, settingsPath());
  await expectH1(page, settings.title);
  for (const [field, value] of Object.entries(terminal) as [keyof typeof terminal, string][]) {
    await page.getByRole('textbox', { name: settings[field], exact: true }).fill(value);
  }
  await button(page, settings.save).click();
  await expectStatus(page, settings.saved);
}

/** On a screen with the summary for support: opens it, adds payment details, waits for the link. */
async function makeSummary(page: Page, lang: Lang = 'en'): Promise<void> {
  const handoff = shareWords[lang].handoff;
  await button(page, handoff.open).click();
  await page.getByRole('textbox', { name: handoff.amount }).fill('88.00');
  await page.getByRole('textbox', { name: handoff.reference }).fill('001234');
  await button(page, handoff.copyLink).waitFor({ state: 'visible' });
}

async function copiedLink(page: Page, lang: Lang = 'en'): Promise<string> {
  await button(page, shareWords[lang].handoff.copyLink).click();
  await expectStatus(page, shareWords[lang].handoff.linkCopied);
  return readClipboard(page);
}

/** On the merchant's phone (a fresh context): `incident` in the log, its handoff link copied. */
async function linkFromTheLog(
  open: ReturnType<typeof useBrowser>['open'],
  incident: IncidentSpec,
): Promise<{ merchant: OpenedPage; link: string }> {
  const merchant = await open(logPath());
  const { page } = merchant;
  await grantClipboard(merchant);
  await importAndWait(page, exportText([exportedIncident(incident)]), {
    added: 1,
    updated: 0,
    unchanged: 0,
  });
  await openRow(page, 0);
  await makeSummary(page);
  return { merchant, link: await copiedLink(page) };
}

const stepsList = (page: Page, lang: Lang) =>
  page.getByRole('list', { name: shareWords[lang].summary.steps, exact: true });

/**
 * The agent's phone shows the summary: every check tried, in order, each with the words of the
 * answer given there ("<time> <title> — <answer>").
 */
async function expectSummary(page: Page, lang: Lang, moves: readonly Move[]): Promise<void> {
  const words = shareWords[lang];
  await expectH1(page, words.screen.title);
  const wanted = moves.map((move) => summaryStepLine(move, lang));
  const lines = await stepsList(page, lang).getByRole('listitem').allTextContents();
  // Each line as wanted when it ends so (after its time), else as it is, for a readable diff.
  const tails = lines.map((line, index) => {
    const want = wanted[index];
    return want !== undefined && line.endsWith(want) ? want : line;
  });
  expect(tails).toEqual(wanted);
  expect(await page.getByRole('alert').count()).toBe(0);
}

/** `path` (`/#handoff=…`) with `query` added before its fragment. */
const withQuery = (path: string, query: string) => path.replace('#', `?${query}#`);

/** Reads the log of this browser context: it must hold nothing. */
async function expectEmptyLog(page: Page, lang: Lang): Promise<void> {
  await showLog(page, lang);
  await expectIncidentCount(page, 0, lang);
}

describe('the handoff summary', () => {
  const { open } = useBrowser();

  it('made at the escalation outcome, opens read-only on the agent’s phone, in Chinese, and leaves the agent’s log empty', async () => {
    const merchant = await open(settingsPath());
    const { page } = merchant;
    await grantClipboard(merchant);
    await saveTerminalDetails(page);

    await goTo(page, '/?lang=en');
    await walkTo(page, walks.escalated);
    const note = logWords.en.note;
    await page.getByRole('textbox', { name: note.label }).fill(`Refused twice, card ${cardNumber}`);
    await button(page, note.save).click();
    await expectStatus(page, note.masked);

    await makeSummary(page);
    await button(page, shareWords.en.handoff.copyText).click();
    await expectStatus(page, shareWords.en.handoff.textCopied);
    const text = await readClipboard(page);
    for (const check of checksOf(walks.escalated)) expect(text).toContain(titleOf(check));
    for (const value of Object.values(terminal)) expect(text).toContain(value);
    expect(text).toContain('88.00');
    expect(text.replace(/\D/g, '')).not.toContain(cardDigits);
    const link = await copiedLink(page);
    expect(text.endsWith(link)).toBe(true);
    expect(new URL(link).searchParams.has('lang')).toBe(false);

    const agent = await open(pathOf(link), { locale: 'zh-CN' });
    await expectSummary(agent.page, 'zh-CN', walks.escalated.moves);
    const zh = shareWords['zh-CN'];
    await agent.page.getByText(zh.outcomes.escalated, { exact: true }).waitFor();
    await agent.page.getByText(terminal.terminalSn, { exact: true }).waitFor();
    await agent.page
      .getByText('Refused twice, card 4111 11** **** 1111', { exact: true })
      .waitFor();
    await expectCleanRun(agent);
    await expectEmptyLog(agent.page, 'zh-CN');
    await expectCleanRun(merchant);
  });

  it('made from an incident in the log, carries that incident', async () => {
    const { merchant, link } = await linkFromTheLog(open, {
      id: 'escalated-1',
      startedAt: noonOn(2025, 3, 10),
      walk: walks.escalated,
    });

    const agent = await open(pathOf(link));
    await expectSummary(agent.page, 'en', walks.escalated.moves);
    await expectEmptyLog(agent.page, 'en');
    await expectCleanRun(merchant);
  });

  it('travels in the part of the link the browser keeps: the host that serves the page is sent none of it', async () => {
    const { merchant, link } = await linkFromTheLog(open, {
      id: 'escalated-2',
      startedAt: noonOn(2025, 3, 11),
      walk: walks.escalated,
    });
    const data = new URL(link).hash.replace('#handoff=', '');
    expect(data).toMatch(/^2\.[\w-]{40,}$/);

    const host = await loggingHost();
    try {
      const agent = await open(`${host.origin}${pathOf(link)}`);
      await expectSummary(agent.page, 'en', walks.escalated.moves);
      expect(host.received.length).toBeGreaterThan(0);
      const sent = host.received.join('\n');
      expect(sent).not.toContain(data.slice(2, 30));
      expect(sent).not.toContain('handoff');
      expect(sent).not.toContain('88.00');
    } finally {
      await host.close();
    }
    await expectCleanRun(merchant);
  });

  it('is refused, with a clear message and nothing else, for data that is no summary', async () => {
    const opened = await open(`/?handoff=1.AAAAAAAAAAAAAAAAAAAAAAAAAAAA`, { locale: 'zh-CN' });
    const { page } = opened;
    await expectH1(page, shareWords['zh-CN'].screen.refusedTitle);
    await expectAlert(page, shareWords['zh-CN'].screen.problems.damaged);
    expect(await stepsList(page, 'zh-CN').count()).toBe(0);
    await expectCleanRun(opened);
    await expectEmptyLog(page, 'zh-CN');
  });
});

describe('a real handoff link, damaged or bent', () => {
  const { open } = useBrowser();

  /** A handoff link from the log's incident detail, made in a fresh context. */
  async function realLink(): Promise<string> {
    const { link } = await linkFromTheLog(open, {
      id: 'card-1',
      startedAt: noonOn(2025, 3, 12),
      walk: walks.otherCardPaid,
    });
    return link;
  }

  it('cut short or altered, it is refused in the agent’s language', async () => {
    const link = pathOf(await realLink());
    for (const bent of [link.slice(0, -6), link.replace(/handoff=2\.(.)/, 'handoff=2.$1$1')]) {
      const opened = await open(bent, { locale: 'zh-CN' });
      await expectAlert(opened.page, shareWords['zh-CN'].screen.problems.damaged);
      expect(await stepsList(opened.page, 'zh-CN').count()).toBe(0);
      await expectCleanRun(opened);
    }
  });

  it('with a step added to it, still opens the summary and still logs nothing', async () => {
    const link = pathOf(await realLink());
    const opened = await open(withQuery(link, 'step=hardware.selftest'));
    await expectSummary(opened.page, 'en', walks.otherCardPaid.moves);
    await expectEmptyLog(opened.page, 'en');
    await expectCleanRun(opened);
  });

  it.each<Lang>(['en', 'zh-CN'])(
    'is axe-clean and fits a 320 px phone, summary and refusal alike (%s)',
    async (lang) => {
      const link = pathOf(await realLink());
      const opened = await open(withQuery(link, `lang=${lang}`), { width: 320 });
      const { page } = opened;
      await stepsList(page, lang).waitFor({ state: 'visible' });
      expect(await hasHorizontalScroll(page)).toBe(false);
      expect(await smallTargets(page.getByRole('main'))).toEqual([]);
      await expectNoAxeViolations(page);

      await goTo(page, `/?handoff=3.AAAA&lang=${lang}`);
      await expectAlert(page, shareWords[lang].screen.problems.unknownVersion);
      expect(await hasHorizontalScroll(page)).toBe(false);
      await expectNoAxeViolations(page);
      await expectCleanRun(opened);
    },
  );

  it.each<Lang>(['en', 'zh-CN'])(
    'the summary for support is axe-clean and fits a 320 px phone on the escalation outcome (%s)',
    async (lang) => {
      const opened = await open(`/?lang=${lang}`, { width: 320 });
      const { page } = opened;
      await grantClipboard(opened);
      await walkTo(page, walks.escalated, lang);
      await makeSummary(page, lang);
      expect(await hasHorizontalScroll(page)).toBe(false);
      expect(await smallTargets(page.getByRole('main'))).toEqual([]);
      await expectNoAxeViolations(page);
      await expectCleanRun(opened);
    },
  );
});
