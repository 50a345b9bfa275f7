// Export the log as CSV (for Excel) and JSON (for another phone), and import a JSON export.
// Every record is validated before anything is written; notes are masked on the way in.
import Papa from 'papaparse';
import { z } from 'zod';
import { languageNames, languages, type LogWords, type StepWords } from '../i18n';
import {
  currentAnswerOf,
  currentCheckOf,
  currentStepOf,
  isCheckId,
  outcomeKinds,
  type CheckId,
  type StepId,
} from '../wizard';
import type { AppDatabase } from '../db/database';
import { pathInWords, whereEnded } from './describe';
import { maskCardNumbers } from '../db';
import type { Incident } from '../db';

export const exportFormat = 'e1-troubleshooter.incidents';
export const exportVersion = 1;

const time = z.number().int().nonnegative();
const id = z.string().max(100);

// Backups made before the tree was rebuilt name old steps and answers: they are read as the
// steps and answers that took their place (wizard/legacy.ts).
const step = id.transform((value, context): StepId => {
  const current = currentStepOf(value);
  if (current) return current;
  context.addIssue({ code: 'custom', message: `unknown step ${value}` });
  return z.NEVER;
});
const endedAtStep = id.nullable().transform((value, context): CheckId | null => {
  if (value === null) return null;
  const current = currentCheckOf(value);
  if (current) return current;
  context.addIssue({ code: 'custom', message: `unknown check ${value}` });
  return z.NEVER;
});

const incidentSchema = z.object({
  id: z.string().min(1).max(100),
  startedAt: time,
  updatedAt: time,
  endedAt: time.nullable(),
  language: z.enum(languages),
  outcome: z.enum([...outcomeKinds, 'open']),
  endedAtStep,
  steps: z
    .array(
      z
        .object({
          step,
          shownAt: time,
          answer: z.string().max(40).nullable(),
          answeredAt: time.nullable(),
        })
        .transform((entry) => ({
          ...entry,
          answer:
            entry.answer && isCheckId(entry.step)
              ? currentAnswerOf(entry.step, entry.answer)
              : null,
        })),
    )
    .max(1_000),
  note: z.string().max(10_000),
  /** The response code followed into the checks: two characters as the POS shows them. */
  code: z
    .string()
    .regex(/^[0-9A-Z]{2}$/)
    .optional(),
});

const exportSchema = z.object({
  format: z.literal(exportFormat),
  version: z.literal(exportVersion),
  exportedAt: z.string(),
  count: z.number().int().nonnegative(),
  incidents: z.array(incidentSchema),
});

/** The exported form of an incident: everything but the machine snapshot. */
type ExportedIncident = z.infer<typeof incidentSchema>;

function exported({ snapshot, ...incident }: Incident): ExportedIncident {
  return { ...incident, note: maskCardNumbers(incident.note) };
}

export function toJson(incidents: readonly Incident[], exportedAt: Date): string {
  return JSON.stringify(
    {
      format: exportFormat,
      version: exportVersion,
      exportedAt: exportedAt.toISOString(),
      count: incidents.length,
      incidents: incidents.map(exported),
    },
    null,
    1,
  );
}

/** `2026-11-25 10:42:07` in local time: what Excel reads as a date in every locale. */
function localTime(time: number | null): string {
  if (time === null) return '';
  const date = new Date(time);
  const two = (value: number) => String(value).padStart(2, '0');
  return `${date.getFullYear()}-${two(date.getMonth() + 1)}-${two(date.getDate())} ${two(date.getHours())}:${two(date.getMinutes())}:${two(date.getSeconds())}`;
}

/**
 * The CSV's columns, in order, the same in every language: first what a shop owner reads, in
 * the language the app is in when exporting, then the same facts as ids, for machines.
 */
export const csvColumns = [
  'started',
  'ended',
  'duration',
  'outcome',
  'endedAt',
  'code',
  'path',
  'note',
  'language',
  'id',
  'outcomeId',
  'endedAtStepId',
  'stepIds',
  'languageCode',
] as const;
export type CsvColumn = (typeof csvColumns)[number];

