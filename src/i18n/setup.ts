import i18next, { type i18n } from 'i18next';
import resourcesToBackend from 'i18next-resources-to-backend';
import { initReactI18next } from 'react-i18next';
import {
  loadCodeWords,
  loadLogWords,
  loadShareWords,
  loadStepWords,
  loadTrainerWords,
  loadUiWords,
  type CodeWords,
  type LogWords,
  type ShareWords,
  type StepWords,
  type TrainerWords,
  type UiWords,
} from './content';
import { isLanguage, languages, type Language } from './languages';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'ui';
    resources: {
      ui: UiWords;
      steps: StepWords;
      log: LogWords;
      share: ShareWords;
      trainer: TrainerWords;
      codes: CodeWords;
    };
  }
}

/** Every namespace's words, loaded per language when first used. */
const loadWords = {
  ui: loadUiWords,
  steps: loadStepWords,
  log: loadLogWords,
  share: loadShareWords,
  trainer: loadTrainerWords,
  codes: loadCodeWords,
};
const isNamespace = (ns: string): ns is keyof typeof loadWords => Object.hasOwn(loadWords, ns);

/** The words every screen needs: src/app/opening.ts loads them before the first render. */
export const firstScreenNamespaces = ['ui', 'steps'] as const;
/** The start screen needs only these: the steps' words follow once it is drawn. */
export const startScreenNamespaces = ['ui'] as const;

/**
 * An i18next instance for the app, starting in `language`; `<html lang>` follows it. Its words
 * arrive lazily, one language at a time: a language switch loads the new language's first.
 */
export function createI18n(language: Language): i18n {
  const instance = i18next.createInstance();
  instance.on('languageChanged', (lng) => {
    // No document when the start screen is prerendered in Node at build time.
    if (typeof document !== 'undefined') document.documentElement.lang = lng;
  });
  void instance
    .use(initReactI18next)
    .use(
      resourcesToBackend((lng: string, ns: string) =>
        isLanguage(lng) && isNamespace(ns) ? loadWords[ns][lng]() : Promise.resolve({}),
      ),
    )
    .init({
      lng: language,
      fallbackLng: false,
      supportedLngs: [...languages],
      defaultNS: 'ui',
      // The rest as each screen asks (src/app/opening.ts); loaded ones follow a language switch.
      ns: [...startScreenNamespaces],
      // React escapes text itself.
      interpolation: { escapeValue: false },
      initAsync: false,
    });
  return instance;
}
