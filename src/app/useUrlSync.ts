import { startTransition, useCallback, useEffect, useRef } from 'react';
import { useLanguage } from '../i18n';
import { placeHref, sameView, type AppView } from '../places';
import { historyDepth } from '../ui';
import { currentStep, useCurrentStep, WizardActor } from '../wizard';
import { currentPlace } from './currentPlace';

/**
 * Keeps the URL, the view and the wizard in step: every move writes the URL (one history entry
 * per move), and the browser's back and forward move the app. Returns the in-app Back action,
 * which goes through the browser's history whenever there is a move to undo there.
 */
export function useUrlSync(
  view: AppView,
  showView: (view: AppView) => void,
  /** A wizard restored from the log: its first URL replaces the one it opened on, not a move. */
  restored = false,
): () => void {
  const wizard = WizardActor.useActorRef();
  const language = useLanguage();
  const step = useCurrentStep();
  const endedAt = WizardActor.useSelector((snapshot) => snapshot.context.endedAt);
  const replaceNextMove = useRef(restored);
  // Training has a wizard actor of its own, and this hook runs once per actor (see App's Place).
  const onTrainingActor = view.name === 'wizard' && view.training !== undefined;

  useEffect(() => {
    const search = placeHref({ view, step, lang: language, endedAt });
    const replace = replaceNextMove.current;
    replaceNextMove.current = false;
    if (window.location.search + window.location.hash === search) return;
    const shown = currentPlace();
    const samePlace = sameView(shown.view, view) && (view.name !== 'wizard' || shown.step === step);
    // Same place (a language switch, a tidied link) or a Back with nothing behind it: no new entry.
    if (samePlace || replace) {
      window.history.replaceState(
        { depth: historyDepth() },
        '',
        search || window.location.pathname,
      );
    } else {
      window.history.pushState({ depth: historyDepth() + 1 }, '', search);
    }
  }, [view, step, language, endedAt]);

  useEffect(() => {
    // The language stays as chosen: an older history entry's `lang` does not switch it back.
    const followBrowser = () => {
      const target = currentPlace();
      // A transition keeps the current page on screen until the next one's code has loaded.
      startTransition(() => showView(target.view));
      // Only this hook's own actor follows: a counter step never moves the practice actor, and
      // a training step never moves the counter's (whose incident must stay as it was).
      const targetIsTraining = target.view.name === 'wizard' && target.view.training !== undefined;
      if (
        target.view.name === 'wizard' &&
        targetIsTraining === onTrainingActor &&
        target.step !== currentStep(wizard.getSnapshot().context)
      ) {
        wizard.send({ type: 'nav.goto', step: target.step, endedAt: target.endedAt ?? undefined });
      }
    };
    window.addEventListener('popstate', followBrowser);
    return () => window.removeEventListener('popstate', followBrowser);
  }, [wizard, showView, onTrainingActor]);

  return useCallback(() => {
    if (historyDepth() > 0) {
      window.history.back();
      return;
    }
    replaceNextMove.current = true;
    wizard.send({ type: 'nav.back' });
  }, [wizard]);
}
