// Settings: the merchant's provider and terminal numbers, typed once, appear on the support
// screens ready to call and read out; a hotline that is not a phone number is refused.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectStatus, logWords, settingsPath } from './support/log';
import {
  accessibleDescription,
  button,
  expectCleanRun,
  expectH1,
  fill,
  goTo,
  titleOf,
  useBrowser,
  type Lang,
  type StepKey,
} from './support/wizard';

const { settings, provider } = logWords.en;

const details = {
  providerName: 'Acme Pay',
  providerHotline: '+86 400-123 4567',
  terminalSn: 'SN 8200 1234',
  merchantNumber: '898310048990001',
  terminalNumber: '10293847',
};
type Field = keyof typeof details;
const fields = Object.keys(details) as Field[];

const field = (page: Page, name: Field, lang: Lang = 'en') =>
  page.getByRole('textbox', { name: logWords[lang].settings[name], exact: true });

async function fillSettings(page: Page, values: Record<Field, string>): Promise<void> {
  for (const name of fields) await field(page, name).fill(values[name]);
}

async function savedValues(page: Page): Promise<Record<Field, string>> {
  const entries = await Promise.all(
    fields.map(async (name) => [name, await field(page, name).inputValue()] as const),
  );
  return Object.fromEntries(entries) as Record<Field, string>;
}

/** Opens the settings page and waits for the form, filled from storage. */
async function showSettings(page: Page): Promise<void> {
  await goTo(page, settingsPath());
  await expectH1(page, settings.title);
  await field(page, 'providerName').waitFor({ state: 'visible' });
}

/** The "Your provider" card on a support screen, as label → value pairs and the call link. */
async function expectProviderCard(page: Page, step: StepKey, lang: Lang = 'en'): Promise<void> {
  const words = logWords[lang].provider;
  await goTo(page, `/?step=${step}&lang=${lang}`);
  await expectH1(page, titleOf(step, lang));
  const card = page.getByRole('region', { name: words.title, exact: true });
  const call = card.getByRole('link', {
    name: fill(words.call, { name: details.providerName, number: details.providerHotline }),
    exact: true,
  });
  await call.waitFor({ state: 'visible' });
  expect(await call.getAttribute('href')).toBe('tel:+864001234567');
  expect(await card.getByRole('term').allTextContents()).toEqual([
    words.sn,
    words.merchantNumber,
    words.terminalNumber,
  ]);
  expect(await card.getByRole('definition').allTextContents()).toEqual([
    details.terminalSn,
    details.merchantNumber,
    details.terminalNumber,
  ]);
}

describe('settings and the provider card', () => {
  const { open } = useBrowser();

  it('saved details show on "Call your provider" and the escalated outcome: a tel: link and the terminal numbers', async () => {
    const opened = await open(settingsPath());
    const { page } = opened;
    await field(page, 'providerName').waitFor({ state: 'visible' });

    await fillSettings(page, details);
    await button(page, settings.save).click();
    await expectStatus(page, settings.saved);

    await expectProviderCard(page, 'escalate.call');
    await expectProviderCard(page, 'outcome.escalated');
    await expectProviderCard(page, 'outcome.escalated', 'zh-CN');
    await showSettings(page);
    expect(await savedValues(page)).toEqual(details);
    await expectCleanRun(opened);
  });

  it('with no hotline saved, the support screen says so and links to Settings', async () => {
    const opened = await open('/?step=escalate.call&lang=en');
    const { page } = opened;
    const card = page.getByRole('region', { name: provider.title, exact: true });
    await card.getByText(provider.none, { exact: false }).waitFor({ state: 'visible' });
    expect(await card.getByRole('link', { name: /^Call / }).count()).toBe(0);

    await card.getByRole('link', { name: provider.openSettings, exact: true }).click();

    await expectH1(page, settings.title);
    await expectCleanRun(opened);
  });

  it('a hotline of "call me" shows the error summary and the field error, and saves nothing', async () => {
    const opened = await open(settingsPath());
    const { page } = opened;
    await field(page, 'providerName').waitFor({ state: 'visible' });
    await fillSettings(page, details);
    await button(page, settings.save).click();
    await expectStatus(page, settings.saved);

    await field(page, 'providerName').fill('Other Pay');
    await field(page, 'providerHotline').fill('call me');
    await button(page, settings.save).click();

    const summary = page.getByRole('alert');
    await summary.waitFor({ state: 'visible' });
    expect(
      await summary.getByRole('heading', { name: settings.errorSummary, exact: true }).isVisible(),
    ).toBe(true);
    const toField = summary.getByRole('link', { name: settings.hotlineInvalid, exact: true });
    expect(await toField.isVisible()).toBe(true);
    expect(await summary.evaluate((element) => element === document.activeElement)).toBe(true);
    const hotline = field(page, 'providerHotline');
    expect(await hotline.getAttribute('aria-invalid')).toBe('true');
    expect(await accessibleDescription(hotline)).toBe(settings.hotlineInvalid);
    expect(await page.getByRole('status').allTextContents()).not.toContain(settings.saved);

    await toField.click();
    await expect
      .poll(() => hotline.evaluate((element) => element === document.activeElement))
      .toBe(true);

    await showSettings(page);
    expect(await savedValues(page)).toEqual(details);
    expect(await page.getByRole('alert').count()).toBe(0);
    await expectCleanRun(opened);
  });
});
