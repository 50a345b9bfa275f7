import { recorder } from '../runtime';
import { useRecordedIncident } from '../session';
import { NoteEditor } from './NoteEditor';

/** The note field on an outcome screen, for the incident that just ended. */
export default function OutcomeNote() {
  const incident = useRecordedIncident();
  if (!incident) return null;
  return (
    <NoteEditor key={incident.id} note={incident.note} onSave={(note) => recorder.setNote(note)} />
  );
}
