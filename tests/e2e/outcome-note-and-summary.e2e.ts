// The outcome that sends the cashier to the provider shows its note field, the provider's card and
// "Make a summary for support" in the same frame as the outcome, not a moment later; and a reload
// of that outcome still shows them, for the incident that just ended (its note, its summary).
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  expectIncidentCount,
  expectStatus,
  leaveForLog,
  logRowTexts,
  logWords,
  startRecordedWalk,
} from './support/log';
import { shareWords } from './support/share';
import {
  button,
  expectCleanRun,
  expectH1,
  reachedWords,
  useBrowser,
  walk,
  walks,
  type Lang,
} from './support/wizard';

const route = walks.escalated;

const noteField = (page: Page, lang: Lang) =>
  page.getByRole('textbox', { name: logWords[lang].note.label, exact: true });
const summaryButton = (page: Page, lang: Lang) => button(page, shareWords[lang].handoff.open);
const providerCard = (page: Page, lang: Lang) =>
  page.getByRole('heading', { level: 2, name: logWords[lang].provider.title, exact: true });

/** Whether the note, the summary and the provider's card are on screen now, without waiting. */
async function outcomePartsNow(page: Page, lang: Lang) {
  return {
    note: await noteField(page, lang).isVisible(),
    summary: await summaryButton(page, lang).isVisible(),
    provider: await providerCard(page, lang).isVisible(),
  };
}

const allThere = { note: true, summary: true, provider: true };

describe('the escalation outcome', () => {
  const { open } = useBrowser();

  it.each<Lang>(['en', 'zh-CN'])(
    'shows its note and the summary for support with the outcome, and again after a reload (%s)',
    async (lang) => {
      const opened = await open(`/?lang=${lang}`, { locale: lang });
      const { page } = opened;
      const outcomeTitle = reachedWords(route, lang).title;
      await startRecordedWalk(page, lang);
      await walk(page, route.moves, lang);

      // Checked the moment the outcome's title is there: no waiting for them to pop in.
      await expectH1(page, outcomeTitle);
      expect(await outcomePartsNow(page, lang)).toEqual(allThere);

      const note = lang === 'en' ? 'Provider ticket 5521' : '客服工单号 5521';
      await noteField(page, lang).fill(note);
      await button(page, logWords[lang].note.save).click();
      await expectStatus(page, logWords[lang].note.saved);

      await page.reload();

      await expectH1(page, outcomeTitle);
      await noteField(page, lang).waitFor({ state: 'visible' });
      expect(await noteField(page, lang).inputValue()).toBe(note);
      expect(await outcomePartsNow(page, lang)).toEqual(allThere);
      // The summary is the incident's that just ended: its note is in it.
      await summaryButton(page, lang).click();
      const summary = page.getByRole('textbox', {
        name: shareWords[lang].handoff.text,
        exact: true,
      });
      await expect.poll(() => summary.inputValue()).toContain(note);

      // Still one incident, the note kept with it.
      await leaveForLog(page, lang);
      await expectIncidentCount(page, 1, lang);
      expect((await logRowTexts(page, lang))[0]).toContain(note);
      await expectCleanRun(opened);
    },
  );

  it('opened from a link with no incident behind it, shows no note and no summary', async () => {
    const opened = await open('/?step=outcome.escalated&lang=en');
    const { page } = opened;
    await expectH1(page, reachedWords(route, 'en').title);
    await providerCard(page, 'en').waitFor({ state: 'visible' });
    await page.waitForLoadState('networkidle');
    expect(await outcomePartsNow(page, 'en')).toEqual({
      note: false,
      summary: false,
      provider: true,
    });
    await expectCleanRun(opened);
  });
});
