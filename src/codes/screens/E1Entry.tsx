import type { ReactNode } from 'react';
import { useTranslation } from '../../i18n';
import { InAppLink, Screen } from '../../ui';
import { useCodeWords } from '../words';
import { IntoTheChecks } from './IntoTheChecks';

interface E1EntryProps {
  topBar: ReactNode;
  hrefOf: (code: string | null) => string;
  showChecks: () => void;
}

/** E1 is the POS's own message: its three readings, and the checks that find out which. */
export function E1Entry({ topBar, hrefOf, showChecks }: E1EntryProps) {
  const { t } = useTranslation(['codes', 'ui']);
  const words = useCodeWords().e1;
  return (
    <Screen screenKey="code-E1" title={words.title} appName={t('ui:appName')} topBar={topBar}>
      <p className="lead">{words.lead}</p>
      <ol className="todo">
        {words.readings.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ol>
      <p>{words.next}</p>
      <IntoTheChecks showChecks={showChecks} />
      <p>
        <InAppLink href={hrefOf(null)}>{t('lookup.allCodes')}</InAppLink>
      </p>
    </Screen>
  );
}