/** The words a CSV is written in: one language's step words and log words. */
export interface CsvWords {
  steps: StepWords;
  log: LogWords;
}

function csvRow(incident: Incident, { steps, log }: CsvWords): Record<CsvColumn, string> {
  const stillOpenAt = (step: string) => log.incident.stillOpenAt.replace('{{step}}', () => step);
  return {
    started: localTime(incident.startedAt),
    ended: localTime(incident.endedAt),
    duration:
      incident.endedAt === null
        ? ''
        : String(Math.round((incident.endedAt - incident.startedAt) / 1000)),
    outcome: log.outcomes[incident.outcome],
    endedAt: whereEnded(incident, steps, stillOpenAt),
    code: incident.code ?? '',
    // One line per step: Excel shows a cell's line breaks as lines.
    path: pathInWords(incident, steps).join('\n'),
    note: maskCardNumbers(incident.note),
    language: languageNames[incident.language],
    id: incident.id,
    outcomeId: incident.outcome,
    endedAtStepId: incident.endedAtStep ?? '',
    stepIds: incident.steps
      .map((entry) => (entry.answer ? `${entry.step}: ${entry.answer}` : entry.step))
      .join('; '),
    languageCode: incident.language,
  };
}

/**
 * CSV for Excel in the words given (the language on screen): headers, outcomes, step titles and
 * answers in that language, the ids in columns of their own. A byte-order mark makes Excel open
 * the Chinese text as UTF-8.
 */
export function toCsv(incidents: readonly Incident[], words: CsvWords): string {
  const fields = csvColumns.map((column) => words.log.csv[column]);
  const data = incidents.map((incident) => {
    const row = csvRow(incident, words);
    return csvColumns.map((column) => row[column]);
  });
  // escapeFormulae: a note starting with "=" must not run as a formula in Excel.
  return `\uFEFF${Papa.unparse({ fields, data }, { escapeFormulae: true, newline: '\r\n' })}`;
}

export type ImportProblem =
  'notJson' | 'incomplete' | 'foreign' | 'tooNew' | 'corrupt' | 'tooLarge';

export type ImportResult =
  | { ok: true; added: number; updated: number; unchanged: number }
  | { ok: false; problem: ImportProblem };

/** 50 MB: far above 10,000 incidents, far below what would freeze a phone. */
const maxImportBytes = 50_000_000;

/** toJson writes the format first, on the second line; the slack allows a re-save with other spacing. */
const formatMarkerWithin = 200;

/** Text that opens the way an export does: if it does not parse, it was cut off or damaged. */
function startsLikeAnExport(json: string): boolean {
  return (
    json.trimStart().startsWith('{') &&
    json.slice(0, formatMarkerWithin).includes(`"${exportFormat}"`)
  );
}

/** Checks a whole file before anything is written; returns its incidents, masked. */
export function parseExport(
  text: string,
): { ok: true; incidents: Incident[] } | { ok: false; problem: ImportProblem } {
  if (text.length > maxImportBytes) return { ok: false, problem: 'tooLarge' };
  const json = text.replace(/^\uFEFF/, '');
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch {
    return { ok: false, problem: startsLikeAnExport(json) ? 'incomplete' : 'notJson' };
  }
  const header = z.object({ format: z.string(), version: z.number() }).safeParse(data);
  if (!header.success || header.data.format !== exportFormat)
    return { ok: false, problem: 'foreign' };
  if (header.data.version > exportVersion) return { ok: false, problem: 'tooNew' };
  const parsed = exportSchema.safeParse(data);
  if (!parsed.success || parsed.data.count !== parsed.data.incidents.length) {
    return { ok: false, problem: 'corrupt' };
  }
  return {
    ok: true,
    incidents: parsed.data.incidents.map((incident) => ({
      ...incident,
      note: maskCardNumbers(incident.note),
      snapshot: null,
    })),
  };
}

/** Merges by incident id: a record replaces the stored one only if it was updated later. */
export async function importExport(db: AppDatabase, text: string): Promise<ImportResult> {
  const parsed = parseExport(text);
  if (!parsed.ok) return parsed;
  return { ok: true, ...(await db.mergeIncidents(parsed.incidents)) };
}
