import { useTranslation } from 'react-i18next';
import { stepWords, type StepWords } from './content';
import { isLanguage, type Language } from './languages';

export function useLanguage(): Language {
  const { i18n } = useTranslation();
  return isLanguage(i18n.language) ? i18n.language : 'en';
}

/** The wizard's step and outcome words in the current language. */
export function useStepWords(): StepWords {
  return stepWords[useLanguage()];
}
