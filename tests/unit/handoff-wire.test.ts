// The handoff link's JSON as another version of the app reads it: a tuple, times in seconds from
// the start, a plain step three long, an earlier answer and a jump only when there is one, and a
// zone that says nothing (UTC, unnamed) for a summary that came from a version-1 link.
import { inflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { decodeHandoff, encodeHandoff, handoffVersion } from '../../src/share/handoff/handoffLink';
import type { HandoffSummary } from '../../src/share/handoff/summary';

/** The JSON a link carries, read with Node's zlib: past the version, the dot and the checksum. */
function wireOf(data: string): unknown {
  const [version, body = ''] = data.split('.');
  expect(version).toBe(String(handoffVersion));
  return JSON.parse(inflateRawSync(Buffer.from(body, 'base64url').subarray(6)).toString('utf8'));
}

const start = Date.UTC(2026, 2, 12, 2, 0, 0);

const summary: HandoffSummary = {
  startedAt: start,
  endedAt: start + 300_000,
  outcome: 'fixed',
  endedAtStep: 'card.other',
  steps: [
    { step: 'triage.others', answer: 'onlyHere', at: start },
    { step: 'triage.card', answer: 'onlyThisCard', at: start + 20_000, earlier: 'everyCard' },
    {
      step: 'card.insert',
      answer: null,
      at: start + 60_000,
      jump: { stage: 'card', skipped: ['pin'] },
    },
    {
      step: 'card.other',
      answer: 'otherPaid',
      at: start + 90_000,
      earlier: 'otherFails',
      jump: { stage: 'card', skipped: [] },
    },
  ],
  terminal: { sn: 'SN-1', merchantNumber: 'M-2', terminalNumber: 'T-3' },
  payment: { time: '10:02', amount: '¥88.00', reference: 'ref 7' },
  note: 'note',
  timeZone: null,
};

describe('the handoff link’s JSON', () => {
  it('is the summary as a tuple, each step only as long as it has something to say', async () => {
    expect(wireOf(await encodeHandoff(summary))).toEqual([
      start / 1000,
      300,
      'fixed',
      'card.other',
      [
        ['triage.others', 'onlyHere', 0],
        ['triage.card', 'onlyThisCard', 20, 'everyCard'],
        ['card.insert', null, 60, null, ['card', 'pin']],
        ['card.other', 'otherPaid', 90, 'otherFails', ['card']],
      ],
      ['SN-1', 'M-2', 'T-3'],
      ['10:02', '¥88.00', 'ref 7'],
      'note',
      null,
      [0, ''],
    ]);
  });

  it('carries the code and the merchant’s zone when the summary has them', async () => {
    const zoned = {
      ...summary,
      endedAt: null,
      code: '51',
      timeZone: { offsetMinutes: 480, name: 'Asia/Shanghai' },
    };
    expect(wireOf(await encodeHandoff(zoned))).toMatchObject({
      1: null,
      8: '51',
      9: [480, 'Asia/Shanghai'],
    });
  });

  it('gives back a summary without a zone as one on UTC, unnamed, and every step as it was', async () => {
    expect(await decodeHandoff(await encodeHandoff(summary))).toEqual({
      ok: true,
      summary: { ...summary, timeZone: { offsetMinutes: 0, name: '' } },
    });
  });
});
