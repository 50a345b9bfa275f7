export const languages = ['zh-CN', 'en'] as const;
export type Language = (typeof languages)[number];

/** Each language named in itself, so a person finds their own whatever is on screen. */
export const languageNames: Record<Language, string> = { 'zh-CN': '中文', en: 'English' };

export function isLanguage(value: string): value is Language {
  return (languages as readonly string[]).includes(value);
}

/** The language this app has for a BCP 47 tag: every Chinese tag is zh-CN, every English one en. */
export function languageFromTag(tag: string): Language | null {
  const primary = tag.trim().toLowerCase().split(/[-_]/)[0];
  if (primary === 'zh') return 'zh-CN';
  if (primary === 'en') return 'en';
  return null;
}

/** The first of the device's languages that the app has; English when it has none of them. */
export function preferredLanguage(deviceLanguages: readonly string[]): Language {
  for (const tag of deviceLanguages) {
    const language = languageFromTag(tag);
    if (language) return language;
  }
  return 'en';
}
