import { useTranslation } from 'react-i18next';
import type { StepWords } from './content';
import { isLanguage, type Language } from './languages';

export function useLanguage(): Language {
  const { i18n } = useTranslation();
  return isLanguage(i18n.language) ? i18n.language : 'en';
}

/** The wizard's step and outcome words in the current language. */
export function useStepWords(): StepWords {
  // Through i18next, which loads them (and suspends until then), but read whole: each step's
  // words are one object, and step ids hold dots, i18next's key separator.
  const { i18n } = useTranslation('steps');
  const words: StepWords = i18n.getResourceBundle(useLanguage(), 'steps');
  return words;
}
