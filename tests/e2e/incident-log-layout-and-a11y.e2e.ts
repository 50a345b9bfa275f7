// The log's pages (log, one incident, stats, settings) in both languages, filled with incidents:
// no axe violations, and no sideways scrolling on a 320 px phone.
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations, hasHorizontalScroll } from './support/browser';
import {
  exportText,
  exportedIncident,
  importAndWait,
  incidentList,
  incidentPath,
  logPath,
  logWords,
  settingsPath,
  statsPath,
} from './support/log';
import {
  button,
  expectCleanRun,
  expectHtmlLang,
  goTo,
  useBrowser,
  walks,
  type Lang,
} from './support/wizard';

const NARROW = 320;
const now = Date.now();
const hoursAgo = (hours: number) => now - hours * 3_600_000;

/** Long words on purpose: a Chinese note and the longest check titles must wrap, not widen. */
const incidents = [
  exportedIncident({
    id: 'long-walk',
    startedAt: hoursAgo(50),
    walk: walks.escalated,
    language: 'zh-CN',
    note: '卡号 6212 34** **** 1265 刷不出，顾客说昨天在别的店也刷不出来。已经换了网络和重启终端，仍然显示 E1。',
  }),
  exportedIncident({ id: 'pin', startedAt: hoursAgo(30), walk: walks.pinLocked }),
  exportedIncident({ id: 'fixed', startedAt: hoursAgo(20), walk: walks.paidOnSecondRead }),
  exportedIncident({
    id: 'open',
    startedAt: hoursAgo(2),
    walk: walks.escalated,
    cutShort: { at: 'hardware.selftest', as: 'open' },
  }),
];

interface PageCase {
  name: string;
  path: (lang: Lang) => string;
  /** Something on the page that shows its content has loaded (not only its frame). */
  ready: (page: Page, lang: Lang) => Locator;
  /** What to do once the page is up, so the states that appear later are checked too. */
  then?: (page: Page, lang: Lang) => Promise<void>;
}

const pages: readonly PageCase[] = [
  {
    name: 'the log, with its delete-all question open',
    path: logPath,
    ready: (page, lang) => incidentList(page, lang),
    then: async (page, lang) => {
      await button(page, logWords[lang].log.deleteAll).click();
      await button(page, logWords[lang].log.cancel).waitFor();
    },
  },
  {
    name: 'an incident',
    path: (lang) => incidentPath('long-walk', lang),
    ready: (page, lang) =>
      page.getByRole('list', { name: logWords[lang].incident.path, exact: true }),
  },
  {
    name: 'stats',
    path: statsPath,
    ready: (page, lang) =>
      page.getByRole('img', { name: logWords[lang].stats.byOutcome, exact: true }),
  },
  {
    name: 'settings, with the hotline error shown',
    path: settingsPath,
    ready: (page, lang) =>
      page.getByRole('textbox', { name: logWords[lang].settings.providerHotline, exact: true }),
    then: async (page, lang) => {
      const words = logWords[lang].settings;
      await page.getByRole('textbox', { name: words.providerHotline, exact: true }).fill('call me');
      await button(page, words.save).click();
      await page.getByRole('alert').waitFor();
    },
  },
];

/** Opens the log in `lang`, imports the incidents, then goes to the page under test. */
async function openFilled(
  open: ReturnType<typeof useBrowser>['open'],
  pageCase: PageCase,
  lang: Lang,
  width?: number,
) {
  const opened = await open(logPath(lang), width ? { width } : {});
  const { page } = opened;
  await importAndWait(page, exportText(incidents), { added: 4, updated: 0, unchanged: 0 }, lang);
  await goTo(page, pageCase.path(lang));
  await pageCase.ready(page, lang).waitFor({ state: 'visible' });
  await expectHtmlLang(page, lang);
  return opened;
}

describe('incident log pages: layout and accessibility', () => {
  const { open } = useBrowser();

  describe.each<Lang>(['en', 'zh-CN'])('in %s', (lang) => {
    for (const pageCase of pages) {
      it(`axe finds no violations on ${pageCase.name}`, async () => {
        const opened = await openFilled(open, pageCase, lang);
        const { page } = opened;

        await expectNoAxeViolations(page);
        if (pageCase.then) {
          await pageCase.then(page, lang);
          await expectNoAxeViolations(page);
        }
        await expectCleanRun(opened);
      });

      it(`${pageCase.name} does not scroll sideways at ${NARROW} px`, async () => {
        const opened = await openFilled(open, pageCase, lang, NARROW);
        const { page } = opened;

        expect(await hasHorizontalScroll(page)).toBe(false);
        if (pageCase.then) {
          await pageCase.then(page, lang);
          expect(await hasHorizontalScroll(page)).toBe(false);
        }
        await expectCleanRun(opened);
      });
    }
  });
});
