// The summary as text, the form that is pasted into WeChat, SMS or e-mail: in the language on
// screen, every step tried with its answer, the terminal details, and never a card number.
import { describe, expect, it } from 'vitest';
import enShare from '../../content/share/en.json';
import zhShare from '../../content/share/zh-CN.json';
import {
  createI18n,
  firstScreenNamespaces,
  languages,
  stepWords,
  uiWords,
  type Language,
} from '../../src/i18n';
import { maskCardNumbers } from '../../src/db';
import {
  handoffSummary,
  noPaymentDetails,
  type HandoffSummary,
} from '../../src/share/handoff/summary';
import { summaryText, utcOffsetLabel } from '../../src/share/handoff/summaryText';
import { answerLabel } from '../../src/wizard';
import {
  cardDigits,
  changedAndJumpedIncident,
  cardNumber,
  cardLikeMerchantNumber,
  savedTerminal,
  walkedIncident,
} from '../fixtures/handoff';

const shareWords = { en: enShare, 'zh-CN': zhShare } as const;

async function textIn(language: Language, summary = fullSummary()) {
  const i18n = createI18n(language);
  await i18n.loadNamespaces([...firstScreenNamespaces, 'share']);
  return summaryText(summary, i18n.getFixedT(language, 'share'), language);
}

const shanghai = { offsetMinutes: 480, name: 'Asia/Shanghai' };

function fullSummary() {
  return handoffSummary(
    walkedIncident(10),
    savedTerminal,
    { time: '10:02', amount: '88.00', reference: `trace 001234 / card ${cardNumber}` },
    maskCardNumbers,
    shanghai,
  );
}

/** `{{name}}` placeholders filled the way i18next does. */
const fill = (template: string, values: Record<string, string>) =>
  template.replace(/\{\{(\w+)\}\}/g, (_, name: string) => values[name] ?? '');

