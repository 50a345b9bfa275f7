import { languageFromTag, preferredLanguage, type Language } from '../../i18n/languages';

/**
 * The language of the prerendered start screen to show while the app's code loads, or null when
 * this link opens something else (another step or page, or a link the app will complain about).
 * The same choice as src/app/opening.ts, kept to what the start screen's links can carry.
 */
export function prerenderedLanguage(
  /** The link's query and fragment, e.g. `?lang=en` or `#handoff=…`. */
  link: string,
  remembered: Language | null,
  deviceLanguages: readonly string[],
): Language | null {
  const [search = '', fragment] = link.split('#');
  // A fragment carries a handoff summary (src/places): another page.
  if (fragment) return null;
  const params = new URLSearchParams(search);
  if ([...params.keys()].some((key) => key !== 'lang')) return null;
  const linked = params.get('lang');
  if (linked !== null) return languageFromTag(linked);
  return remembered ?? preferredLanguage(deviceLanguages);
}
