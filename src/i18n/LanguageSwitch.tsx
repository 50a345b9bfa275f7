import { useTranslation } from 'react-i18next';
import { languageNames, languages } from './languages';
import { useLanguage } from './hooks';
import { rememberLanguage } from './preference';

/** Switches to the other language, named in its own words ("中文" / "English"). */
export function LanguageSwitch() {
  const { i18n } = useTranslation();
  const current = useLanguage();
  const other = languages.find((language) => language !== current) ?? 'en';
  return (
    <button
      type="button"
      className="language-switch"
      lang={other}
      onClick={() => {
        rememberLanguage(other);
        void i18n.changeLanguage(other);
      }}
    >
      {languageNames[other]}
    </button>
  );
}
