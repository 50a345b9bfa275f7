import '../codes.css';
import { useTranslation } from '../../i18n';
import { InAppLink } from '../../ui';
import { linkedCode } from '../data';
import { useCodeWords } from '../words';

interface FoundCodeProps {
  /** The response code the walk followed into the checks. */
  code: string;
  /** Its page in the lookup. */
  href: string;
  /** On an outcome: what the code itself asks, beside the outcome's advice. */
  full: boolean;
}

/** The code that led into the checks, on every screen after it: its meaning, and on an outcome what to do. */
export default function FoundCode({ code, href, full }: FoundCodeProps) {
  const { t } = useTranslation('codes');
  const allWords = useCodeWords();
  const linked = linkedCode(code);
  if (linked.kind !== 'code') return null;
  const words = allWords.codes[linked.entry.code];
  return (
    <div className="found-code">
      <p>
        <InAppLink href={href}>
          {t('entry.found', { code: linked.entry.code, title: words.title })}
        </InAppLink>
      </p>
      {full && (
        <ul>
          {words.todo.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
