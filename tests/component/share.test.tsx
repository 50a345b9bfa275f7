// The support agent's side on screen, found by role and name: share a step, the step index, the
// summary for support, and a handoff link opened read-only (or refused).
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Suspense } from 'react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import enSteps from '../../content/e1/en.json';
import zhSteps from '../../content/e1/zh-CN.json';
import enShare from '../../content/share/en.json';
import zhShare from '../../content/share/zh-CN.json';
import enUi from '../../content/ui/en.json';
import { App } from '../../src/app/App';
import { loadOpening } from '../../src/app/opening';
import { createI18n, firstScreenNamespaces, I18nProvider } from '../../src/i18n';
import { maskCardNumbers } from '../../src/db';
import { encodeHandoff } from '../../src/share/handoff/handoffLink';
import HandoffPanel from '../../src/share/handoff/HandoffPanel';
import { handoffSummary, noPaymentDetails } from '../../src/share/handoff/summary';
import { stepIndex } from '../../src/share/stepIndex';
import { answerLabel } from '../../src/wizard';
import { cardDigits, cardNumber, savedTerminal, walkedIncident } from '../fixtures/handoff';

/** Opens the app at `search` as src/app/main.tsx does: its first screen's words loaded first. */
async function openApp(search: string) {
  window.history.replaceState(null, '', `/${search}`);
  const user = userEvent.setup();
  render(<App opening={await loadOpening()} />);
  return user;
}

const origin = () => window.location.origin;
/** Lazy screens and their words load on first use; the machine may be busy. */
const lazyLoad = { timeout: 5_000 };

beforeEach(() => localStorage.clear());
afterEach(() => window.history.replaceState(null, '', '/'));

describe('share this step', () => {
  it('copies the step’s link, says so, and shows it as text and as a QR code', async () => {
    const user = await openApp('?step=hardware.reader&lang=en');
    await user.click(
      await screen.findByRole('button', { name: enShare.shareStep.button }, lazyLoad),
    );

    const link = `${origin()}/?step=hardware.reader`;
    expect(await navigator.clipboard.readText()).toBe(link);
    expect(screen.getAllByRole('status').map((status) => status.textContent)).toContain(
      enShare.shareStep.copied,
    );
    expect(screen.getByText(link)).toBeVisible();
    expect(await screen.findByRole('img', { name: enShare.shareStep.qr })).toBeInTheDocument();
  });

  it('is on every check screen and on no outcome', async () => {
    await openApp('?step=outcome.fixed&lang=en');
    expect(await screen.findByRole('heading', { level: 1 })).toHaveTextContent(
      enSteps['outcome.fixed'].title,
    );
    expect(screen.queryByRole('button', { name: enShare.shareStep.button })).toBeNull();
  });
});

describe('the step index', () => {
  it('is linked from the start screen', async () => {
    const user = await openApp('?lang=en');
    await user.click(screen.getByRole('link', { name: enUi.share.stepIndex }));
    expect(await screen.findByRole('heading', { level: 1 })).toHaveTextContent(
      enShare.stepIndex.title,
    );
    expect(window.location.search).toBe('?view=steps&lang=en');
  });

  it('lists every step with its id and both titles, each with a copy-link button', async () => {
    const user = await openApp('?view=steps&lang=en');
    const list = await screen.findByRole('region', { name: enShare.stepIndex.listLabel }, lazyLoad);
    const items = within(list).getAllByRole('listitem');
    const entries = stepIndex();
    expect(items).toHaveLength(entries.length);
    for (const [index, entry] of entries.entries()) {
      const item = within(items[index] as HTMLElement);
      expect(item.getByText(entry.id, { selector: 'code' })).toBeVisible();
      expect(item.getByText(entry.en)).toHaveAttribute('lang', 'en');
      expect(item.getByText(entry.zh)).toHaveAttribute('lang', 'zh-CN');
    }
    await user.click(screen.getByRole('button', { name: `${enShare.stepIndex.copy} pin.reenter` }));
    expect(await navigator.clipboard.readText()).toBe(`${origin()}/?step=pin.reenter`);
    const pinIndex = entries.findIndex((entry) => entry.id === 'pin.reenter');
    const pinItem = within(items[pinIndex] as HTMLElement);
    expect(pinItem.getByRole('status')).toHaveTextContent(enShare.stepIndex.copied);
  });

  it('marks itself as the current section in the page bar', async () => {
    await openApp('?view=steps&lang=en');
    const sections = await screen.findByRole('navigation', { name: enUi.menu.label });
    expect(within(sections).getByRole('link', { name: enUi.share.stepIndex })).toHaveAttribute(
      'aria-current',
      'page',
    );
  });
});

