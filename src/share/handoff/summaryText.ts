// The summary's two renderings share these words: labelled facts, then the steps tried. The text
// is for pasting into WeChat, SMS or e-mail, in the language on screen when it was made.
import { formatDateTime, stepWords, type Language, type TFunction } from '../../i18n';
import { answerLabel } from '../../wizard';
import type { HandoffStep, HandoffSummary } from './summary';

export type ShareT = TFunction<'share'>;

/** The summary's facts as [label, value] pairs, in reading order. */
export function summaryFacts(
  summary: HandoffSummary,
  t: ShareT,
  language: Language,
): [label: string, value: string][] {
  const given = (value: string) => value || t('summary.notGiven');
  const { terminal, payment } = summary;
  return [
    [t('summary.outcome'), t(`outcomes.${summary.outcome}`)],
    ...(summary.code ? [[t('summary.code'), summary.code] as [string, string]] : []),
    ...(summary.endedAtStep
      ? [
          [
            t(summary.outcome === 'open' ? 'summary.lastStep' : 'summary.endedAt'),
            stepWords[language][summary.endedAtStep].title,
          ] as [string, string],
        ]
      : []),
    [t('summary.started'), formatDateTime(summary.startedAt, language)],
    [
      t('summary.ended'),
      summary.endedAt === null ? t('summary.stillOpen') : formatDateTime(summary.endedAt, language),
    ],
    [t('summary.sn'), given(terminal.sn)],
    [t('summary.merchantNumber'), given(terminal.merchantNumber)],
    [t('summary.terminalNumber'), given(terminal.terminalNumber)],
    [t('summary.paymentTime'), given(payment.time)],
    [t('summary.amount'), given(payment.amount)],
    [t('summary.reference'), given(payment.reference)],
  ];
}

export function stepTime(at: number, language: Language): string {
  return new Intl.DateTimeFormat(language, { timeStyle: 'medium' }).format(at);
}

/** One step tried: its title and the answer given there. */
export function stepLine(entry: HandoffStep, t: ShareT, language: Language) {
  return {
    time: stepTime(entry.at, language),
    title: stepWords[language][entry.step].title,
    answer: entry.answer
      ? answerLabel(stepWords[language], entry.step, entry.answer)
      : t('answers.none'),
  };
}

/** The summary as plain text, one fact or step per line. */
export function summaryText(summary: HandoffSummary, t: ShareT, language: Language): string {
  const line = (label: string, value: string) => t('summary.line', { label, value });
  const steps = summary.steps.map(
    (entry, index) => `${index + 1}. ${t('summary.step', stepLine(entry, t, language))}`,
  );
  return [
    t('summary.title'),
    ...summaryFacts(summary, t, language).map(([label, value]) => line(label, value)),
    '',
    t('summary.steps'),
    ...(steps.length > 0 ? steps : [t('summary.noSteps')]),
    ...(summary.note ? ['', line(t('summary.note'), summary.note)] : []),
  ].join('\n');
}
