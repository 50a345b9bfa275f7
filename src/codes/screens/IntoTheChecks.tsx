import { useTranslation } from '../../i18n';
import { Button } from '../../ui';
import { useCurrentStep, WizardActor } from '../../wizard';

/** Into the checks from the lookup: the first check, or back to where the walk is. */
export function IntoTheChecks({ showChecks }: { showChecks: () => void }) {
  const { t } = useTranslation('codes');
  const wizard = WizardActor.useActorRef();
  const atStart = useCurrentStep() === 'start';
  return (
    <Button
      variant="primary"
      className="into-checks"
      onClick={() => {
        if (atStart) wizard.send({ type: 'nav.start' });
        showChecks();
      }}
    >
      {t(atStart ? 'lookup.startChecks' : 'lookup.backToChecks')}
    </Button>
  );
}