describe('a handoff link opened on the agent’s phone', () => {
  it('shows the summary read-only, in the agent’s language', async () => {
    const summary = handoffSummary(
      walkedIncident(21),
      savedTerminal,
      { time: '10:02', amount: '88.00', reference: '001234' },
      maskCardNumbers,
    );
    await openApp(`?handoff=${await encodeHandoff(summary)}&lang=zh-CN`);
    const steps = await screen.findByRole('list', { name: zhShare.summary.steps }, lazyLoad);
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(zhShare.screen.title);
    const lines = within(steps)
      .getAllByRole('listitem')
      .map((item) => item.textContent);
    // The record goes round the checks twice over: the summary lists the walk as it finally went.
    expect(lines).toHaveLength(summary.steps.length);
    expect(summary.steps.length).toBeLessThan(21);
    const first = summary.steps[0];
    if (!first?.answer) throw new Error('no first answer');
    expect(lines[0]).toContain(zhSteps[first.step].title);
    expect(lines[0]).toContain(answerLabel(zhSteps, first.step, first.answer));
    expect(screen.getByText(zhShare.outcomes.escalated)).toBeVisible();
    expect(screen.getByText(savedTerminal.merchantNumber)).toBeVisible();
    expect(screen.getByText(/4111 11\*\* \*\*\*\* 1111/)).toBeVisible();
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.queryByRole('textbox')).toBeNull();
  });

  it.each([
    ['damaged', '1.AAAAAAAAAAAAAAAAAAAA'],
    ['unknownVersion', '7.AAAAAAAAAAAAAAAAAAAA'],
    ['tooLarge', `1.${'A'.repeat(9_000)}`],
  ] as const)('refuses a %s link with a clear message and nothing else', async (problem, data) => {
    await openApp(`?handoff=${data}&lang=en`);
    expect(await screen.findByRole('alert', {}, lazyLoad)).toHaveTextContent(
      enShare.screen.problems[problem],
    );
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(
      enShare.screen.refusedTitle,
    );
    expect(screen.queryByRole('list', { name: enShare.summary.steps })).toBeNull();
    expect(screen.queryByText(data)).toBeNull();
  });

  it('never echoes the link’s data as markup', async () => {
    await openApp(`?handoff=${encodeURIComponent('1.<img src=x onerror=alert(1)>')}&lang=en`);
    expect(await screen.findByRole('alert', {}, lazyLoad)).toHaveTextContent(
      enShare.screen.problems.damaged,
    );
    expect(screen.queryByRole('img')).toBeNull();
  });
});

describe('the summary for support', () => {
  async function openPanel() {
    const i18n = createI18n('en');
    await i18n.loadNamespaces([...firstScreenNamespaces, 'share']);
    const user = userEvent.setup();
    render(
      <I18nProvider i18n={i18n}>
        <Suspense fallback={null}>
          <HandoffPanel incident={walkedIncident(21)} terminal={savedTerminal} />
        </Suspense>
      </I18nProvider>,
    );
    return user;
  }

  it('opens on request, takes the payment details, and masks a card number typed there', async () => {
    const user = await openPanel();
    const open = screen.getByRole('button', { name: enShare.handoff.open });
    expect(open).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByRole('textbox', { name: enShare.handoff.amount })).toBeNull();
    await user.click(open);
    expect(open).toHaveAttribute('aria-expanded', 'true');

    await user.type(screen.getByRole('textbox', { name: enShare.handoff.amount }), '88.00');
    await user.type(
      screen.getByRole('textbox', { name: enShare.handoff.reference }),
      `001234 ${cardNumber}`,
    );
    const text = screen.getByRole('textbox', { name: enShare.handoff.text });
    const maskedReference = maskCardNumbers(`001234 ${cardNumber}`);
    expect(maskedReference).not.toContain(cardNumber);
    await expect.poll(() => (text as HTMLTextAreaElement).value).toContain(maskedReference);
    const value = (text as HTMLTextAreaElement).value;
    expect(value).toContain('88.00');
    expect(value).toContain(enSteps['escalate.call'].title);
    expect(value.replace(/\D/g, '')).not.toContain(cardDigits);
    expect(value).toMatch(/\/#handoff=2\.[\w-]+$/);
  });

  it('copies the summary with its link, or the link alone, and says so', async () => {
    const user = await openPanel();
    await user.click(screen.getByRole('button', { name: enShare.handoff.open }));
    const copy = screen.getByRole('button', { name: enShare.handoff.copyText });
    await expect.poll(() => copy.hasAttribute('disabled')).toBe(false);

    await user.click(copy);
    const copied = await navigator.clipboard.readText();
    expect(copied.split('\n')[0]).toBe(enShare.summary.title);
    expect(copied).toMatch(/\/#handoff=2\.[\w-]+$/);
    expect(screen.getByRole('status')).toHaveTextContent(enShare.handoff.textCopied);

    await user.click(screen.getByRole('button', { name: enShare.handoff.copyLink }));
    const link = await navigator.clipboard.readText();
    expect(link).toMatch(new RegExp(`^${origin()}/#handoff=2\\.[\\w-]+$`));
    expect(copied.endsWith(link)).toBe(true);
    expect(screen.getByRole('status')).toHaveTextContent(enShare.handoff.linkCopied);
  });

  it('makes a link that opens the same summary', async () => {
    const summary = handoffSummary(
      walkedIncident(21),
      savedTerminal,
      noPaymentDetails,
      maskCardNumbers,
    );
    const user = await openPanel();
    await user.click(screen.getByRole('button', { name: enShare.handoff.open }));
    const copyLink = await screen.findByRole('button', { name: enShare.handoff.copyLink });
    await user.click(copyLink);
    const link = new URL(await navigator.clipboard.readText());
    expect(link.search).toBe('');
    expect(new URLSearchParams(link.hash.slice(1)).get('handoff')).toBe(
      await encodeHandoff(summary),
    );
  });
});
