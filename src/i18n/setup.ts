import i18next, { type i18n } from 'i18next';
import resourcesToBackend from 'i18next-resources-to-backend';
import { initReactI18next } from 'react-i18next';
import {
  loadLogWords,
  loadShareWords,
  loadTrainerWords,
  uiWords,
  type LogWords,
  type ShareWords,
  type TrainerWords,
  type UiWords,
} from './content';
import { isLanguage, languages, type Language } from './languages';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'ui';
    resources: { ui: UiWords; log: LogWords; share: ShareWords; trainer: TrainerWords };
  }
}

/** An i18next instance for the app, starting in `language`; `<html lang>` follows it. */
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
        !isLanguage(lng)
          ? Promise.resolve({})
          : ns === 'log'
            ? loadLogWords[lng]()
            : ns === 'share'
              ? loadShareWords[lng]()
              : ns === 'trainer'
                ? loadTrainerWords[lng]()
                : Promise.resolve({}),
      ),
    )
    .init({
      lng: language,
      fallbackLng: false,
      supportedLngs: [...languages],
      defaultNS: 'ui',
      ns: ['ui'],
      resources: Object.fromEntries(languages.map((lng) => [lng, { ui: uiWords[lng] }])),
      // The interface words are bundled; the log's arrive with the log's code.
      partialBundledLanguages: true,
      // React escapes text itself.
      interpolation: { escapeValue: false },
      initAsync: false,
    });
  return instance;
}
