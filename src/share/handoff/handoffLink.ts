// The handoff link's data: `#handoff=2.<base64url(checksum ‖ deflate-raw(JSON))>`.
// No server: the summary travels in the link. The version comes first so a newer app's link is
// named as such; the checksum (SHA-256, first 6 bytes) catches a link altered or cut short in a
// chat app; both size caps are checked before the work they guard, so a hostile link (a "zip
// bomb") is refused quickly instead of filling memory. Version 1 links (no time zone, steps as
// recorded) still open.
import { z } from 'zod';
import {
  checksum,
  checksumBytes,
  concat,
  deflate,
  fromBase64Url,
  inflate,
  sameBytes,
  toBase64Url,
} from './bytes';

export { fromBase64Url, toBase64Url };
import {
  currentAnswerOf,
  currentCheckOf,
  outcomeKinds,
  stageIds,
  type AnswerId,
  type CheckId,
  type StageId,
} from '../../wizard';
import {
  handoffLimits,
  timeZoneNamePattern,
  type HandoffStep,
  type HandoffSummary,
} from './summary';

export const handoffVersion = 2;
/** Versions this app reads: 1 (before time zones and the walk as it finally went) and 2. */
const readableVersions = [1, 2];
/** The longest `handoff=` value decoded at all; the longest summary the app makes is far below. */
export const maxHandoffDataLength = 8_000;
/** The most JSON a link may inflate to; a real summary is a few kilobytes at most. */
export const maxHandoffJsonBytes = 64 * 1024;

export type HandoffProblem = 'damaged' | 'unknownVersion' | 'tooLarge';

export type DecodedHandoff =
  { ok: true; summary: HandoffSummary } | { ok: false; problem: HandoffProblem };

/**
 * What chat apps glue to the end of a link they did not recognise as ending there: a full stop,
 * a closing bracket or quote, in ASCII or full width (WeChat's `。` and `）`), or an angle bracket
 * around it. None of these is in base64url, so taking them off never takes off data; the
 * checksum still refuses a link cut short or altered.
 */
const gluedToTheEnd = /[\s.,;:!?)\]}>'"*。，、；：！？）】」』》〉”’…]+$/u;

/** `data` without the punctuation a chat app glued to its end. */
export function trimGluedPunctuation(data: string): string {
  return data.replace(gluedToTheEnd, '');
}

const seconds = z
  .number()
  .int()
  .nonnegative()
  .max(2 ** 40);
const text = (max: number) => z.string().max(max);
const field = text(handoffLimits.field);
// A link made before the tree was rebuilt names old checks and answers: they are read as the
// ones that took their place (wizard/legacy.ts), so version-1 links still open.
const check = text(100).transform((value, context): CheckId => {
  const current = currentCheckOf(value);
  if (current) return current;
  context.addIssue({ code: 'custom', message: `unknown check ${value}` });
  return z.NEVER;
});
const answer = text(40).nullable();
/** Two characters, as the POS shows them. */
const responseCode = z.string().regex(/^[0-9A-Z]{2}$/);
const stage = z.enum(stageIds as [StageId, ...StageId[]]);
/** [the stage jumped to, ...the stages it skipped]. */
const jump = z.array(stage).min(1).max(stageIds.length);
/** [minutes east of UTC, the IANA name]; UTC-12 to UTC+14, with room. */
const timeZone = z.tuple([
  z
    .number()
    .int()
    .min(-16 * 60)
    .max(16 * 60),
  z.string().regex(timeZoneNamePattern),
]);

const fieldsOfEveryVersion = [
  seconds,
  seconds.nullable(),
  z.enum([...outcomeKinds, 'open']),
  check.nullable(),
] as const;

/**
 * Version 1's JSON: a tuple, so the keys do not take room; times in seconds, steps relative. The
 * response code was added at the end, optional, so links made before it still read.
 */
const wireV1 = z.tuple([
  ...fieldsOfEveryVersion,
  z.array(z.tuple([check, answer, seconds])).max(handoffLimits.steps),
  z.tuple([field, field, field]),
  z.tuple([field, field, field]),
  text(handoffLimits.note),
  responseCode.optional(),
]);

/**
 * Version 2's: a step may add the answer it first had (changed later), then the jump that
 * reached it; the code is null when there is none, and the merchant's time zone comes last.
 */
const wireV2 = z.tuple([
  ...fieldsOfEveryVersion,
  z
    .array(z.tuple([check, answer, seconds, answer.optional(), jump.optional()]))
    .max(handoffLimits.steps),
  z.tuple([field, field, field]),
  z.tuple([field, field, field]),
  text(handoffLimits.note),
  responseCode.nullable(),
  timeZone,
]);
type Wire = z.input<typeof wireV2>;
type WireStep = Wire[4][number];

