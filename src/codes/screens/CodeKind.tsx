import { useTranslation } from '../../i18n';
import type { CodeKind as Kind } from '../data';

/** A code's kind in words; the colour beside it only repeats what the words say. */
export function CodeKind({ kind }: { kind: Kind }) {
  const { t } = useTranslation('codes');
  return (
    <p className={`code-kind code-kind-${kind}`}>
      {t('entry.kind')}: <strong>{t(`kinds.${kind}`)}</strong>
    </p>
  );
}
