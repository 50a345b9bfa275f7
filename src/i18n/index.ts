export { createI18n, firstScreenNamespaces, startScreenNamespaces } from './setup';
export type { i18n as I18n, TFunction } from 'i18next';
export { formatDate, formatDateTime, formatShortDateTime } from './format';
export { useLanguage, useStepWords } from './hooks';
export { LanguageSwitch } from './LanguageSwitch';
export { rememberedLanguage, rememberLanguage } from './preference';
export { stepWords, uiWords } from './allWords';
export {
  loadCodeWords,
  type CodeWords,
  type LogWords,
  type ShareWords,
  type StepWords,
  type TrainerWords,
  type UiWords,
} from './content';
export {
  isLanguage,
  languageFromTag,
  languageNames,
  languages,
  preferredLanguage,
  type Language,
} from './languages';
export { I18nextProvider as I18nProvider, useTranslation } from 'react-i18next';