function toWire(summary: HandoffSummary): Wire {
  const start = summary.startedAt / 1000;
  const since = (time: number) => Math.round(time / 1000 - start);
  const { terminal, payment, timeZone: zone } = summary;
  const step = ({ step: check, answer: given, at, earlier, jump: reached }: HandoffStep) => {
    const wire: WireStep = [check, given, since(at)];
    // Trailing fields only when there is something to say: a plain step stays three long.
    if (earlier || reached) wire.push(earlier ?? null);
    if (reached) wire.push([reached.stage, ...reached.skipped]);
    return wire;
  };
  return [
    Math.round(start),
    summary.endedAt === null ? null : since(summary.endedAt),
    summary.outcome,
    summary.endedAtStep,
    summary.steps.map(step),
    [terminal.sn, terminal.merchantNumber, terminal.terminalNumber],
    [payment.time, payment.amount, payment.reference],
    summary.note,
    summary.code ?? null,
    // A summary read from a version-1 link and made again has no zone: UTC, unnamed, is no claim.
    [zone?.offsetMinutes ?? 0, zone?.name ?? ''],
  ];
}

type ReadWire = z.output<typeof wireV2> | z.output<typeof wireV1>;

function fromWire(wire: ReadWire): HandoffSummary {
  const [start, ended, outcome, endedAtStep, steps, terminal, payment, note, code] = wire;
  const zone = wire.length > 9 ? wire[9] : undefined;
  const at = (offset: number) => (start + offset) * 1000;
  const answerAt = (step: CheckId, given: string | null | undefined): AnswerId | null =>
    given ? currentAnswerOf(step, given) : null;
  return {
    startedAt: start * 1000,
    endedAt: ended === null ? null : at(ended),
    outcome,
    endedAtStep,
    steps: steps.map(([step, given, offset, first, reached]): HandoffStep => {
      const earlier = answerAt(step, first);
      const [jumpedTo, ...skipped] = reached ?? [];
      return {
        step,
        answer: answerAt(step, given),
        at: at(offset),
        ...(earlier ? { earlier } : {}),
        ...(jumpedTo ? { jump: { stage: jumpedTo, skipped } } : {}),
      };
    }),
    terminal: { sn: terminal[0], merchantNumber: terminal[1], terminalNumber: terminal[2] },
    payment: { time: payment[0], amount: payment[1], reference: payment[2] },
    note,
    ...(code ? { code } : {}),
    timeZone: zone ? { offsetMinutes: zone[0], name: zone[1] } : null,
  };
}

// ---- the link's data ----

/** The `handoff=` value for `summary`. */
export async function encodeHandoff(summary: HandoffSummary): Promise<string> {
  const version = String(handoffVersion);
  const json = new TextEncoder().encode(JSON.stringify(toWire(summary)));
  const payload = await deflate(json);
  return `${version}.${toBase64Url(concat(await checksum(version, payload), payload))}`;
}

/** The summary a `handoff=` value carries, or why it is refused. Never a partial summary. */
export async function decodeHandoff(data: string): Promise<DecodedHandoff> {
  const refuse = (problem: HandoffProblem): DecodedHandoff => ({ ok: false, problem });
  if (data.length > maxHandoffDataLength + 100) return refuse('tooLarge');
  const trimmed = trimGluedPunctuation(data.trim());
  if (trimmed.length > maxHandoffDataLength) return refuse('tooLarge');
  const dot = trimmed.indexOf('.');
  const version = trimmed.slice(0, dot);
  if (dot < 1 || !/^\d+$/.test(version)) return refuse('damaged');
  if (!readableVersions.includes(Number(version))) return refuse('unknownVersion');

  const bytes = fromBase64Url(trimmed.slice(dot + 1));
  if (!bytes || bytes.length <= checksumBytes) return refuse('damaged');
  const payload = bytes.subarray(checksumBytes);
  if (!sameBytes(bytes.subarray(0, checksumBytes), await checksum(version, payload))) {
    return refuse('damaged');
  }

  const json = await inflate(payload, maxHandoffJsonBytes);
  if (json === 'tooLarge') return refuse('tooLarge');
  if (json === null) return refuse('damaged');
  try {
    const schema = Number(version) === 1 ? wireV1 : wireV2;
    const parsed = schema.safeParse(
      JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(json)),
    );
    return parsed.success ? { ok: true, summary: fromWire(parsed.data) } : refuse('damaged');
  } catch {
    return refuse('damaged');
  }
}
