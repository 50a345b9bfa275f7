// The handoff link's data: `?handoff=1.<base64url(checksum ‖ deflate-raw(JSON))>`.
// No server: the summary travels in the link. The version comes first so a newer app's link is
// named as such; the checksum (SHA-256, first 6 bytes) catches a link altered or cut short in a
// chat app; both size caps are checked before the work they guard, so a hostile link (a "zip
// bomb") is refused quickly instead of filling memory.
import { z } from 'zod';
import {
  currentAnswerOf,
  currentCheckOf,
  outcomeKinds,
  type AnswerId,
  type CheckId,
} from '../../wizard';
import { handoffLimits, type HandoffSummary } from './summary';

export const handoffVersion = 1;
/** The longest `handoff=` value decoded at all; the longest summary the app makes is far below. */
export const maxHandoffDataLength = 8_000;
/** The most JSON a link may inflate to; a real summary is a few kilobytes at most. */
export const maxHandoffJsonBytes = 64 * 1024;
const checksumBytes = 6;

export type HandoffProblem = 'damaged' | 'unknownVersion' | 'tooLarge';

export type DecodedHandoff =
  { ok: true; summary: HandoffSummary } | { ok: false; problem: HandoffProblem };

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

/**
 * The JSON in the link: a tuple, so the keys do not take room; times in seconds, steps relative.
 * Fields added later go at the end, optional, so links made before them still read (version 1).
 */
const wireSchema = z.tuple([
  seconds,
  seconds.nullable(),
  z.enum([...outcomeKinds, 'open']),
  check.nullable(),
  z.array(z.tuple([check, answer, seconds])).max(handoffLimits.steps),
  z.tuple([field, field, field]),
  z.tuple([field, field, field]),
  text(handoffLimits.note),
  // Added with the response codes; left out when there is none, so such a link is as before.
  responseCode.optional(),
]);
type Wire = z.input<typeof wireSchema>;
type ReadWire = z.output<typeof wireSchema>;

function toWire(summary: HandoffSummary): Wire {
  const start = summary.startedAt / 1000;
  const since = (time: number) => Math.round(time / 1000 - start);
  const { terminal, payment } = summary;
  return [
    Math.round(start),
    summary.endedAt === null ? null : since(summary.endedAt),
    summary.outcome,
    summary.endedAtStep,
    summary.steps.map(({ step, answer, at }) => [step, answer, since(at)]),
    [terminal.sn, terminal.merchantNumber, terminal.terminalNumber],
    [payment.time, payment.amount, payment.reference],
    summary.note,
    summary.code,
  ];
}

/** The wire as JSON, an absent last field left out (JSON would write it as null). */
function wireJson(wire: Wire): string {
  return JSON.stringify(wire.at(-1) === undefined ? wire.slice(0, -1) : wire);
}

function fromWire([
  start,
  ended,
  outcome,
  endedAtStep,
  steps,
  terminal,
  payment,
  note,
  code,
]: ReadWire): HandoffSummary {
  const at = (offset: number) => (start + offset) * 1000;
  const answerAt = (step: CheckId, given: string | null): AnswerId | null =>
    given === null ? null : currentAnswerOf(step, given);
  return {
    startedAt: start * 1000,
    endedAt: ended === null ? null : at(ended),
    outcome,
    endedAtStep,
    steps: steps.map(([step, given, offset]) => ({
      step,
      answer: answerAt(step, given),
      at: at(offset),
    })),
    terminal: { sn: terminal[0], merchantNumber: terminal[1], terminalNumber: terminal[2] },
    payment: { time: payment[0], amount: payment[1], reference: payment[2] },
    note,
    ...(code ? { code } : {}),
  };
}

// ---- bytes ----

function concat(...parts: Uint8Array[]): Uint8Array<ArrayBuffer> {
  const joined = new Uint8Array(parts.reduce((total, part) => total + part.length, 0));
  let offset = 0;
  for (const part of parts) {
    joined.set(part, offset);
    offset += part.length;
  }
  return joined;
}

/** Reads a stream to its end, or stops (and cancels it) once it passes `cap` bytes. */
async function readAll(
  stream: ReadableStream<Uint8Array>,
  cap: number,
): Promise<Uint8Array<ArrayBuffer> | 'tooLarge'> {
  const reader = stream.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return concat(...chunks);
    total += value.length;
    if (total > cap) {
      await reader.cancel().catch(() => undefined);
      return 'tooLarge';
    }
    chunks.push(value);
  }
}

function streamOf(bytes: Uint8Array<ArrayBuffer>): ReadableStream<BufferSource> {
  return new ReadableStream<BufferSource>({
    start(controller) {
      controller.enqueue(bytes);
      controller.close();
    },
  });
}

async function deflate(bytes: Uint8Array<ArrayBuffer>): Promise<Uint8Array<ArrayBuffer>> {
  const deflated = await readAll(
    streamOf(bytes).pipeThrough(new CompressionStream('deflate-raw')),
    Number.POSITIVE_INFINITY,
  );
  if (deflated === 'tooLarge') throw new Error('unreachable: no cap');
  return deflated;
}

/** The inflated bytes, 'tooLarge' past the cap, or null when they are not deflate-raw data. */
async function inflate(
  bytes: Uint8Array<ArrayBuffer>,
  cap: number,
): Promise<Uint8Array | 'tooLarge' | null> {
  try {
    return await readAll(streamOf(bytes).pipeThrough(new DecompressionStream('deflate-raw')), cap);
  } catch {
    return null;
  }
}

async function checksum(version: string, payload: Uint8Array): Promise<Uint8Array> {
  const digest = await crypto.subtle.digest(
    'SHA-256',
    concat(new TextEncoder().encode(`${version}.`), payload),
  );
  return new Uint8Array(digest, 0, checksumBytes);
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && a.every((byte, index) => byte === b[index]);
}

export function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** Null unless `text` is unpadded base64url. */
export function fromBase64Url(text: string): Uint8Array<ArrayBuffer> | null {
  if (!/^[A-Za-z0-9_-]*$/.test(text) || text.length % 4 === 1) return null;
  const base64 = text.replace(/-/g, '+').replace(/_/g, '/');
  try {
    const binary = atob(base64.padEnd(Math.ceil(base64.length / 4) * 4, '='));
    return Uint8Array.from(binary, (char) => char.charCodeAt(0));
  } catch {
    return null;
  }
}

// ---- the link's data ----

/** The `handoff=` value for `summary`. */
export async function encodeHandoff(summary: HandoffSummary): Promise<string> {
  const version = String(handoffVersion);
  const json = new TextEncoder().encode(wireJson(toWire(summary)));
  const payload = await deflate(json);
  return `${version}.${toBase64Url(concat(await checksum(version, payload), payload))}`;
}

/** The summary a `handoff=` value carries, or why it is refused. Never a partial summary. */
export async function decodeHandoff(data: string): Promise<DecodedHandoff> {
  const refuse = (problem: HandoffProblem): DecodedHandoff => ({ ok: false, problem });
  const trimmed = data.trim();
  if (trimmed.length > maxHandoffDataLength) return refuse('tooLarge');
  const dot = trimmed.indexOf('.');
  const version = trimmed.slice(0, dot);
  if (dot < 1 || !/^\d+$/.test(version)) return refuse('damaged');
  if (Number(version) !== handoffVersion) return refuse('unknownVersion');

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
    const parsed = wireSchema.safeParse(
      JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(json)),
    );
    return parsed.success ? { ok: true, summary: fromWire(parsed.data) } : refuse('damaged');
  } catch {
    return refuse('damaged');
  }
}
