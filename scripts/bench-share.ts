// Handoff link benchmark: how long the link is that carries a 20-step incident's summary (the
// issue's figure: it must stay short enough for a chat message and a QR code).
// Run on its own (`npx tsx scripts/bench-share.ts`) or import handoffLinkFigures() from bench.ts.
// It runs the app's own modules (src/share/handoff) in Node through Vite, so the figure is the
// real encoder's, not a copy's. Like bench.ts it reports numbers and never fails over them.
import { pathToFileURL } from 'node:url';
import type * as HandoffLink from '../src/share/handoff/handoffLink.ts';
import type * as Summary from '../src/share/handoff/summary.ts';
import type * as Masking from '../src/db/maskCardNumbers.ts';
import type * as Steps from '../src/wizard/steps.ts';
import { withAppModules } from './app-modules.ts';

const STEPS = 20;
/** A typical deployed origin, for the full link's length; the data part does not depend on it. */
const ORIGIN = 'https://e1.example.com/';

export interface HandoffLinkFigures {
  steps: number;
  dataLength: number;
  linkLength: number;
}

type Incident = Parameters<typeof Summary.handoffSummary>[0];

/**
 * Encodes a summary of an incident that tried `steps` checks (E1 never cleared), with terminal
 * details, payment details and a two-line note, as the merchant's phone does.
 */
export async function handoffLinkFigures(steps = STEPS): Promise<HandoffLinkFigures> {
  // The modules' own types: these are the files loaded, so a moved file fails the typecheck.
  return withAppModules(async (load) => {
    const [{ encodeHandoff }, { handoffSummary }, { maskCardNumbers }, { checkSteps, answersOf }] =
      await Promise.all([
        load<typeof HandoffLink>('/src/share/handoff/handoffLink.ts'),
        load<typeof Summary>('/src/share/handoff/summary.ts'),
        load<typeof Masking>('/src/db/maskCardNumbers.ts'),
        load<typeof Steps>('/src/wizard/steps.ts'),
      ]);
    const startedAt = Date.UTC(2026, 2, 12, 2, 0, 0);
    // `steps` checks with an answer each, the tree's checks in turn (a walk with some going back).
    const tried = Array.from({ length: steps }, (_, index) => {
      const check = checkSteps[index % checkSteps.length];
      const last = check && answersOf(check).at(-1);
      if (!check || !last) throw new Error('The tree has no checks, or a check with no answers.');
      return { id: check.id, answer: last.answer };
    });
    const incident: Incident = {
      id: 'bench',
      startedAt,
      updatedAt: startedAt + steps * 41_000,
      endedAt: startedAt + steps * 41_000,
      language: 'zh-CN',
      outcome: 'escalated',
      endedAtStep: null,
      steps: tried.map(({ id, answer }, index) => ({
        step: id,
        shownAt: startedAt + index * 41_000,
        answer,
        answeredAt: startedAt + index * 41_000 + 30_000,
      })),
      note: '顾客的卡刷了两次都是 E1，换了网线也不行。\nCustomer waited 10 minutes, paid by QR code.',
      snapshot: null,
    };
    const terminal = {
      providerName: '',
      providerHotline: '',
      terminalSn: 'SN 8200 1234 5678',
      merchantNumber: '898310048990001',
      terminalNumber: '10293847',
    };
    const payment = { time: '14:05', amount: '¥268.00', reference: '001234 / 123456789012' };
    const summary = handoffSummary(incident, terminal, payment, maskCardNumbers);
    const data = await encodeHandoff(summary);
    const link = new URL(`#handoff=${data}`, ORIGIN).href;
    return {
      steps: summary.steps.length,
      dataLength: data.length,
      linkLength: link.length,
    };
  });
}

/** Prints the section bench.ts expects from a measurement. */
export async function printHandoffLink(): Promise<void> {
  const figures = await handoffLinkFigures();
  console.log(`Handoff link (${figures.steps}-step incident, src/share/handoff)`);
  console.log(`  handoff= data: ${figures.dataLength} characters`);
  console.log(`  whole link at ${ORIGIN}: ${figures.linkLength} characters`);
  console.log(`handoff link (${figures.steps} steps): ${figures.linkLength} characters`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  await printHandoffLink();
}
