import { useId, useMemo, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from '../../i18n';
import { Banner, Button, InAppLink, navigateTo, Screen } from '../../ui';
import { e1, isCodeId, searchIndexOf } from '../data';
import { matchCodes } from '../match';
import { useAllCodeWords, useCodeWords } from '../words';
import { IntoTheChecks } from './IntoTheChecks';

interface CodeLookupProps {
  topBar: ReactNode;
  hrefOf: (code: string | null) => string;
  showChecks: () => void;
  /** The page was opened by a link naming a code the app does not know. */
  unknownLink: boolean;
}

/** Type a code or words, or pick from the list; the list narrows as the person types. */
export function CodeLookup({ topBar, hrefOf, showChecks, unknownLink }: CodeLookupProps) {
  const { t } = useTranslation(['codes', 'ui']);
  const allWords = useAllCodeWords();
  const words = useCodeWords();
  const searchIndex = useMemo(() => searchIndexOf(allWords), [allWords]);
  const [query, setQuery] = useState('');
  const found = useMemo(() => matchCodes(query, searchIndex), [query, searchIndex]);
  const inputId = useId();
  const hintId = useId();
  const typed = query.trim() !== '';

  const titleOf = (id: string) =>
    id === e1 ? words.e1.listTitle : isCodeId(id) ? words.codes[id].title : id;
  const openBest = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const [best] = found;
    if (typed && best) navigateTo(hrefOf(best));
  };

  return (
    <Screen screenKey="codes" title={t('lookup.title')} appName={t('ui:appName')} topBar={topBar}>
      {unknownLink && (
        <>
          <Banner tone="alert">{t('lookup.unknownLink')}</Banner>
          <IntoTheChecks showChecks={showChecks} />
        </>
      )}
      <p className="lead">{t('lookup.lead')}</p>
      <form role="search" className="code-search" onSubmit={openBest}>
        <label htmlFor={inputId}>{t('lookup.search')}</label>
        <div className="code-search-row">
          <input
            id={inputId}
            type="search"
            value={query}
            onChange={(event) => setQuery(event.target.value)}
            aria-describedby={hintId}
            autoComplete="off"
            autoCorrect="off"
            spellCheck={false}
            enterKeyHint="search"
          />
          <Button type="submit" variant="secondary">
            {t('lookup.open')}
          </Button>
        </div>
        <p id={hintId} className="hint">
          {t('lookup.searchHint')}
        </p>
      </form>
      <p className="calm-status" role="status">
        {typed &&
          (found.length > 0 ? t('lookup.matches', { count: found.length }) : t('lookup.noMatch'))}
      </p>
      {found.length > 0 && (
        <ul className="code-list" aria-label={t('lookup.listLabel')}>
          {found.map((id) => (
            <li key={id}>
              <InAppLink href={hrefOf(id)}>
                <strong className="code-id">{id}</strong> {titleOf(id)}
              </InAppLink>
            </li>
          ))}
        </ul>
      )}
      {!unknownLink && <IntoTheChecks showChecks={showChecks} />}
    </Screen>
  );
}
