// The summary's two renderings share these words: labelled facts, then the steps tried. The text
// is for pasting into WeChat, SMS or e-mail, in the language on screen when it was made. Every
// time is on the merchant's clock, and says so: the agent may be in another time zone.
import { stepWords, uiWords, type Language, type TFunction } from '../../i18n';
import { answerLabel } from '../../wizard';
import type { HandoffStep, HandoffSummary, MerchantTimeZone } from './summary';

export type ShareT = TFunction<'share'>;

/** "UTC+8", "UTC+5:30", "UTC-3:30", "UTC". */
export function utcOffsetLabel(offsetMinutes: number): string {
  if (offsetMinutes === 0) return 'UTC';
  const sign = offsetMinutes > 0 ? '+' : '-';
  const hours = Math.floor(Math.abs(offsetMinutes) / 60);
  const minutes = Math.abs(offsetMinutes) % 60;
  return `UTC${sign}${hours}${minutes ? `:${String(minutes).padStart(2, '0')}` : ''}`;
}

/**
 * `at` as the clock in `zone` read it (the offset at the incident's start, so a clock change
 * mid-incident is not followed); without a zone, as this device's clock reads it.
 */
function clockTime(
  at: number,
  language: Language,
  zone: MerchantTimeZone | null,
  style: Pick<Intl.DateTimeFormatOptions, 'dateStyle' | 'timeStyle'>,
): string {
  if (!zone) return new Intl.DateTimeFormat(language, style).format(at);
  return new Intl.DateTimeFormat(language, { ...style, timeZone: 'UTC' }).format(
    at + zone.offsetMinutes * 60_000,
  );
}

/** A date and time in the summary, with whose clock it is when that is known. */
function dateTime(at: number, language: Language, zone: MerchantTimeZone | null): string {
  const time = clockTime(at, language, zone, { dateStyle: 'medium', timeStyle: 'short' });
  return zone ? `${time} ${utcOffsetLabel(zone.offsetMinutes)}` : time;
}

/** The merchant's time zone as a fact: "UTC+8 (Asia/Shanghai)", or that the link does not say. */
function zoneFact(zone: MerchantTimeZone | null, t: ShareT): string {
  if (!zone) return t('summary.zoneUnknown');
  const offset = utcOffsetLabel(zone.offsetMinutes);
  return zone.name
    ? t('summary.zoneNamed', { offset, name: zone.name })
    : t('summary.zoneOffset', { offset });
}

/** The payment time as the merchant typed it, beside whose clock that is. */
function paymentTime(typed: string, zone: MerchantTimeZone | null, t: ShareT): string {
  if (!typed) return t('summary.notGiven');
  return zone
    ? t('summary.merchantClock', { time: typed, offset: utcOffsetLabel(zone.offsetMinutes) })
    : t('summary.merchantClockUnknown', { time: typed });
}

/** The summary's facts as [label, value] pairs, in reading order. */
export function summaryFacts(
  summary: HandoffSummary,
  t: ShareT,
  language: Language,
): [label: string, value: string][] {
  const given = (value: string) => value || t('summary.notGiven');
  const { terminal, payment, timeZone: zone } = summary;
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
    [t('summary.started'), dateTime(summary.startedAt, language, zone)],
    [
      t('summary.ended'),
      summary.endedAt === null ? t('summary.stillOpen') : dateTime(summary.endedAt, language, zone),
    ],
    [t('summary.timeZone'), zoneFact(zone, t)],
    [t('summary.sn'), given(terminal.sn)],
    [t('summary.merchantNumber'), given(terminal.merchantNumber)],
    [t('summary.terminalNumber'), given(terminal.terminalNumber)],
    [t('summary.paymentTime'), paymentTime(payment.time, zone, t)],
    [t('summary.amount'), given(payment.amount)],
    [t('summary.reference'), given(payment.reference)],
  ];
}

export function stepTime(at: number, language: Language, zone: MerchantTimeZone | null): string {
  return clockTime(at, language, zone, { timeStyle: 'medium' });
}

/** How the walk reached a step by a jump: "Jumped to Card, skipping: Network". */
export function jumpLine(
  { jump }: HandoffStep,
  first: boolean,
  t: ShareT,
  language: Language,
): string | null {
  if (!jump) return null;
  const stages = uiWords[language].stages;
  const stage = stages[jump.stage];
  const skipped = jump.skipped.map((name) => stages[name]).join(t('summary.listSeparator'));
  if (first) {
    return skipped
      ? t('summary.startedAtSkipping', { stage, skipped })
      : t('summary.startedAt', { stage });
  }
  return skipped ? t('summary.jumpedSkipping', { stage, skipped }) : t('summary.jumped', { stage });
}

/** One step tried: its title and the answer that stood there (said as changed, if it was). */
export function stepLine(
  entry: HandoffStep,
  t: ShareT,
  language: Language,
  zone: MerchantTimeZone | null,
) {
  const words = stepWords[language];
  const answer = entry.answer ? answerLabel(words, entry.step, entry.answer) : t('answers.none');
  return {
    time: stepTime(entry.at, language, zone),
    title: words[entry.step].title,
    answer: entry.earlier
      ? t('summary.changed', { answer, earlier: answerLabel(words, entry.step, entry.earlier) })
      : answer,
  };
}

/** The summary as plain text, one fact or step per line; a jump on a line of its own. */
export function summaryText(summary: HandoffSummary, t: ShareT, language: Language): string {
  const line = (label: string, value: string) => t('summary.line', { label, value });
  const steps = summary.steps.flatMap((entry, index) => {
    const jump = jumpLine(entry, index === 0, t, language);
    const step = `${index + 1}. ${t('summary.step', stepLine(entry, t, language, summary.timeZone))}`;
    return jump ? [`→ ${jump}`, step] : [step];
  });
  return [
    t('summary.title'),
    ...summaryFacts(summary, t, language).map(([label, value]) => line(label, value)),
    '',
    t('summary.steps'),
    ...(steps.length > 0 ? steps : [t('summary.noSteps')]),
    ...(summary.note ? ['', line(t('summary.note'), summary.note)] : []),
  ].join('\n');
}
