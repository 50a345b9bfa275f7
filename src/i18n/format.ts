import type { Language } from './languages';

/** "25 Nov 2026, 10:42" / "2026年11月25日 10:42" in local time. */
export function formatDateTime(time: number, language: Language): string {
  return new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' }).format(
    time,
  );
}

export function formatDate(time: number, language: Language): string {
  return new Intl.DateTimeFormat(language, { dateStyle: 'medium' }).format(time);
}

/**
 * "Mar 14, 12:00 PM" / "3月14日 12:00" for a time this year, with the year otherwise: short
 * enough to sit beside an outcome on a phone's row.
 */
export function formatShortDateTime(time: number, language: Language, now = Date.now()): string {
  const thisYear = new Date(time).getFullYear() === new Date(now).getFullYear();
  return new Intl.DateTimeFormat(language, {
    ...(thisYear ? {} : { year: 'numeric' }),
    month: 'short',
    day: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
  }).format(time);
}
