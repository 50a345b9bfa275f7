// The response codes as data (content/codes/codes.json): each code's kind, the message the POS
// may show, and the step of the checks it leads into. Checked against the machine and the words
// by tests/unit/codes-data.test.ts; a row that names no step of this machine throws here.
import table from '../../content/codes/codes.json';
import { languages, type CodeWords } from '../i18n';
import { isAnswerId, isStepId, type AnswerId, type StepId } from '../wizard';
import { codeOf, type Searchable } from './match';
import type { AllCodeWords } from './words';

export const codeKinds = ['approved', 'retry', 'noRetry', 'staff', 'system'] as const;
export type CodeKind = (typeof codeKinds)[number];

/** A response code the app knows: one of the keys of the code words. */
export type CodeId = keyof CodeWords['codes'];

/** E1 is no response code, but people look it up all the same: it has its own entry. */
export const e1 = 'E1';

export interface ResponseCode {
  code: CodeId;
  kind: CodeKind;
  /** The message the spec recommends the POS shows (in Chinese on every POS), when known. */
  shows: string | null;
  /** The step of the checks this code leads into, if the tree has its fix. */
  leadsTo: Exclude<StepId, 'start'> | null;
  /** The answer whose words that step shows, when the code means the same as that answer. */
  via: AnswerId | null;
}

const rows: readonly Row[] = table.codes;

export function isCodeId(value: string): value is CodeId {
  return rows.some((row) => row.code === value);
}

const isKind = (value: string): value is CodeKind =>
  (codeKinds as readonly string[]).includes(value);

interface Row {
  code: string;
  kind: string;
  shows?: string;
  leadsTo?: string;
  via?: string;
}

function readRow({ code, kind, shows, leadsTo, via }: Row): ResponseCode {
  // Every row's code has words in both languages: tests/unit/codes-data.test.ts.
  if (!isCodeId(code)) throw new Error(`content/codes: ${code} is not a code`);
  if (!isKind(kind)) throw new Error(`content/codes: ${code} has an unknown kind ${kind}`);
  if (leadsTo !== undefined && (!isStepId(leadsTo) || leadsTo === 'start')) {
    throw new Error(`content/codes: ${code} leads to ${leadsTo}, which the checks do not have`);
  }
  if (via !== undefined && !isAnswerId(via)) {
    throw new Error(`content/codes: ${code} names an unknown answer ${via}`);
  }
  return { code, kind, shows: shows ?? null, leadsTo: leadsTo ?? null, via: via ?? null };
}

/** Every code, in the order the list shows them. */
export const responseCodes: readonly ResponseCode[] = rows.map(readRow);

export function responseCode(code: CodeId): ResponseCode {
  const found = responseCodes.find((entry) => entry.code === code);
  if (!found) throw new Error(`content/codes: no row for ${code}`);
  return found;
}

/** What the lookup searches: E1 and every code, in the words of every language. */
export function searchIndexOf(words: AllCodeWords): Searchable[] {
  return [
    {
      id: e1,
      titles: languages.flatMap((language) => [
        words[language].e1.title,
        words[language].e1.listTitle,
      ]),
      texts: languages.flatMap((language) => [
        words[language].e1.lead,
        ...words[language].e1.readings,
      ]),
    },
    ...responseCodes.map(({ code, shows }) => ({
      id: code,
      titles: [...languages.map((language) => words[language].codes[code].title), shows ?? ''],
      texts: languages.flatMap((language) => {
        const { meaning, todo, tell } = words[language].codes[code];
        return [meaning, ...todo, tell];
      }),
    })),
  ];
}

/** The longest `?code=` value read at all: two characters, with room for stray spaces. */
const maxLinkCodeLength = 20;

export type LinkedCode =
  { kind: 'e1' } | { kind: 'code'; entry: ResponseCode } | { kind: 'unknown' };

/** What a code typed or sent in a link names: `a0`, `Ａ０` and ` A0 ` all name A0. */
export function linkedCode(raw: string): LinkedCode {
  if (raw.length > maxLinkCodeLength) return { kind: 'unknown' };
  const code = codeOf(raw);
  if (code === e1) return { kind: 'e1' };
  return isCodeId(code) ? { kind: 'code', entry: responseCode(code) } : { kind: 'unknown' };
}
