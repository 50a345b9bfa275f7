// An incident in a shop owner's words, the same on the log's rows, the detail and the CSV: where
// it ended, the note's first words, and what kind of end it was.
import type { StepWords } from '../i18n';
import { answerLabel, isCheckId, type OutcomeKind } from '../wizard';
import type { Incident } from '../db';

/**
 * Where an incident ended, in words: the check credited with the fix or where it stopped; for
 * one still open, the last check shown, through `stillOpenAt` ("Still open: …") when given.
 */
export function whereEnded(
  incident: Incident,
  steps: StepWords,
  stillOpenAt: (step: string) => string = (step) => step,
): string {
  if (incident.endedAtStep) return steps[incident.endedAtStep].title;
  const lastCheck = incident.steps.map((entry) => entry.step).findLast(isCheckId);
  const at = lastCheck ? steps[lastCheck].title : '';
  return incident.outcome === 'open' ? stillOpenAt(at) : at;
}

/** Each step shown, in order, as "<its title> — <the answer's words>" (the title alone if none). */
export function pathInWords(incident: Incident, steps: StepWords): string[] {
  return incident.steps.flatMap((entry) => {
    if (entry.step === 'start') return [];
    const title = steps[entry.step].title;
    return entry.answer && isCheckId(entry.step)
      ? [`${title} — ${answerLabel(steps, entry.step, entry.answer)}`]
      : [title];
  });
}

/** About one line on a phone: longer notes are cut, at a space when there is one near the end. */
const previewLength = 48;

/** The first words of a note, for a row: its first non-empty line, cut short with "…". */
export function notePreview(note: string, length = previewLength): string {
  const line = (note.split(/\r?\n/).find((text) => text.trim() !== '') ?? '')
    .replace(/\s+/g, ' ')
    .trim();
  // By code point, so a character outside the BMP is never cut in half.
  const characters = Array.from(line);
  if (characters.length <= length) return line;
  const cut = characters.slice(0, length).join('');
  // Back to the last whole word, unless the cut already falls between two words.
  const space = characters[length] === ' ' ? cut.length : cut.lastIndexOf(' ');
  const words = space >= length * 0.6 ? cut.slice(0, space) : cut;
  return `${words.replace(/[\s,.;:，。；：、]+$/u, '')}…`;
}

/** What an outcome asks of the shop next, for the row's mark: colour is never the only sign. */
export type OutcomeTone = 'done' | 'open' | 'followUp' | 'stopped';

const tones: Record<OutcomeKind | 'open', OutcomeTone> = {
  fixed: 'done',
  'already-paid': 'done',
  open: 'open',
  abandoned: 'stopped',
  'double-charge': 'followUp',
  reversal: 'followUp',
  outage: 'followUp',
  'card-problem': 'followUp',
  'security-stop': 'followUp',
  repair: 'followUp',
  escalated: 'followUp',
};

export const outcomeTone = (outcome: Incident['outcome']): OutcomeTone => tones[outcome];
