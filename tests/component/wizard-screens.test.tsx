import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { App } from '../../src/app/App';
import { loadOpening } from '../../src/app/opening';
import enSteps from '../../content/e1/en.json';
import zhSteps from '../../content/e1/zh-CN.json';
import enUi from '../../content/ui/en.json';

/** Opens the app at `search` as src/app/start.tsx does: its first screen's words loaded first. */
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
  it('puts the first check one tap from the start screen', async () => {
    const user = await openApp('?lang=en');
    expect(heading()).toHaveTextContent(enUi.start.title);
    expect(screen.getByText(enUi.start.lead)).toBeVisible();
    await user.click(screen.getByRole('button', { name: enUi.start.begin }));
    expect(heading()).toHaveTextContent(enSteps['network.signal'].title);
    expect(window.location.search).toBe('?step=network.signal&lang=en');
  });

  it('shows one question with a drawing, the stage, the retry warning and two answers', async () => {
    await openApp('?step=network.signal&lang=en');
    expect(screen.getByRole('img', { name: enUi.drawings.signalBars })).toBeInTheDocument();
    expect(screen.getByText('Stage 1 of 7: Network')).toBeInTheDocument();
    expect(screen.getByText(enUi.retryWarning)).toBeVisible();
    expect(screen.getByRole('button', { name: enUi.answers.fixed })).toBeVisible();
    expect(screen.getByRole('button', { name: enUi.answers.still })).toBeVisible();
    expect(screen.queryByRole('textbox')).not.toBeInTheDocument();
  });

  it('names the check that fixed E1 on the outcome', async () => {
    const user = await openApp('?step=card.wipe&lang=en');
    await user.click(screen.getByRole('button', { name: enUi.answers.fixed }));
    expect(heading()).toHaveTextContent(enSteps['outcome.fixed'].title);
    expect(screen.getByText(`Fixed by: ${enSteps['card.wipe'].title}`)).toBeVisible();
    expect(window.location.search).toBe('?step=outcome.fixed&at=card.wipe&lang=en');
  });

  it('offers the question’s own answers, the likely one first', async () => {
    const user = await openApp('?step=card.other&lang=en');
    const answers = screen
      .getAllByRole('button')
      .filter((button) =>
        [enSteps['card.other'].yes, enSteps['card.other'].no].includes(button.textContent ?? ''),
      );
    expect(answers.map((button) => button.textContent)).toEqual([
      enSteps['card.other'].yes,
      enSteps['card.other'].no,
    ]);
    await user.click(screen.getByRole('button', { name: enSteps['card.other'].yes }));
    expect(heading()).toHaveTextContent(enSteps['outcome.card-problem'].title);
  });

  it('shows what to have ready when the case goes to the provider', async () => {
    await openApp('?step=outcome.escalated&lang=en');
    const checklist = screen.getByRole('list', { name: enUi.outcome.checklistTitle });
    const items = within(checklist).getAllByRole('listitem');
    expect(items.map((item) => item.textContent)).toEqual(enSteps['outcome.escalated'].checklist);
  });

  it('goes back a step and marks the earlier answer', async () => {
    const user = await openApp('?lang=en');
    await user.click(screen.getByRole('button', { name: enUi.start.begin }));
    await user.click(screen.getByRole('button', { name: enUi.answers.still }));
    await user.click(screen.getByRole('button', { name: enUi.nav.back }));
    expect(heading()).toHaveTextContent(enSteps['network.signal'].title);
    expect(screen.getByRole('button', { name: enUi.answers.still })).toHaveAccessibleDescription(
      enUi.earlierAnswer,
    );
    expect(
      screen.getByRole('button', { name: enUi.answers.fixed }),
    ).not.toHaveAccessibleDescription();
  });

  it('jumps to a stage from the list', async () => {
    const user = await openApp('?step=network.signal&lang=en');
    await user.click(screen.getByText(enUi.nav.jump));
    const stages = screen.getByRole('navigation', { name: enUi.nav.stagesLabel });
    await user.click(within(stages).getByRole('button', { name: enUi.stages.config }));
    expect(heading()).toHaveTextContent(enSteps['config.datetime'].title);
    expect(screen.getByText('Stage 5 of 7: Settings')).toBeInTheDocument();
  });

  it('ends early as abandoned, naming where', async () => {
    const user = await openApp('?step=hardware.reader&lang=en');
    await user.click(screen.getByRole('button', { name: enUi.nav.abandon }));
    expect(heading()).toHaveTextContent(enSteps['outcome.abandoned'].title);
    expect(screen.getByText(`Stopped at: ${enSteps['hardware.reader'].title}`)).toBeVisible();
  });

  it('switches language in place and sets <html lang>', async () => {
    const user = await openApp('?step=card.wipe&lang=en');
    await user.click(screen.getByRole('button', { name: '中文' }));
    await waitFor(() => expect(heading()).toHaveTextContent(zhSteps['card.wipe'].title));
    expect(document.documentElement.lang).toBe('zh-CN');
    expect(window.location.search).toBe('?step=card.wipe&lang=zh-CN');
    await user.click(screen.getByRole('button', { name: 'English' }));
    await waitFor(() => expect(document.documentElement.lang).toBe('en'));
  });

  it('says so when a link names no step, and shows the start screen', async () => {
    await openApp('?step=%3Cb%3Ebold%3C%2Fb%3E&lang=en');
    expect(screen.getByRole('alert')).toHaveTextContent(enUi.alerts.unknownStep);
    expect(heading()).toHaveTextContent(enUi.start.title);
    expect(document.querySelector('b')).toBeNull();
    expect(window.location.search).toBe('?lang=en');
  });

  it('says so when a link names an unknown language, and uses the device’s', async () => {
    await openApp('?step=card.wipe&lang=xx');
    expect(screen.getByRole('alert')).toHaveTextContent(enUi.alerts.unknownLanguage);
    expect(heading()).toHaveTextContent(enSteps['card.wipe'].title);
  });
});
