import { languageFromTag } from '../i18n';
import { useMemo, useState, type ReactNode } from 'react';
import { parseLocation } from '../places';
import { snapshotAt, useCurrentStep, WizardActor } from '../wizard';
import { CounterPlaceContext } from './counterPlace';

interface TrainingWizardProps {
  /** Set while practising; null at the counter. */
  training: { scenario: string | null } | null;
  children: ReactNode;
}

/**
 * While practising, everything inside runs on a wizard actor of its own, started where the URL
 * says. The counter's actor (and the incident recorder watching it) is never sent an event, so
 * an open incident stays exactly as it was. Rendered inside the counter's WizardActor.Provider.
 */
export function TrainingWizard({ training, children }: TrainingWizardProps) {
  const step = useCurrentStep();
  const endedAt = WizardActor.useSelector((snapshot) => snapshot.context.endedAt);
  const counter = useMemo(() => ({ step, endedAt }), [step, endedAt]);
  if (!training) return children;
  return (
    <CounterPlaceContext.Provider value={counter}>
      {/* Another scenario is another run: a fresh actor. */}
      <TrainingActor key={training.scenario ?? ''}>{children}</TrainingActor>
    </CounterPlaceContext.Provider>
  );
}

function TrainingActor({ children }: { children: ReactNode }) {
  const [snapshot] = useState(() => {
    const place = parseLocation(window.location.search, languageFromTag);
    return snapshotAt(place.step, place.endedAt ?? undefined);
  });
  return <WizardActor.Provider options={{ snapshot }}>{children}</WizardActor.Provider>;
}
