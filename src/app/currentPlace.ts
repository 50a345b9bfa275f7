import { languageFromTag, type Language } from '../i18n';
import { parseLocation, type ParsedLocation } from '../places';

/** Where the browser's URL puts the person, in one of the app's languages. */
export function currentPlace(): ParsedLocation<Language> {
  return parseLocation(window.location.search + window.location.hash, languageFromTag);
}
