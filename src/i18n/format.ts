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
