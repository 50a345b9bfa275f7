import { useCallback, useEffect, useRef } from 'react';
import { useLanguage, useTranslation } from '../i18n';
import { parseWizardLocation, wizardSearch } from '../share';
import { currentStep, useCurrentStep, WizardActor } from '../wizard';

/** How many wizard moves this tab's history holds behind the current entry. */
function historyDepth(): number {
  const state: unknown = window.history.state;
  return typeof state === 'object' && state !== null && 'depth' in state
    ? Number(state.depth) || 0
    : 0;
}

/**
 * Keeps the URL and the wizard in step: every move writes the URL (one history entry per
 * move), and the browser's back and forward move the wizard. Returns the in-app Back action,
 * which goes through the browser's history whenever there is a move to undo there.
 */
export function useUrlSync(): () => void {
  const wizard = WizardActor.useActorRef();
  const { i18n } = useTranslation();
  const language = useLanguage();
  const step = useCurrentStep();
  const endedAt = WizardActor.useSelector((snapshot) => snapshot.context.endedAt);
  const replaceNextMove = useRef(false);

  useEffect(() => {
    const search = wizardSearch({ step, lang: language, endedAt });
    if (window.location.search === search) return;
    const urlStep = parseWizardLocation(window.location.search).step;
    // Same step (a language switch, a tidied link) or a Back with nothing behind it: no new entry.
    if (urlStep === step || replaceNextMove.current) {
      window.history.replaceState(
        { depth: historyDepth() },
        '',
        search || window.location.pathname,
      );
    } else {
      window.history.pushState({ depth: historyDepth() + 1 }, '', search);
    }
    replaceNextMove.current = false;
  }, [step, language, endedAt]);

  useEffect(() => {
    const followBrowser = () => {
      const target = parseWizardLocation(window.location.search);
      if (target.step !== currentStep(wizard.getSnapshot().context)) {
        wizard.send({ type: 'nav.goto', step: target.step, endedAt: target.endedAt ?? undefined });
      }
      if (target.lang && target.lang !== i18n.language) void i18n.changeLanguage(target.lang);
    };
    window.addEventListener('popstate', followBrowser);
    return () => window.removeEventListener('popstate', followBrowser);
  }, [wizard, i18n]);

  return useCallback(() => {
    if (historyDepth() > 0) {
      window.history.back();
      return;
    }
    replaceNextMove.current = true;
    wizard.send({ type: 'nav.back' });
  }, [wizard]);
}
