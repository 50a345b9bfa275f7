// Rendered in Node at build time (scripts/prerender-start-screen.ts): the start screen in each
// language, so a phone draws the first screen before the app's code has loaded.
import { renderToStaticMarkup } from 'react-dom/server';
import { createI18n, firstScreenNamespaces, I18nProvider, languages } from '../../i18n';
import { WizardActor } from '../../wizard';
import { ViewScreen } from '../ViewScreen';

export async function prerenderedStartScreens(): Promise<string> {
  const screens = await Promise.all(
    languages.map(async (language) => {
      const i18n = createI18n(language);
      await i18n.loadNamespaces([...firstScreenNamespaces]);
      const screen = renderToStaticMarkup(
        <I18nProvider i18n={i18n}>
          <WizardActor.Provider>
            <ViewScreen view={{ name: 'wizard' }} onBack={() => undefined} />
          </WizardActor.Provider>
        </I18nProvider>,
        { identifierPrefix: `${language}-` },
      );
      // Its buttons do nothing until the app replaces them: say so (links work as they are).
      const inert = screen.replaceAll('<button ', '<button aria-disabled="true" ');
      return `<div class="prerendered" lang="${language}">${inert}</div>`;
    }),
  );
  return screens.join('');
}
