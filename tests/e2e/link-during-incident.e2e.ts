// A support agent's step link opened while an incident is open (issue 13, point 1): the linked
// step shows at once, with one line saying the step is recorded in the open incident and a
// quiet way to start a new one instead; never two incidents for one E1 by accident.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations, hasHorizontalScroll, type OpenedPage } from './support/browser';
import {
  expectIncidentCount,
  expectLogRows,
  incidentPathLines,
  logWords,
  openRow,
  pathLine,
  resumeOffer,
  rowText,
  showLog,
  startRecordedWalk,
  templatePattern,
} from './support/log';
import {
  answerLabel,
  button,
  expectCleanRun,
  expectH1,
  expectParam,
  goTo,
  outcomeWords,
  tap,
  titleOf,
  useBrowser,
  walk,
  words,
  type CheckKey,
  type Lang,
  type Move,
} from './support/wizard';

// The merchant's walk so far: the quick questions, then the top of the POS screen.
const before: readonly Move[] = [
  ['triage.others', 'onlyHere'],
  ['triage.card', 'everyCard'],
];
const stoppedAt: CheckKey = 'network.signal';
// The agent sends the card slot check.
const linked: CheckKey = 'hardware.reader';
/** Where "damaged" at the card slot leads. */
const repairTitle = (lang: Lang) => outcomeWords('outcome.repair', 'damaged', lang).title;

/** The line that says where the linked step is recorded, as it reads for `key`. */
function linkLine(page: Page, key: 'joined' | 'separated', lang: Lang) {
  const line = new RegExp(`^${templatePattern(logWords[lang].link[key])}$`);
  return page.getByRole('status').filter({ hasText: line });
}

/** The merchant mid-incident at the signal check; then the agent's link, opened in the same tab. */
async function openLinkMidIncident(opened: OpenedPage, lang: Lang, link = linked): Promise<Page> {
  const { page } = opened;
  await startRecordedWalk(page, lang);
  await walk(page, before, lang);
  await expectH1(page, titleOf(stoppedAt, lang));
  await goTo(page, `/?step=${link}`);
  return page;
}