describe.each(languages)('the text summary in %s', (language) => {
  const words = shareWords[language];

  it('lists every step tried, in order, with its answer', async () => {
    const text = await textIn(language);
    const summary = fullSummary();
    const lines = text.split('\n');
    let from = 0;
    for (const entry of summary.steps) {
      const title = stepWords[language][entry.step].title;
      const answer = entry.answer
        ? answerLabel(stepWords[language], entry.step, entry.answer)
        : words.answers.none;
      const index = lines.findIndex(
        (line, at) => at >= from && line.includes(title) && line.endsWith(answer),
      );
      expect(index, `${entry.step} after line ${from}`).toBeGreaterThanOrEqual(from);
      from = index + 1;
    }
    expect(summary.steps).toHaveLength(10);
    expect(text).toContain(answerLabel(stepWords[language], 'escalate.call', 'fails'));
  });

  it('names the outcome, where it ended and the terminal details', async () => {
    const text = await textIn(language);
    expect(text.split('\n')[0]).toBe(words.summary.title);
    expect(text).toContain(words.outcomes.escalated);
    expect(text).toContain(stepWords[language]['escalate.call'].title);
    for (const value of [
      savedTerminal.terminalSn,
      savedTerminal.merchantNumber,
      savedTerminal.terminalNumber,
      '88.00',
      'trace 001234',
    ]) {
      expect(text).toContain(value);
    }
    // The hotline stays out: the agent is the hotline.
    expect(text).not.toContain(savedTerminal.providerHotline);
  });

  it('holds no unmasked card number, from the note or the payment details', async () => {
    const text = await textIn(language);
    expect(text.replace(/\D/g, '')).not.toContain(cardDigits);
    expect(maskCardNumbers(text)).toBe(text);
    expect(text).toContain('4111 11** **** 1111');
  });

  it('gives a card-like merchant number as typed while card numbers elsewhere stay masked', async () => {
    const summary = handoffSummary(
      walkedIncident(21),
      { ...savedTerminal, merchantNumber: cardLikeMerchantNumber },
      { time: '10:02', amount: '88.00', reference: cardNumber },
      maskCardNumbers,
    );
    const text = await textIn(language, summary);
    expect(text).toContain(cardLikeMerchantNumber);
    expect(text.replace(/\D/g, '')).not.toContain(cardDigits);
    expect(text.split('4111 11** **** 1111')).toHaveLength(3);
  });

  it('says a changed answer once, as changed, and a jump with the stages it skipped', async () => {
    const summary = handoffSummary(
      changedAndJumpedIncident(),
      savedTerminal,
      noPaymentDetails,
      maskCardNumbers,
      shanghai,
    );
    const lines = (await textIn(language, summary)).split('\n');
    const steps = stepWords[language];
    const cardTitle = steps['triage.card'].title;
    const changed = fill(words.summary.changed, {
      answer: answerLabel(steps, 'triage.card', 'onlyThisCard'),
      earlier: answerLabel(steps, 'triage.card', 'everyCard'),
    });
    const cardLines = lines.filter((line) => line.includes(cardTitle));
    expect(cardLines).toHaveLength(1);
    const wanted = fill(words.summary.step, { time: '', title: cardTitle, answer: changed }).trim();
    expect(cardLines[0]?.startsWith('2. ')).toBe(true);
    expect(cardLines[0]?.endsWith(wanted)).toBe(true);
    // The network check gone back over is not in it at all.
    expect(lines.join('\n')).not.toContain(steps['network.signal'].title);
    const jump = fill(words.summary.jumpedSkipping, {
      stage: uiWords[language].stages.config,
      skipped: uiWords[language].stages.hardware,
    });
    const jumpAt = lines.indexOf(`→ ${jump}`);
    expect(jumpAt).toBeGreaterThan(0);
    expect(lines[jumpAt + 1]).toContain(steps['config.datetime'].title);
  });

  it('a walk a link opened says where it started and what it skipped', async () => {
    const incident = changedAndJumpedIncident();
    const summary = handoffSummary(
      { ...incident, steps: incident.steps.slice(6) },
      savedTerminal,
      noPaymentDetails,
      maskCardNumbers,
      shanghai,
    );
    const text = await textIn(language, summary);
    const stages = uiWords[language].stages;
    const skipped = [stages.triage, stages.network, stages.card, stages.pin, stages.hardware];
    const separator = words.summary.listSeparator;
    expect(text).toContain(
      `→ ${fill(words.summary.startedAtSkipping, { stage: stages.config, skipped: skipped.join(separator) })}`,
    );
  });

  it('gives every time on the merchant’s clock and says whose it is, beside the payment time typed', async () => {
    // 02:00 UTC is 10:00 in Shanghai.
    const summary: HandoffSummary = fullSummary();
    const text = await textIn(language, summary);
    const line = (label: string, value: string) => fill(words.summary.line, { label, value });
    expect(text).toContain(
      line(
        words.summary.timeZone,
        fill(words.summary.zoneNamed, { offset: 'UTC+8', name: 'Asia/Shanghai' }),
      ),
    );
    expect(text).toContain(
      line(
        words.summary.paymentTime,
        fill(words.summary.merchantClock, { time: '10:02', offset: 'UTC+8' }),
      ),
    );
    const started = text.split('\n').find((entry) => entry.startsWith(`${words.summary.started}`));
    expect(started).toMatch(/10:00.*UTC\+8$/);
    // The first step, 123 ms after the start, on the same clock.
    expect(text).toMatch(/\n1\. 10:00:00 /);
  });

  it('a summary from a version-1 link says its time zone is unknown and assumes none', async () => {
    const summary: HandoffSummary = { ...fullSummary(), timeZone: null };
    const text = await textIn(language, summary);
    const line = (label: string, value: string) => fill(words.summary.line, { label, value });
    expect(text).toContain(line(words.summary.timeZone, words.summary.zoneUnknown));
    expect(text).toContain(
      line(words.summary.paymentTime, fill(words.summary.merchantClockUnknown, { time: '10:02' })),
    );
    expect(text).not.toContain('UTC');
  });

  it('says what was not given instead of leaving a blank', async () => {
    const summary = handoffSummary(
      { ...walkedIncident(0), note: '' },
      { ...savedTerminal, terminalSn: '', merchantNumber: '', terminalNumber: '' },
      noPaymentDetails,
      maskCardNumbers,
    );
    const text = await textIn(language, summary);
    expect(text).toContain(words.summary.noSteps);
    expect(text.split(words.summary.notGiven)).toHaveLength(7);
    expect(text).not.toContain('undefined');
    expect(text).not.toContain(words.summary.note);
  });
});

describe('the UTC offset, as the summary writes it', () => {
  it.each([
    [480, 'UTC+8'],
    [330, 'UTC+5:30'],
    [-210, 'UTC-3:30'],
    [-300, 'UTC-5'],
    [0, 'UTC'],
    [345, 'UTC+5:45'],
  ])('%i minutes east of UTC is %s', (minutes, label) => {
    expect(utcOffsetLabel(minutes)).toBe(label);
  });
});
