// Detours come back (issue 13, point 4): from a check or an outcome, settings (the escalation
// screen's "Open settings"), the log, the step index or the code lookup, then Save or Back,
// return to that check or outcome with its call button and summary, not to the start screen.
import type { Page } from 'playwright-core';
import { describe, it } from 'vitest';
import { expectNoAxeViolations } from './support/browser';
import { expectLookup, triageLink } from './support/codes';
import {
  expectIncidentCount,
  expectLogRows,
  expectStatus,
  logWords,
  rowText,
  startRecordedWalk,
} from './support/log';
import { shareWords } from './support/share';
import {
  button,
  expectCleanRun,
  expectH1,
  expectParam,
  fill,
  reachedWords,
  titleOf,
  useBrowser,
  walk,
  walks,
  words,
  type Lang,
} from './support/wizard';

const hotline = '+86 400-123 4567';
const route = walks.escalated;

const providerCard = (page: Page, lang: Lang) =>
  page.getByRole('region', { name: logWords[lang].provider.title, exact: true });

/** The escalation's screens with no hotline saved: "Open settings", type it, save. */
async function saveHotlineFrom(page: Page, lang: Lang): Promise<void> {
  const { provider, settings } = logWords[lang];
  await providerCard(page, lang)
    .getByRole('link', { name: provider.openSettings, exact: true })
    .click();
  await expectH1(page, settings.title);
  await page.getByRole('textbox', { name: settings.providerHotline, exact: true }).fill(hotline);
  await button(page, settings.save).click();
  await expectStatus(page, settings.saved);
}

/** The call button the provider card shows once a hotline is saved. */
const callButton = (page: Page, lang: Lang) =>
  providerCard(page, lang).getByRole('link', {
    name: fill(logWords[lang].provider.callUnnamed, { number: hotline }),
    exact: true,
  });

/** The page bar's way back: "‹ Checks". */
const backToChecks = (page: Page, lang: Lang) =>
  page.getByRole('link', { name: words[lang].ui.menu.checks, exact: true });

describe('detours from a check or an outcome', () => {
  const { open } = useBrowser();

  it.each<Lang>(['en', 'zh-CN'])(
    'the escalation outcome → "Open settings" → Save → "Back to" returns with the call button and the summary (%s)',
    async (lang) => {
      const opened = await open(`/?lang=${lang}`, { locale: lang });
      const { page } = opened;
      await startRecordedWalk(page, lang);
      await walk(page, route.moves, lang);
      const outcome = reachedWords(route, lang).title;
      await expectH1(page, outcome);

      await saveHotlineFrom(page, lang);
      const back = page.getByRole('link', {
        name: fill(words[lang].ui.menu.backTo, { place: outcome }),
        exact: true,
      });
      await expectNoAxeViolations(page);
      await back.click();

      await expectH1(page, outcome);
      await expectParam(page, 'step', 'outcome.escalated');
      await callButton(page, lang).waitFor({ state: 'visible' });
      await button(page, shareWords[lang].handoff.open).waitFor({ state: 'visible' });
      await expectCleanRun(opened);
    },
  );

  it('the call check → settings → the log → the step index → "‹ Checks" returns to the call, the incident still open', async () => {
    const opened = await open('/?lang=en');
    const { page } = opened;
    await startRecordedWalk(page);
    await walk(page, route.moves.slice(0, -1));
    await expectH1(page, titleOf('escalate.call'));

    await saveHotlineFrom(page, 'en');
    const sections = page.getByRole('navigation', { name: words.en.ui.menu.label, exact: true });
    await sections.getByRole('link', { name: words.en.ui.menu.log, exact: true }).click();
    await expectH1(page, logWords.en.log.title);
    await expectIncidentCount(page, 1);
    await expectLogRows(page, [rowText('open', 'escalate.call')]);
    await sections.getByRole('link', { name: words.en.ui.share.stepIndex, exact: true }).click();
    await expectH1(page, shareWords.en.stepIndex.title);

    await backToChecks(page, 'en').click();
    await expectH1(page, titleOf('escalate.call'));
    await callButton(page, 'en').waitFor({ state: 'visible' });
    // Still the same walk: the call fails, and the escalation outcome follows.
    await walk(page, route.moves.slice(-1));
    await expectH1(page, reachedWords(route).title);
    await expectCleanRun(opened);
  });

  it('the browser’s back from settings returns to the outcome too', async () => {
    const opened = await open('/?lang=en');
    const { page } = opened;
    await startRecordedWalk(page);
    await walk(page, walks.securityStop.moves);
    const outcome = reachedWords(walks.securityStop).title;
    await expectH1(page, outcome);
    await saveHotlineFrom(page, 'en');
    await page.goBack();
    await expectH1(page, outcome);
    await callButton(page, 'en').waitFor({ state: 'visible' });
    await button(page, shareWords.en.handoff.open).waitFor({ state: 'visible' });
    await expectCleanRun(opened);
  });

  it('a reload while in settings still comes back to the check, the same incident', async () => {
    const opened = await open('/?lang=en');
    const { page } = opened;
    await startRecordedWalk(page);
    await walk(page, route.moves.slice(0, -1));
    await expectH1(page, titleOf('escalate.call'));
    await providerCard(page, 'en')
      .getByRole('link', { name: logWords.en.provider.openSettings, exact: true })
      .click();
    await expectH1(page, logWords.en.settings.title);
    await expectParam(page, 'step', 'escalate.call');

    await page.reload();
    await expectH1(page, logWords.en.settings.title);
    await backToChecks(page, 'en').click();
    await expectH1(page, titleOf('escalate.call'));
    await walk(page, route.moves.slice(-1));
    await expectH1(page, reachedWords(route).title);
    await button(page, words.en.ui.outcome.newIncident).click();
    await page.getByRole('link', { name: words.en.ui.menu.log, exact: true }).click();
    await expectIncidentCount(page, 1);
    await expectLogRows(page, [rowText('escalated', 'escalate.call')]);
    await expectCleanRun(opened);
  });

  it('the code lookup from "What exactly is on the POS screen?" and back keeps the question', async () => {
    const opened = await open('/?lang=zh-CN', { locale: 'zh-CN' });
    const { page } = opened;
    await startRecordedWalk(page, 'zh-CN');
    await walk(
      page,
      [
        ['triage.others', 'unsure'],
        ['triage.card', 'unsure'],
      ],
      'zh-CN',
    );
    await expectH1(page, titleOf('triage.screen', 'zh-CN'));
    await triageLink(page, 'zh-CN').click();
    await expectLookup(page, 'zh-CN');
    await backToChecks(page, 'zh-CN').click();
    await expectH1(page, titleOf('triage.screen', 'zh-CN'));
    await expectCleanRun(opened);
  });
});