describe('a step link opened while an incident is open', () => {
  const { open } = useBrowser();

  it.each<Lang>(['en', 'zh-CN'])(
    'shows the linked step with one line, records it in the same incident, and Back returns to the check before (%s)',
    async (lang) => {
      const opened = await open(`/?lang=${lang}`, { locale: lang });
      const page = await openLinkMidIncident(opened, lang);

      await expectH1(page, titleOf(linked, lang));
      await linkLine(page, 'joined', lang).waitFor({ state: 'visible' });
      expect(await resumeOffer(page, lang).count(), 'no "Unfinished incident" panel').toBe(0);
      // The check is still the first thing under the line: its h1 starts in the top third.
      const h1 = await page.getByRole('heading', { level: 1 }).boundingBox();
      expect(h1?.y ?? Number.POSITIVE_INFINITY).toBeLessThan(844 / 3);
      await expectNoAxeViolations(page);
      expect(await hasHorizontalScroll(page)).toBe(false);

      // Back goes to where the merchant was: the walk goes on from the linked step's jump.
      await tap(page, words[lang].ui.nav.back);
      await expectH1(page, titleOf(stoppedAt, lang));
      await goTo(page, `/?step=${linked}&lang=${lang}`);
      await expectH1(page, titleOf(linked, lang));
      await tap(page, answerLabel(linked, 'damaged', lang));
      await expectH1(page, repairTitle(lang));

      await showLog(page, lang);
      await expectIncidentCount(page, 1, lang);
      await expectLogRows(page, [rowText('repair', linked, lang)], lang);
      await openRow(page, 0, lang);
      expect(await incidentPathLines(page, lang)).toEqual(
        expect.arrayContaining([
          ...before.map((move) => pathLine(move, lang)),
          `${titleOf(linked, lang)} — ${answerLabel(linked, 'damaged', lang)}`,
        ]),
      );
      await expectCleanRun(opened);
    },
  );

  it('answering the linked step without choosing keeps one incident, and the summary has the checks before', async () => {
    const opened = await open('/?lang=en');
    const page = await openLinkMidIncident(opened, 'en');
    await expectH1(page, titleOf(linked));
    await linkLine(page, 'joined', 'en').waitFor({ state: 'visible' });
    await tap(page, answerLabel(linked, 'damaged'));
    await expectH1(page, repairTitle('en'));
    expect(await linkLine(page, 'joined', 'en').count(), 'the line goes once answered').toBe(0);

    await showLog(page);
    await expectIncidentCount(page, 1);
    await openRow(page, 0);
    expect(await incidentPathLines(page)).toContain(pathLine(before[0] as Move));
    await expectCleanRun(opened);
  });

  it.each<Lang>(['en', 'zh-CN'])(
    '"Start a new incident instead" ends the open one as stopped and records the step apart; it can be undone (%s)',
    async (lang) => {
      const opened = await open(`/?lang=${lang}`, { locale: lang });
      const page = await openLinkMidIncident(opened, lang);
      const link = logWords[lang].link;
      await linkLine(page, 'joined', lang).waitFor({ state: 'visible' });

      await button(page, link.separate).click();
      await linkLine(page, 'separated', lang).waitFor({ state: 'visible' });
      await expectH1(page, titleOf(linked, lang));
      await expectNoAxeViolations(page);

      // Changed the mind: back into that incident.
      await button(page, link.join).click();
      await linkLine(page, 'joined', lang).waitFor({ state: 'visible' });
      await button(page, link.separate).click();
      await linkLine(page, 'separated', lang).waitFor({ state: 'visible' });

      await tap(page, answerLabel(linked, 'damaged', lang));
      await expectH1(page, repairTitle(lang));
      await showLog(page, lang);
      await expectIncidentCount(page, 2, lang);
      await expectLogRows(
        page,
        [rowText('repair', linked, lang), rowText('abandoned', stoppedAt, lang)],
        lang,
      );
      await expectCleanRun(opened);
    },
  );

  it('"Add this step to that incident instead" after starting apart keeps one incident', async () => {
    const opened = await open('/?lang=en');
    const page = await openLinkMidIncident(opened, 'en');
    const link = logWords.en.link;
    await button(page, link.separate).click();
    await button(page, link.join).click();
    await linkLine(page, 'joined', 'en').waitFor({ state: 'visible' });
    await tap(page, answerLabel(linked, 'clean'));
    await expectH1(page, titleOf('payment.charged'));

    await showLog(page);
    await expectIncidentCount(page, 1);
    await expectLogRows(page, [rowText('open', 'payment.charged')]);
    await expectCleanRun(opened);
  });

  it('a link to a payment asks the charged question first, inside the same incident', async () => {
    const opened = await open('/?lang=en');
    // An old id for "read the card another way": the agent's link from the first tree.
    const page = await openLinkMidIncident(opened, 'en', 'card.wipe' as CheckKey);
    await expectH1(page, titleOf('payment.charged'));
    await linkLine(page, 'joined', 'en').waitFor({ state: 'visible' });
    await tap(page, answerLabel('payment.charged', 'notCharged'));
    await expectH1(page, titleOf('card.insert'));
    await expectParam(page, 'step', 'card.insert');

    await showLog(page);
    await expectIncidentCount(page, 1);
    await expectCleanRun(opened);
  });

  it('an incident untouched for over two hours is ended as stopped, and the link starts a new one', async () => {
    const opened = await open('/?lang=en');
    const { page } = opened;
    await startRecordedWalk(page);
    await walk(page, before);
    await expectH1(page, titleOf(stoppedAt));
    await page.waitForLoadState('networkidle');

    await page.clock.install({ time: Date.now() + 3 * 60 * 60 * 1000 });
    await goTo(page, `/?step=${linked}`);

    await expectH1(page, titleOf(linked));
    await linkLine(page, 'separated', 'en').waitFor({ state: 'visible' });
    await button(page, logWords.en.link.join).waitFor({ state: 'visible' });
    await showLog(page);
    await expectIncidentCount(page, 2);
    await expectLogRows(page, [rowText('open', linked), rowText('abandoned', stoppedAt)]);
    await expectCleanRun(opened);
  });
});
