import i18next, { type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { uiWords, type UiWords } from './content';
import { languages, type Language } from './languages';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'ui';
    resources: { ui: UiWords };
  }
}

/** An i18next instance for the app, starting in `language`; `<html lang>` follows it. */
export function createI18n(language: Language): i18n {
  const instance = i18next.createInstance();
  instance.on('languageChanged', (lng) => {
    document.documentElement.lang = lng;
  });
  void instance.use(initReactI18next).init({
    lng: language,
    fallbackLng: false,
    supportedLngs: [...languages],
    defaultNS: 'ui',
    ns: ['ui'],
    resources: Object.fromEntries(languages.map((lng) => [lng, { ui: uiWords[lng] }])),
    // React escapes text itself.
    interpolation: { escapeValue: false },
    initAsync: false,
  });
  return instance;
}
