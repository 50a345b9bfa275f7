import { recorder } from '../runtime';
import { NoteEditor } from './NoteEditor';

/** The note field on an outcome screen, for the incident that just ended. */
export default function OutcomeNote() {
  const incident = recorder.current();
  if (!incident) return null;
  return (
    <NoteEditor key={incident.id} note={incident.note} onSave={(note) => recorder.setNote(note)} />
  );
}
