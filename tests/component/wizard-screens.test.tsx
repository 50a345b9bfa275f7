import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { App } from '../../src/app/App';
import { loadOpening } from '../../src/app/opening';
import enSteps from '../../content/e1/en.json';
import zhSteps from '../../content/e1/zh-CN.json';
import enUi from '../../content/ui/en.json';

/** Opens the app at `search` as src/app/main.tsx does: its first screen's words loaded first. */
async function openApp(search: string) {
  window.history.replaceState(null, '', `/${search}`);
  const user = userEvent.setup();
  render(<App opening={await loadOpening()} />);
  return user;
}

const heading = () => screen.getByRole('heading', { level: 1 });

beforeEach(() => localStorage.clear());
afterEach(() => window.history.replaceState(null, '', '/'));

describe('the counter wizard on screen', () => {
  it('puts the first question one tap from the start screen', async () => {
    const user = await openApp('?lang=en');
    expect(heading()).toHaveTextContent(enUi.start.title);
    expect(screen.getByText(enUi.start.lead)).toBeVisible();
    await user.click(screen.getByRole('button', { name: enUi.start.begin }));
    expect(heading()).toHaveTextContent(enSteps['triage.others'].title);
    expect(window.location.search).toBe('?step=triage.others&lang=en');
  });

  it('shows one question with a drawing, the stage and its own answers, no retry warning', async () => {
    await openApp('?step=network.signal&lang=en');
    expect(screen.getByRole('img', { name: enUi.drawings.signalBars })).toBeInTheDocument();
    expect(screen.getByText('Stage 3 of 9: Network')).toBeInTheDocument();
    expect(screen.queryByText(enUi.retryWarning)).not.toBeInTheDocument();
    for (const label of Object.values(enSteps['network.signal'].answers)) {
      expect(screen.getByRole('button', { name: label })).toBeVisible();
    }
    expect(screen.queryByRole('textbox')).not.toBeInTheDocument();
  });

  it('tests a fix with a sign-in and warns about a retry only where a payment is tried', async () => {
    const user = await openApp('?step=network.reconnect&lang=en');
    expect(screen.getByText(enUi.signinNote)).toBeVisible();
    expect(screen.queryByText(enUi.retryWarning)).not.toBeInTheDocument();
    await user.click(
      screen.getByRole('button', { name: enSteps['network.reconnect'].answers.works }),
    );
    expect(heading()).toHaveTextContent(enSteps['payment.charged'].title);
    await user.click(
      screen.getByRole('button', { name: enSteps['payment.charged'].answers.notCharged }),
    );
    const fixed = enSteps['outcome.fixed'].paths.notCharged;
    expect(heading()).toHaveTextContent(fixed.title);
    expect(screen.getByText(`Fixed by: ${enSteps['network.reconnect'].title}`)).toBeVisible();
    expect(screen.getByText(fixed.tell)).toBeVisible();
    expect(window.location.search).toBe('?step=outcome.fixed&at=network.reconnect&lang=en');
  });

  it('asks whether the customer was charged before a payment opened by a link', async () => {
    const user = await openApp('?step=card.other&lang=en');
    expect(heading()).toHaveTextContent(enSteps['payment.charged'].title);
    await user.click(
      screen.getByRole('button', { name: enSteps['payment.charged'].answers.notCharged }),
    );
    expect(heading()).toHaveTextContent(enSteps['card.other'].title);
    expect(screen.getByText(enUi.retryWarning)).toBeVisible();
    const labels = enSteps['card.other'].answers;
    const answers = screen
      .getAllByRole('button')
      .filter((button) => Object.values(labels).includes(button.textContent ?? ''));
    expect(answers.map((button) => button.textContent)).toEqual([
      labels.otherPaid,
      labels.otherFails,
      labels.noOther,
    ]);
    await user.click(screen.getByRole('button', { name: labels.otherPaid }));
    expect(heading()).toHaveTextContent(enSteps['outcome.card-problem'].paths.otherPaid.title);
  });

  it('opens the charged question from a check and comes back to it', async () => {
    const user = await openApp('?step=hardware.selftest&lang=en');
    await user.click(screen.getByRole('button', { name: enUi.nav.charged }));
    expect(heading()).toHaveTextContent(enSteps['payment.charged'].title);
    await user.click(
      screen.getByRole('button', { name: enSteps['payment.charged'].answers.notCharged }),
    );
    expect(heading()).toHaveTextContent(enSteps['hardware.selftest'].title);
  });

  it('shows what to have ready for the call to the provider', async () => {
    await openApp('?step=escalate.call&lang=en');
    const checklist = screen.getByRole('list', { name: enUi.outcome.checklistTitle });
    const items = within(checklist).getAllByRole('listitem');
    expect(items.map((item) => item.textContent)).toEqual(enSteps['escalate.call'].checklist);
  });

  it('goes back a step and marks the earlier answer', async () => {
    const user = await openApp('?lang=en');
    const answers = enSteps['triage.others'].answers;
    await user.click(screen.getByRole('button', { name: enUi.start.begin }));
    await user.click(screen.getByRole('button', { name: answers.onlyHere }));
    await user.click(screen.getByRole('button', { name: enUi.nav.back }));
    expect(heading()).toHaveTextContent(enSteps['triage.others'].title);
    expect(screen.getByRole('button', { name: answers.onlyHere })).toHaveAccessibleDescription(
      enUi.earlierAnswer,
    );
    expect(
      screen.getByRole('button', { name: answers.othersFail }),
    ).not.toHaveAccessibleDescription();
  });

  it('jumps to a stage from the list', async () => {
    const user = await openApp('?step=network.signal&lang=en');
    await user.click(screen.getByText(enUi.nav.jump));
    const stages = screen.getByRole('navigation', { name: enUi.nav.stagesLabel });
    await user.click(within(stages).getByRole('button', { name: enUi.stages.config }));
    expect(heading()).toHaveTextContent(enSteps['config.datetime'].title);
    expect(screen.getByText('Stage 7 of 9: Configuration')).toBeInTheDocument();
  });

  it('ends early as abandoned, naming where', async () => {
    const user = await openApp('?step=hardware.reader&lang=en');
    await user.click(screen.getByRole('button', { name: enUi.nav.abandon }));
    expect(heading()).toHaveTextContent(enSteps['outcome.abandoned'].title);
    expect(screen.getByText(`Stopped at: ${enSteps['hardware.reader'].title}`)).toBeVisible();
  });

  it('switches language in place and sets <html lang>', async () => {
    const user = await openApp('?step=card.other&lang=en');
    await user.click(screen.getByRole('button', { name: '中文' }));
    await waitFor(() => expect(heading()).toHaveTextContent(zhSteps['payment.charged'].title));
    expect(document.documentElement.lang).toBe('zh-CN');
    expect(window.location.search).toBe('?step=payment.charged&lang=zh-CN');
    await user.click(screen.getByRole('button', { name: 'English' }));
    await waitFor(() => expect(document.documentElement.lang).toBe('en'));
  });

  it('says so when a link names no step, and shows the start screen', async () => {
    await openApp('?step=%3Cb%3Ebold%3C%2Fb%3E&lang=en');
    expect(screen.getByRole('alert')).toHaveTextContent(enUi.alerts.unknownStep);
    expect(heading()).toHaveTextContent(enUi.start.title);
    expect(document.body.innerHTML).not.toContain('<b>');
    expect(window.location.search).toBe('?lang=en');
  });

  it('says so when a link names an unknown language, and uses the device’s', async () => {
    await openApp('?step=network.host&lang=xx');
    expect(screen.getByRole('alert')).toHaveTextContent(enUi.alerts.unknownLanguage);
    expect(heading()).toHaveTextContent(enSteps['network.host'].title);
  });
});
