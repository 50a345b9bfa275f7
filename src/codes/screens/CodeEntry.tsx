import { useId, type ReactNode } from 'react';
import { useStepWords, useTranslation } from '../../i18n';
import { Button, InAppLink, Screen } from '../../ui';
import { isOutcomeId, outcomeText, takesPayment, WizardActor } from '../../wizard';
import type { ResponseCode } from '../data';
import { useCodeWords } from '../words';
import { CodeKind } from './CodeKind';

interface CodeEntryProps {
  entry: ResponseCode;
  topBar: ReactNode;
  hrefOf: (code: string | null) => string;
  showChecks: () => void;
}

/** One code: what it means, its kind, what to do now, what to tell the customer, the way on. */
export function CodeEntry({ entry, topBar, hrefOf, showChecks }: CodeEntryProps) {
  const { t } = useTranslation(['codes', 'ui']);
  const words = useCodeWords().codes[entry.code];
  const ids = useId();
  return (
    <Screen
      screenKey={`code-${entry.code}`}
      title={t('entry.title', { code: entry.code, title: words.title })}
      appName={t('ui:appName')}
      topBar={topBar}
    >
      <CodeKind kind={entry.kind} />
      <h2 id={`${ids}-means`}>{t('entry.means')}</h2>
      <p className="lead">{words.meaning}</p>
      {entry.shows && (
        <p className="code-shows">
          {t('entry.shows')}: <span lang="zh-CN">{entry.shows}</span>
        </p>
      )}
      <h2 id={`${ids}-now`}>{t('entry.whatNow')}</h2>
      <ol className="todo" aria-labelledby={`${ids}-now`}>
        {words.todo.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ol>
      <p className="tell">
        <strong>{t('entry.tell')}:</strong> {words.tell}
      </p>
      {entry.leadsTo && <IntoTheStep entry={entry} step={entry.leadsTo} showChecks={showChecks} />}
      <p>
        <InAppLink href={hrefOf(null)}>{t('lookup.allCodes')}</InAppLink>
      </p>
    </Screen>
  );
}

interface IntoTheStepProps {
  entry: ResponseCode;
  step: NonNullable<ResponseCode['leadsTo']>;
  showChecks: () => void;
}

/** The button into the step of the checks that has this code's fix, named by that step's title. */
function IntoTheStep({ entry, step, showChecks }: IntoTheStepProps) {
  const { t } = useTranslation('codes');
  const steps = useStepWords();
  const wizard = WizardActor.useActorRef();
  const id = useId();
  const title = isOutcomeId(step) ? outcomeText(steps, step, entry.via).title : steps[step].title;
  const follow = () => {
    wizard.send({ type: 'nav.goto', step, via: entry.via ?? undefined, code: entry.code });
    showChecks();
  };
  return (
    <section className="code-next" aria-labelledby={id}>
      <h2 id={id}>{t('entry.next')}</h2>
      {takesPayment(step) && <p className="hint">{t('entry.chargedFirst')}</p>}
      <Button variant="primary" onClick={follow}>
        {t('entry.goTo', { step: title })}
      </Button>
    </section>
  );
}
