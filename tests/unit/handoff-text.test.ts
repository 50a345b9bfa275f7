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
  type Language,
} from '../../src/i18n';
import { maskCardNumbers } from '../../src/incidents/maskCardNumbers';
import { handoffSummary, noPaymentDetails } from '../../src/share/handoff/summary';
import { summaryText } from '../../src/share/handoff/summaryText';
import { answerLabel } from '../../src/wizard';
import {
  cardDigits,
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

function fullSummary() {
  return handoffSummary(
    walkedIncident(21),
    savedTerminal,
    { time: '10:02', amount: '88.00', reference: `trace 001234 / card ${cardNumber}` },
    maskCardNumbers,
  );
}

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
    expect(summary.steps).toHaveLength(21);
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
    expect(text).not.toContain(words.summary.note);
  });
});
