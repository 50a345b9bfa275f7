import { useState, type ReactNode } from 'react';
import { useTranslation } from '../../i18n';
import { Button, Screen } from '../../ui';
import { stepIndex, type StepIndexEntry } from '../stepIndex';
// Through the index, not ./links: importing links.ts from a lazy chunk makes Rolldown split the
// first screen's chunk in two (a bigger first screen).
import { locationSearch } from '..';
import { appUrl, copyText } from '../sharing';

/** Every step a link can open, with its id and both titles: the agent's reference on the phone. */
export default function StepIndexScreen({ topBar }: { topBar: ReactNode }) {
  const { t } = useTranslation('share');
  const { t: tUi } = useTranslation();
  return (
    <Screen screenKey="steps" title={t('stepIndex.title')} appName={tUi('appName')} topBar={topBar}>
      <p className="lead">{t('stepIndex.lead')}</p>
      <ul className="step-index" aria-label={t('stepIndex.listLabel')}>
        {stepIndex().map((entry) => (
          <StepIndexRow key={entry.id} entry={entry} />
        ))}
      </ul>
    </Screen>
  );
}

function StepIndexRow({ entry: { id, en, zh } }: { entry: StepIndexEntry }) {
  const { t } = useTranslation('share');
  const [copied, setCopied] = useState<boolean | null>(null);
  // No language in the link: it opens in the language of whoever receives it.
  const url = appUrl(
    locationSearch({ view: { name: 'wizard' }, step: id, lang: null, endedAt: null }),
  );
  return (
    <li className="step-index-row">
      <code className="step-id">{id}</code>
      <span lang="en">{en}</span>
      <span lang="zh-CN">{zh}</span>
      {/* Twenty-six "Copy link" buttons: the id in the name tells them apart for a screen reader. */}
      <Button
        aria-label={`${t('stepIndex.copy')} ${id}`}
        onClick={() => void copyText(url).then(setCopied)}
      >
        {t('stepIndex.copy')}
      </Button>
      <p className="calm-status" role="status">
        {copied === null ? '' : copied ? t('stepIndex.copied') : t('stepIndex.copyFailed', { url })}
      </p>
    </li>
  );
}
