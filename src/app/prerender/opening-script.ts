// Built into a small classic script (so it imports single modules, not i18n's index) that index.html runs before its first paint (see
// scripts/prerender-start-screen.ts): it picks which prerendered start screen, if any, to show.
import { rememberedLanguage } from '../../i18n/preference';
import { prerenderedLanguage } from './prerenderedLanguage';

const language = prerenderedLanguage(
  window.location.search + window.location.hash,
  rememberedLanguage(),
  navigator.languages,
);
if (language) {
  document.documentElement.lang = language;
  document.documentElement.dataset.prerendered = language;
}
