import { useDeferredValue, useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { useLanguage, useTranslation, type Language } from '../../i18n';
import { Button, Screen } from '../../ui';
import {
  filterWords,
  matchesFilter,
  stepIndexGroups,
  type StepIndexEntry,
  type StepIndexGroup,
} from '../stepIndex';
// Through the index, not ./links: importing links.ts from a lazy chunk makes Rolldown split the
// first screen's chunk in two (a bigger first screen).
import { placeHref } from '../../places';
import { appUrl, copyText } from '../sharing';

/** How long the typing rests before the count is announced: one announcement, not one a key. */
const ANNOUNCE_AFTER_MS = 500;

/**
 * Every step a link can open, with its id and both titles: the agent's reference on the phone.
 * Grouped by stage under headings, with a filter that narrows it as the agent types.
 */
export default function StepIndexScreen({ topBar }: { topBar: ReactNode }) {
  const { t } = useTranslation('share');
  const { t: tUi } = useTranslation();
  const lang = useLanguage();
  const ids = useId();
  const input = useRef<HTMLInputElement>(null);
  const [typed, setTyped] = useState('');
  const filter = useDeferredValue(typed);
  const words = filterWords(filter);

  const groups = stepIndexGroups();
  const groupNames = (group: StepIndexGroup) =>
    group.names ? Object.values(group.names) : [t('stepIndex.outcomes')];
  const shown = groups
    .map((group) => ({
      group,
      entries: group.entries.filter((entry) => matchesFilter(entry, words, groupNames(group))),
    }))
    .filter(({ entries }) => entries.length > 0);
  const total = groups.reduce((sum, group) => sum + group.entries.length, 0);
  const count = shown.reduce((sum, { entries }) => sum + entries.length, 0);
  const countLine =
    words.length === 0
      ? t('stepIndex.countAll', { total })
      : count === 0
        ? t('stepIndex.noMatch', { filter: filter.trim() })
        : t('stepIndex.countSome', { count, total });
  const announced = useSettled(countLine);

  return (
    <Screen screenKey="steps" title={t('stepIndex.title')} appName={tUi('appName')} topBar={topBar}>
      <p className="lead">{t('stepIndex.lead')}</p>
      <search className="step-filter">
        <label htmlFor={`${ids}-filter`}>{t('stepIndex.filter')}</label>
        <p id={`${ids}-hint`} className="hint">
          {t('stepIndex.filterHint')}
        </p>
        <input
          ref={input}
          id={`${ids}-filter`}
          type="search"
          autoComplete="off"
          spellCheck={false}
          enterKeyHint="search"
          aria-describedby={`${ids}-hint`}
          value={typed}
          onChange={(event) => setTyped(event.target.value)}
        />
      </search>
      <p className="calm-status step-count" role="status">
        {announced}
      </p>
      {count === 0 && (
        <Button
          variant="secondary"
          className="step-filter-clear"
          onClick={() => {
            setTyped('');
            input.current?.focus();
          }}
        >
          {t('stepIndex.clear')}
        </Button>
      )}
      <section className="step-index-groups" aria-label={t('stepIndex.listLabel')}>
        {shown.map(({ group, entries }) => (
          <StepGroup key={group.id} group={group} entries={entries} lang={lang} />
        ))}
      </section>
    </Screen>
  );
}

/** `value`, once it has stayed the same for a moment (the first value at once). */
function useSettled(value: string): string {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = window.setTimeout(() => setSettled(value), ANNOUNCE_AFTER_MS);
    return () => window.clearTimeout(timer);
  }, [value]);
  return settled;
}

interface StepGroupProps {
  group: StepIndexGroup;
  entries: readonly StepIndexEntry[];
  lang: Language;
}

function StepGroup({ group, entries, lang }: StepGroupProps) {
  const { t } = useTranslation('share');
  const headingId = useId();
  const other: Language = lang === 'en' ? 'zh-CN' : 'en';
  return (
    <div className="step-group">
      <h2 id={headingId}>
        {group.names ? group.names[lang] : t('stepIndex.outcomes')}
        {group.names && (
          <span className="step-group-other" lang={other}>
            {' '}
            {group.names[other]}
          </span>
        )}
      </h2>
      <ul className="step-index" aria-labelledby={headingId}>
        {entries.map((entry) => (
          <StepIndexRow key={entry.id} entry={entry} lang={lang} />
        ))}
      </ul>
    </div>
  );
}

function StepIndexRow({ entry: { id, en, zh }, lang }: { entry: StepIndexEntry; lang: Language }) {
  const { t } = useTranslation('share');
  const [copied, setCopied] = useState<{ done: boolean; url: string } | null>(null);
  // No language in the link: it opens in the language of whoever receives it. Read from the
  // address at the tap: the page is also drawn at build time, with no address.
  const copy = () => {
    const url = appUrl(
      placeHref({ view: { name: 'wizard' }, step: id, lang: null, endedAt: null }),
    );
    void copyText(url).then((done) => setCopied({ done, url }));
  };
  const titles = [
    <span key="en" lang="en" className={lang === 'en' ? 'step-title' : 'step-title-other'}>
      {en}
    </span>,
    <span key="zh" lang="zh-CN" className={lang === 'zh-CN' ? 'step-title' : 'step-title-other'}>
      {zh}
    </span>,
  ];
  return (
    <li className="step-index-row">
      <div className="step-index-words">
        <code className="step-id">{id}</code>
        {/* The screen's language first: the other is there for the person at the other end. */}
        {lang === 'en' ? titles : [...titles].reverse()}
      </div>
      {/* Thirty-two "Copy link" buttons: the id in the name tells them apart for a screen reader. */}
      <Button aria-label={`${t('stepIndex.copy')} ${id}`} onClick={copy}>
        {t('stepIndex.copy')}
      </Button>
      <p className="calm-status" role="status">
        {copied === null
          ? ''
          : copied.done
            ? t('stepIndex.copied')
            : t('stepIndex.copyFailed', { url: copied.url })}
      </p>
    </li>
  );
}
