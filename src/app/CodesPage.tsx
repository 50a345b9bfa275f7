// Where the response-code lookup meets the checks: its links, its way back into the wizard, and
// the code a walk followed, shown on the wizard's screens. Codes never reach the log: the
// wizard keeps the code in its context, and the incident recorder reads it there.
import { Suspense, useCallback } from 'react';
import { CodesScreen, FoundCode } from '../codes';
import { LanguageSwitch, useLanguage, useTranslation, type Language } from '../i18n';
import { placeHref } from '../places';
import { InAppLink, navigateTo } from '../ui';
import {
  chargedCheckId,
  currentStep,
  isOutcomeId,
  useCurrentStep,
  WizardActor,
  type StepId,
} from '../wizard';

/** The lookup's address: one code's page, or the list for null. */
export const codesHref = (code: string | null, lang: Language): string =>
  placeHref({ view: { name: 'codes', code }, step: 'start', lang, endedAt: null });

/** Back to the checks where the walk is (an incident open in triage stays open), and the language. */
function CodesBar() {
  const { t } = useTranslation();
  const lang = useLanguage();
  const step = useCurrentStep();
  const endedAt = WizardActor.useSelector((snapshot) => snapshot.context.endedAt);
  return (
    <>
      <InAppLink
        className="back-button"
        href={placeHref({ view: { name: 'wizard' }, step, lang, endedAt })}
      >
        <span aria-hidden="true">‹ </span>
        {t('menu.checks')}
      </InAppLink>
      <LanguageSwitch />
    </>
  );
}

export function CodesPage({ code }: { code: string | null }) {
  const lang = useLanguage();
  const wizard = WizardActor.useActorRef();
  const hrefOf = useCallback((linked: string | null) => codesHref(linked, lang), [lang]);
  // The page has moved the wizard already (into a step, or to the first check): show it there.
  const showChecks = useCallback(() => {
    const { context } = wizard.getSnapshot();
    navigateTo(
      placeHref({
        view: { name: 'wizard' },
        step: currentStep(context),
        lang,
        endedAt: context.endedAt,
      }),
    );
  }, [wizard, lang]);
  return <CodesScreen code={code} topBar={<CodesBar />} hrefOf={hrefOf} showChecks={showChecks} />;
}

/**
 * Above a step's answers: the code the walk followed, once there is one; before that, on "what is
 * on the screen?" (and the charged question its code answer leads to), the way to look it up.
 */
export function CodeAside({ step }: { step: StepId }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const code = WizardActor.useSelector((snapshot) => snapshot.context.code ?? null);
  const via = WizardActor.useSelector((snapshot) => snapshot.context.via);
  if (code) {
    return (
      <Suspense fallback={null}>
        <FoundCode code={code} href={codesHref(code, lang)} full={isOutcomeId(step)} />
      </Suspense>
    );
  }
  if (step !== 'triage.screen' && !(step === chargedCheckId && via === 'code')) return null;
  return (
    <p className="code-lookup-link">
      <InAppLink href={codesHref(null, lang)}>{t('codes.triageLink')}</InAppLink>
    </p>
  );
}
