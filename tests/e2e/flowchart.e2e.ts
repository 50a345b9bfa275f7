// The flowchart: every step of the machine is on it, a tap (or a click, or Enter) on a step opens
// that step in training mode, and it pans and zooms inside its own box by touch, mouse and keys.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { hasHorizontalScroll } from './support/browser';
import {
  allStepKeys,
  answerChecks,
  beginChecks,
  expectTraining,
  expectZoom,
  flowchartPath,
  trainerWords,
} from './support/trainer';
import {
  button,
  expectCleanRun,
  expectH1,
  expectParam,
  goTo,
  titleOf,
  useBrowser,
  type StepKey,
} from './support/wizard';

const trainer = trainerWords.en;

const chart = (page: Page) =>
  page.getByRole('group', { name: trainer.flowchart.label, exact: true });
/** A step's box on the chart: a link named by the step's title. */
const stepOnChart = (page: Page, step: StepKey) =>
  chart(page).getByRole('link', {
    name: step === 'outcome.abandoned' ? new RegExp(`^${titleOf(step)} \\(`) : titleOf(step),
    exact: step !== 'outcome.abandoned',
  });

/** The zoom the chart's status line reports. */
async function zoomPercent(page: Page, lang: 'en' | 'zh-CN' = 'en'): Promise<number> {
  const [before = '', after = ''] = trainerWords[lang].flowchart.zoomLevel.split('{{percent}}');
  const lines = await page.getByRole('status').allTextContents();
  const line = lines.find((text) => text.startsWith(before) && text.endsWith(after)) ?? '';
  return Number(line.slice(before.length, line.length - after.length));
}

describe('the flowchart', () => {
  const { open } = useBrowser();

  it('shows every step and outcome of the checks, and the start, each once', async () => {
    const opened = await open(flowchartPath());
    const { page } = opened;
    await expectH1(page, trainer.flowchart.title);
    await chart(page).waitFor({ state: 'visible' });
    expect(await chart(page).getByRole('link').count()).toBe(allStepKeys.length + 1);
    for (const step of allStepKeys) expect(await stepOnChart(page, step).count(), step).toBe(1);
    await expectCleanRun(opened);
  });

  it('shows an incident from the log on the chart, its path named on each step it passed', async () => {
    const opened = await open('/?lang=en');
    const { page } = opened;
    await beginChecks(page);
    await answerChecks(page, [['triage.others', 'othersFail']]);
    await expectH1(page, titleOf('outcome.outage'));
    await goTo(page, flowchartPath());

    await page.getByLabel(trainer.flowchart.showPath).selectOption({ index: 1 });
    await button(page, trainer.flowchart.show).click();
    await page
      .getByRole('status')
      .filter({ hasText: trainer.flowchart.showing.split('{{')[0] ?? '' })
      .waitFor();
    const taken = trainer.flowchart.onTaken;
    for (const step of ['triage.others', 'outcome.outage'] as const) {
      const link = chart(page).getByRole('link', { name: `${titleOf(step)} (${taken})` });
      expect(await link.count(), step).toBe(1);
    }
    expect(await stepOnChart(page, 'triage.card').count()).toBe(1);
    expect(await page.getByRole('definition').allTextContents()).toContain(
      trainer.flowchart.legendTaken,
    );
    await expectCleanRun(opened);
  });

  it('a click on a step opens that step in training mode; a drag that starts on a step only pans', async () => {
    const opened = await open(flowchartPath(), { width: 1024 });
    const { page } = opened;
    await chart(page).waitFor({ state: 'visible' });
    const target = stepOnChart(page, 'triage.card');
    const before = await target.boundingBox();
    if (!before) throw new Error('triage.card is not laid out');

    // Drag the chart up by 400 px, starting on a step: the second question comes into the box.
    const start = await stepOnChart(page, 'triage.others').boundingBox();
    if (!start) throw new Error('triage.others is not laid out');
    const from = { x: start.x + start.width / 2, y: start.y + start.height / 2 };
    await page.mouse.move(from.x, from.y);
    await page.mouse.down();
    await page.mouse.move(from.x, from.y - 200, { steps: 5 });
    await page.mouse.move(from.x, from.y - 400, { steps: 5 });
    await page.mouse.up();

    await expect.poll(async () => (await target.boundingBox())?.y).toBeCloseTo(before.y - 400, 0);
    await expectParam(page, 'view', 'flowchart');
    expect(page.url()).not.toContain('mode=training');

    await target.click();
    await expectH1(page, titleOf('triage.card'));
    await expectParam(page, 'step', 'triage.card');
    await expectTraining(page, null);
    // Back returns to the flowchart.
    await page.goBack();
    await expectH1(page, trainer.flowchart.title);
    await expectCleanRun(opened);
  });

  it('by keyboard: + and − zoom, Tab reaches a step (bringing it into view), Enter opens it', async () => {
    const opened = await open(flowchartPath());
    const { page } = opened;
    await chart(page).waitFor({ state: 'visible' });
    await chart(page).focus();
    await page.keyboard.press('+');
    await expectZoom(page, 125);
    await page.keyboard.press('-');
    await expectZoom(page, 100);

    const target = stepOnChart(page, 'hardware.reader');
    for (let presses = 0; presses < 30; presses += 1) {
      await page.keyboard.press('Tab');
      if (await target.evaluate((element) => element === document.activeElement)) break;
    }
    expect(await target.evaluate((element) => element === document.activeElement)).toBe(true);
    // The focused step has been brought inside the chart's box.
    const box = await chart(page).boundingBox();
    const step = await target.boundingBox();
    if (!box || !step) throw new Error('not laid out');
    expect(step.y).toBeGreaterThanOrEqual(box.y);
    expect(step.y + step.height).toBeLessThanOrEqual(box.y + box.height);

    await page.keyboard.press('Enter');
    await expectH1(page, titleOf('hardware.reader'));
    await expectTraining(page, null);
    await expectCleanRun(opened);
  });

  it.each(['en', 'zh-CN'] as const)(
    'opens fitted to its box on a 1280×800 projector, its words at 12 px or more (%s)',
    async (lang) => {
      const opened = await open(flowchartPath(lang), { width: 1280, locale: lang });
      const { page } = opened;
      await page.setViewportSize({ width: 1280, height: 800 });
      const words = trainerWords[lang].flowchart;
      const box = page.getByRole('group', { name: words.label, exact: true });
      await box.waitFor({ state: 'visible' });
      const first = box.getByRole('link', { name: titleOf('triage.others', lang), exact: true });
      // The chart: the frames, arrows and steps drawn in the box.
      const drawing = box.locator('svg > g');
      const fits = async () => {
        const [area, chartArea] = await Promise.all([box.boundingBox(), drawing.boundingBox()]);
        if (!area || !chartArea) return 'not laid out';
        const inside =
          chartArea.x >= area.x &&
          chartArea.x + chartArea.width <= area.x + area.width &&
          chartArea.y >= area.y &&
          // Whole, or (too tall to read whole) as wide as the box, from the top, to pan down.
          (chartArea.y + chartArea.height <= area.y + area.height ||
            chartArea.width >= 0.9 * area.width);
        return inside ? 'fits' : JSON.stringify({ area, chartArea });
      };
      await expect.poll(fits).toBe('fits');
      // The first question is in view, and its title draws at 12 px or more.
      const [area, step] = await Promise.all([box.boundingBox(), first.boundingBox()]);
      if (!area || !step) throw new Error('not laid out');
      expect(step.y + step.height).toBeLessThanOrEqual(area.y + area.height);
      const fontSize = await first
        .locator('text')
        .first()
        .evaluate((text) => Number.parseFloat(getComputedStyle(text).fontSize));
      expect(fontSize * ((await zoomPercent(page, lang)) / 100)).toBeGreaterThanOrEqual(12);
      await expectCleanRun(opened);
    },
  );

  it('the zoom buttons zoom, and the page never scrolls sideways at 320 px', async () => {
    const opened = await open(flowchartPath(), { width: 320 });
    const { page } = opened;
    await chart(page).waitFor({ state: 'visible' });
    expect(await hasHorizontalScroll(page)).toBe(false);
    await button(page, trainer.flowchart.zoomIn).click();
    await expectZoom(page, 125);
    expect(await hasHorizontalScroll(page)).toBe(false);
    await button(page, trainer.flowchart.fit).click();
    // The whole chart fits the box: well under 100%.
    await expect.poll(() => zoomPercent(page)).toBeLessThan(100);
    expect(await hasHorizontalScroll(page)).toBe(false);
    await expectCleanRun(opened);
  });
});

