// The summary tells the truth about the walk (issue 13, point 3): an answer changed after Back
// shows once, as changed, without the screens gone back over; a stage jump names the stages it
// skipped; and the security-stop outcome, which sends the cashier to support, offers the summary.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations, hasHorizontalScroll, type OpenedPage } from './support/browser';
import { expectStatus, startRecordedWalk } from './support/log';
import { grantClipboard, pathOf, readClipboard, shareWords } from './support/share';
import {
  answerLabel,
  button,
  expectCleanRun,
  expectH1,
  fill,
  outcomeWords,
  reachedWords,
  tap,
  titleOf,
  useBrowser,
  walk,
  walks,
  words,
  type Lang,
} from './support/wizard';

/**
 * Every card fails, then Back: only this card after all; the PIN is not locked; then "Jump to
 * a stage" → Support, where the call does not help.
 */
async function walkWithBackAndJump(page: Page, lang: Lang): Promise<void> {
  const ui = words[lang].ui;
  await walk(
    page,
    [
      ['triage.others', 'onlyHere'],
      ['triage.card', 'everyCard'],
    ],
    lang,
  );
  await expectH1(page, titleOf('network.signal', lang));
  await tap(page, ui.nav.back);
  await walk(
    page,
    [
      ['triage.card', 'onlyThisCard'],
      ['pin.locked', 'notLocked'],
    ],
    lang,
  );
  await expectH1(page, titleOf('pin.holder', lang));
  await page.getByText(ui.nav.jump, { exact: true }).click();
  await tap(page, ui.stages.escalate);
  await walk(page, [['escalate.call', 'fails']], lang);
  await expectH1(page, outcomeWords('outcome.escalated', 'fails', lang).title);
}

/** Opens the summary for support on this screen and copies its text; returns text and link. */
async function copySummary(
  opened: OpenedPage,
  lang: Lang,
): Promise<{ text: string; link: string }> {
  const { page } = opened;
  const handoff = shareWords[lang].handoff;
  await button(page, handoff.open).click();
  await button(page, handoff.copyLink).waitFor({ state: 'visible' });
  await button(page, handoff.copyText).click();
  await expectStatus(page, handoff.textCopied);
  const text = await readClipboard(page);
  await button(page, handoff.copyLink).click();
  await expectStatus(page, handoff.linkCopied);
  return { text, link: await readClipboard(page) };
}

describe('the summary for support tells the walk as it went', () => {
  const { open } = useBrowser();

  it.each<Lang>(['en', 'zh-CN'])(
    'a changed answer once, as changed; a jump with the stages it skipped; on both phones (%s)',
    async (lang) => {
      const merchant = await open(`/?lang=${lang}`, { locale: lang });
      const { page } = merchant;
      await grantClipboard(merchant);
      await startRecordedWalk(page, lang);
      await walkWithBackAndJump(page, lang);
      const { text, link } = await copySummary(merchant, lang);

      const summary = shareWords[lang].summary;
      const stages = words[lang].ui.stages;
      const cardTitle = titleOf('triage.card', lang);
      const changed = fill(summary.changed, {
        answer: answerLabel('triage.card', 'onlyThisCard', lang),
        earlier: answerLabel('triage.card', 'everyCard', lang),
      });
      const jump = fill(summary.jumpedSkipping, {
        stage: stages.escalate,
        skipped: [stages.hardware, stages.config, stages.restart].join(summary.listSeparator),
      });
      const lines = text.split('\n');
      // The card question once, as changed; the signal check gone back over is not there.
      expect(lines.filter((line) => line.includes(cardTitle))).toEqual([
        expect.stringContaining(changed),
      ]);
      expect(text).not.toContain(titleOf('network.signal', lang));
      const jumpAt = lines.indexOf(`→ ${jump}`);
      expect(jumpAt, 'the jump line').toBeGreaterThan(0);
      expect(lines[jumpAt + 1]).toContain(titleOf('escalate.call', lang));
      await expectCleanRun(merchant);

      // The agent's phone reads the same, from the link.
      const agent = await open(pathOf(link), { locale: lang });
      const list = agent.page.getByRole('list', { name: summary.steps, exact: true });
      await list.waitFor({ state: 'visible' });
      const items = await list.getByRole('listitem').allTextContents();
      expect(items.filter((item) => item.includes(cardTitle))).toEqual([
        expect.stringContaining(changed),
      ]);
      expect(items.at(-1)).toContain(jump);
      expect(items.at(-1)).toContain(titleOf('escalate.call', lang));
      expect(items).toHaveLength(5);
      await expectNoAxeViolations(agent.page);
      await expectCleanRun(agent);
    },
  );

  it.each<Lang>(['en', 'zh-CN'])(
    'the security-stop outcome offers the summary, and the agent reads it (%s)',
    async (lang) => {
      const merchant = await open(`/?lang=${lang}`, { locale: lang, width: 320 });
      const { page } = merchant;
      await grantClipboard(merchant);
      await startRecordedWalk(page, lang);
      await walk(page, walks.securityStop.moves, lang);
      await expectH1(page, reachedWords(walks.securityStop, lang).title);
      const { link } = await copySummary(merchant, lang);
      expect(await hasHorizontalScroll(page)).toBe(false);
      await expectNoAxeViolations(page);
      await expectCleanRun(merchant);

      const agent = await open(pathOf(link), { locale: lang });
      await expectH1(agent.page, shareWords[lang].screen.title);
      await agent.page
        .getByText(shareWords[lang].outcomes['security-stop'], { exact: true })
        .waitFor({ state: 'visible' });
      await expectCleanRun(agent);
    },
  );
});
