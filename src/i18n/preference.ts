import { isLanguage, type Language } from './languages';

const storageKey = 'e1.language';

/** The language the person last chose here, if storage allows reading it. */
export function rememberedLanguage(): Language | null {
  try {
    const saved = localStorage.getItem(storageKey);
    return saved && isLanguage(saved) ? saved : null;
  } catch {
    return null;
  }
}

export function rememberLanguage(language: Language): void {
  try {
    localStorage.setItem(storageKey, language);
  } catch {
    // Private windows may refuse storage; the choice still holds for this visit via the URL.
  }
}