describe('the flowchart by touch', () => {
  const { open } = useBrowser();

  it.each(['en', 'zh-CN'] as const)(
    'tapping a step opens that step in training mode (%s)',
    async (lang) => {
      const opened = await open(flowchartPath(lang), { touch: true, locale: lang });
      const { page } = opened;
      const label = trainerWords[lang].flowchart.label;
      const box = page.getByRole('group', { name: label, exact: true });
      await box.waitFor({ state: 'visible' });
      await box.getByRole('link', { name: titleOf('triage.others', lang), exact: true }).tap();
      await expectH1(page, titleOf('triage.others', lang));
      await expectParam(page, 'step', 'triage.others');
      await expectTraining(page, null, lang);
      await expectCleanRun(opened);
    },
  );

  it('two fingers pinch to zoom', async () => {
    const opened = await open(flowchartPath(), { touch: true });
    const { page, context } = opened;
    const box = chart(page);
    await box.waitFor({ state: 'visible' });
    await box.scrollIntoViewIfNeeded();
    const area = await box.boundingBox();
    if (!area) throw new Error('no box');
    const centre = { x: area.x + area.width / 2, y: area.y + area.height / 2 };
    const fingers = (spread: number) => [
      { x: centre.x - spread, y: centre.y, id: 1 },
      { x: centre.x + spread, y: centre.y, id: 2 },
    ];
    const cdp = await context.newCDPSession(page);
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: fingers(40) });
    for (const spread of [50, 60, 70, 80]) {
      await cdp.send('Input.dispatchTouchEvent', {
        type: 'touchMove',
        touchPoints: fingers(spread),
      });
    }
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
    // The fingers moved twice as far apart: about twice the size.
    await expect.poll(() => zoomPercent(page)).toBeGreaterThan(150);
    await expectParam(page, 'view', 'flowchart');
    await expectCleanRun(opened);
  });
});
