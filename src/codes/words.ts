// Both languages' code words at once: a cashier may type the Chinese the POS shows while the app
// is in English, or the reverse. They load through the i18n loaders (each language's file stays
// one lazily loaded chunk, which i18next also uses), once, when the lookup first needs them.
import { use } from 'react';
import { languages, loadCodeWords, useLanguage, type CodeWords, type Language } from '../i18n';

export type AllCodeWords = Record<Language, CodeWords>;

let loading: Promise<AllCodeWords> | null = null;

/** Every language's code words; the same promise every time, so React can wait on it. */
export function loadAllCodeWords(): Promise<AllCodeWords> {
  loading ??= Promise.all(
    languages.map(async (language) => [language, (await loadCodeWords[language]()).default]),
  ).then((loaded) => Object.fromEntries(loaded) as AllCodeWords);
  return loading;
}

/** Every language's code words (suspends until they have loaded). */
export const useAllCodeWords = (): AllCodeWords => use(loadAllCodeWords());

/** The code words in the language on screen (suspends until they have loaded). */
export function useCodeWords(): CodeWords {
  const all = useAllCodeWords();
  return all[useLanguage()];
}
