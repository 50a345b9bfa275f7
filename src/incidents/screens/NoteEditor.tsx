import '../styles/log.css';
import { useId, useState } from 'react';
import { useTranslation } from '../../i18n';
import { Button } from '../../ui';
import { maskCardNumbers } from '../../db';

interface NoteEditorProps {
  note: string;
  /** Receives the note already masked. */
  onSave: (maskedNote: string) => unknown;
}

/** An optional free-text note; card numbers in it are masked before it is saved. */
export function NoteEditor({ note, onSave }: NoteEditorProps) {
  const { t } = useTranslation(['log', 'ui']);
  const id = useId();
  const [draft, setDraft] = useState(note);
  const [saved, setSaved] = useState<'saved' | 'masked' | null>(null);

  const save = async () => {
    const masked = maskCardNumbers(draft);
    await onSave(masked);
    setDraft(masked);
    setSaved(masked === draft ? 'saved' : 'masked');
  };

  return (
    <div className="note-editor">
      <label htmlFor={`${id}-note`}>{t('note.label')}</label>
      <p className="hint" id={`${id}-hint`}>
        {t('note.hint')}
      </p>
      <textarea
        id={`${id}-note`}
        aria-describedby={`${id}-hint`}
        rows={3}
        maxLength={10_000}
        value={draft}
        onChange={(event) => {
          setDraft(event.target.value);
          setSaved(null);
        }}
      />
      <Button onClick={() => void save()}>{t('note.save')}</Button>
      <p className="calm-status" role="status">
        {saved && t(saved === 'saved' ? 'note.saved' : 'note.masked')}
      </p>
    </div>
  );
}
