import { useEffect, useState, type ReactNode } from 'react';
import { useLanguage, useTranslation } from '../../i18n';
import { Banner, Button, InAppLink, Screen } from '../../ui';
// Through the index, not ./links: importing links.ts from a lazy chunk makes Rolldown split the
// first screen's chunk in two (a bigger first screen).
import { placeHref } from '../../places';
import { copyText } from '../sharing';
import { decodeHandoff, type DecodedHandoff } from './handoffLink';
import type { HandoffSummary } from './summary';
import { jumpLine, stepLine, summaryFacts, summaryText } from './summaryText';

interface HandoffScreenProps {
  /** The link's `handoff=` value, untrusted: it is decoded and checked before anything shows. */
  data: string;
  topBar: ReactNode;
}

/**
 * A handoff link opened on the agent's phone: the summary, read only, in the agent's language.
 * Nothing here touches the incident log. A link that fails any check shows only why.
 */
export default function HandoffScreen({ data, topBar }: HandoffScreenProps) {
  const { t } = useTranslation('share');
  const { t: tUi } = useTranslation();
  const lang = useLanguage();
  const [decoded, setDecoded] = useState<DecodedHandoff | null>(null);

  useEffect(() => {
    let current = true;
    decodeHandoff(data).then(
      (result) => current && setDecoded(result),
      () => current && setDecoded({ ok: false, problem: 'damaged' }),
    );
    return () => {
      current = false;
    };
  }, [data]);

  const frame = (key: string, title: string, children: ReactNode) => (
    <Screen screenKey={key} title={title} appName={tUi('appName')} topBar={topBar}>
      {children}
    </Screen>
  );

  if (decoded === null) {
    return frame(
      'handoff-loading',
      t('screen.title'),
      <p className="calm-status" role="status">
        {t('screen.loading')}
      </p>,
    );
  }
  if (!decoded.ok) {
    const checks = placeHref({ view: { name: 'wizard' }, step: 'start', lang, endedAt: null });
    return frame(
      'handoff-refused',
      t('screen.refusedTitle'),
      <>
        <Banner tone="alert">{t(`screen.problems.${decoded.problem}`)}</Banner>
        <p>
          <InAppLink href={checks || '?'}>{t('screen.toChecks')}</InAppLink>
        </p>
      </>,
    );
  }
  return frame('handoff', t('screen.title'), <SummaryView summary={decoded.summary} />);
}

function SummaryView({ summary }: { summary: HandoffSummary }) {
  const { t } = useTranslation('share');
  const language = useLanguage();
  const [copied, setCopied] = useState<boolean | null>(null);
  return (
    <>
      <p className="hint">{t('screen.readOnly')}</p>
      <h2 id="handoff-details">{t('screen.details')}</h2>
      <dl className="handoff-facts" aria-labelledby="handoff-details">
        {summaryFacts(summary, t, language).map(([label, value]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      <h2 id="handoff-steps">{t('summary.steps')}</h2>
      {summary.steps.length === 0 ? (
        <p>{t('summary.noSteps')}</p>
      ) : (
        <ol className="handoff-steps" aria-labelledby="handoff-steps">
          {summary.steps.map((entry, index) => {
            const jump = jumpLine(entry, index === 0, t, language);
            return (
              <li key={`${entry.step}-${index}`}>
                {jump && <span className="handoff-jump">{jump}</span>}
                {t('summary.step', stepLine(entry, t, language, summary.timeZone))}
              </li>
            );
          })}
        </ol>
      )}
      {summary.note && (
        <>
          <h2 id="handoff-note">{t('summary.note')}</h2>
          <p className="handoff-note">{summary.note}</p>
        </>
      )}
      <Button onClick={() => void copyText(summaryText(summary, t, language)).then(setCopied)}>
        {t('screen.copyText')}
      </Button>
      <p className="calm-status" role="status">
        {copied === null ? '' : t(copied ? 'screen.copied' : 'screen.copyFailed')}
      </p>
    </>
  );
}
