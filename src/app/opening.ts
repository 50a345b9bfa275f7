import {
  createI18n,
  preferredLanguage,
  rememberedLanguage,
  type I18n,
  type Language,
} from '../i18n';
import { loadScreen } from '../incidents';
import { loadShareScreen, parseLocation, type AppView, type ParsedLocation } from '../share';

export interface Opening extends ParsedLocation {
  language: Language;
  i18n: I18n;
}

/** Where the app opens: the link's place and language, else the saved or the device's language. */
export function readOpening(): Opening {
  const link = parseLocation(window.location.search);
  const language = link.lang ?? rememberedLanguage() ?? preferredLanguage(navigator.languages);
  return { ...link, language, i18n: createI18n(language) };
}

/**
 * Loads the code and words of the page a link opens before the first render, so that page is
 * drawn once, complete, instead of after a loading line (which React holds for 300 ms).
 */
export function preloadView(view: AppView, i18n: I18n): Promise<unknown> {
  if (view.name === 'steps' || view.name === 'handoff') {
    return Promise.all([loadShareScreen[view.name](), i18n.loadNamespaces('share')]);
  }
  const incidentScreens = ['log', 'incident', 'stats', 'settings'] as const;
  const screen = incidentScreens.find((name) => name === view.name);
  if (!screen) return Promise.resolve();
  return Promise.all([loadScreen[screen](), i18n.loadNamespaces('log')]);
}
