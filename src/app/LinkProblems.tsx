import { useEffect, useRef, useState } from 'react';
import { useTranslation } from '../i18n';
import type { LinkProblem } from '../places';
import { Banner } from '../ui';
import { useCurrentStep } from '../wizard';

/** Says what was wrong with the link that opened the app, until the person moves on. */
export function LinkProblems({ problems }: { problems: readonly LinkProblem[] }) {
  const { t } = useTranslation();
  const [shown, setShown] = useState(problems);
  const step = useCurrentStep();
  const openedAt = useRef(step);

  useEffect(() => {
    if (step !== openedAt.current) setShown([]);
  }, [step]);

  if (shown.length === 0) return null;
  return (
    <Banner tone="alert" onDismiss={() => setShown([])} dismissLabel={t('alerts.dismiss')}>
      {shown.map((problem) => t(`alerts.${problem}`)).join(' ')}
    </Banner>
  );
}
