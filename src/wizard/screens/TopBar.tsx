import { LanguageSwitch, useTranslation } from '../../i18n';
import { checkStep, isCheckId, stageIds } from '../steps';
import type { StepId } from '../tree';

interface TopBarProps {
  step: StepId;
  onBack: () => void;
}

/** Back, the stage progress ("3 / 7 PIN") and the language switch. */
export function TopBar({ step, onBack }: TopBarProps) {
  const { t } = useTranslation();
  const check = isCheckId(step) ? checkStep(step) : null;
  return (
    <>
      {step !== 'start' && (
        <button type="button" className="back-button" onClick={onBack}>
          <span aria-hidden="true">‹ </span>
          {t('nav.back')}
        </button>
      )}
      {check && (
        <p className="progress">
          <span className="visually-hidden">
            {t('progress', {
              number: check.stageNumber,
              total: stageIds.length,
              stage: t(`stages.${check.stage}`),
            })}
          </span>
          <span aria-hidden="true">
            {check.stageNumber} / {stageIds.length} {t(`stages.${check.stage}`)}
          </span>
        </p>
      )}
      <LanguageSwitch />
    </>
  );
}
