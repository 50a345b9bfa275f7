// The handoff link carries the summary itself: it must come back exactly, and any damaged,
// tampered, foreign or hostile link must be refused as a whole, quickly, with a reason.
import { createHash } from 'node:crypto';
import { deflateRawSync } from 'node:zlib';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import enShare from '../../content/share/en.json';
import zhShare from '../../content/share/zh-CN.json';
import { maskCardNumbers } from '../../src/db';
import {
  decodeHandoff,
  encodeHandoff,
  maxHandoffDataLength,
  maxHandoffJsonBytes,
  toBase64Url,
  trimGluedPunctuation,
  type HandoffProblem,
} from '../../src/share/handoff/handoffLink';
import {
  deviceTimeZone,
  handoffLimits,
  handoffSummary,
  noPaymentDetails,
  type HandoffSummary,
  type MerchantTimeZone,
} from '../../src/share/handoff/summary';
import { answersOf, checkIds, checkSteps, outcomeKinds, stageIds } from '../../src/wizard';
import {
  cardDigits,
  changedAndJumpedIncident,
  cardNumber,
  cardLikeMerchantNumber,
  savedTerminal,
  walkedIncident,
} from '../fixtures/handoff';

const shanghai: MerchantTimeZone = { offsetMinutes: 480, name: 'Asia/Shanghai' };

const summaryOf = (count: number) =>
  handoffSummary(
    walkedIncident(count),
    savedTerminal,
    { time: '10:02', amount: '¥88.00', reference: `ref ${cardNumber}` },
    maskCardNumbers,
    shanghai,
  );

/** Link data built by hand (Node's zlib and hash), so the decoder is checked against another encoder. */
function handMade(json: Uint8Array | string, version = '1'): string {
  const payload = deflateRawSync(typeof json === 'string' ? Buffer.from(json, 'utf8') : json);
  const digest = createHash('sha256').update(`${version}.`).update(payload).digest();
  return `${version}.${toBase64Url(Buffer.concat([digest.subarray(0, 6), payload]))}`;
}

async function expectRefused(data: string, problem: HandoffProblem) {
  expect(await decodeHandoff(data)).toEqual({ ok: false, problem });
}

describe('the handoff summary', () => {
  it('keeps every check tried, in order, with its answer and time to the second', () => {
    const incident = walkedIncident(10);
    const summary = handoffSummary(incident, savedTerminal, noPaymentDetails, maskCardNumbers);
    expect(summary.steps.map((entry) => [entry.step, entry.answer])).toEqual(
      incident.steps.filter((entry) => entry.answer).map((entry) => [entry.step, entry.answer]),
    );
    expect(summary.steps[0]).toMatchObject({
      at: Math.floor((incident.steps[0]?.shownAt ?? Number.NaN) / 1000) * 1000,
    });
    expect(summary.outcome).toBe('escalated');
    expect(summary.endedAtStep).toBe('escalate.call');
    expect(summary.terminal).toEqual({
      sn: savedTerminal.terminalSn,
      merchantNumber: savedTerminal.merchantNumber,
      terminalNumber: savedTerminal.terminalNumber,
    });
  });

  it('tells the walk as it finally went: a changed answer once, as changed; a jump with the stages it skipped', () => {
    const summary = handoffSummary(
      changedAndJumpedIncident(),
      savedTerminal,
      noPaymentDetails,
      maskCardNumbers,
    );
    expect(summary.steps.map(({ at, ...step }) => step)).toEqual([
      { step: 'triage.others', answer: 'onlyHere' },
      { step: 'triage.card', answer: 'onlyThisCard', earlier: 'everyCard' },
      { step: 'pin.locked', answer: 'notLocked' },
      { step: 'pin.holder', answer: null },
      {
        step: 'config.datetime',
        answer: 'works',
        // From the PIN checks; the network check was gone back over, so it is not on the walk.
        jump: { stage: 'config', skipped: ['hardware'] },
      },
      { step: 'payment.charged', answer: 'notCharged' },
    ]);
  });

  it('says whose clock its times are on: the device’s time zone, or the one given', () => {
    const incident = walkedIncident(3);
    expect(
      handoffSummary(incident, savedTerminal, noPaymentDetails, maskCardNumbers).timeZone,
    ).toEqual(deviceTimeZone(incident.startedAt));
    expect(
      handoffSummary(incident, savedTerminal, noPaymentDetails, maskCardNumbers, shanghai).timeZone,
    ).toEqual(shanghai);
    const here = deviceTimeZone(Date.UTC(2026, 0, 1));
    expect(here.offsetMinutes).toBe(-new Date(Date.UTC(2026, 0, 1)).getTimezoneOffset() || 0);
    expect(Object.is(here.offsetMinutes, -0)).toBe(false);
  });

  it('masks card numbers in the note and the payment details before anything else sees them', () => {
    const summary = handoffSummary(
      walkedIncident(3),
      savedTerminal,
      { time: cardNumber, amount: cardNumber, reference: cardNumber },
      maskCardNumbers,
    );
    const texts = [summary.note, ...Object.values(summary.payment)];
    for (const text of texts) expect(text.replace(/\D/g, '')).not.toContain(cardDigits);
    expect(summary.payment.reference).toBe('4111 11** **** 1111');
  });

  it('gives the terminal details from settings as typed, a card-like merchant number too', () => {
    expect(maskCardNumbers(cardLikeMerchantNumber)).not.toBe(cardLikeMerchantNumber);
    const terminal = {
      ...savedTerminal,
      terminalSn: ' SN 6212 3456 7890 1265 ',
      merchantNumber: cardLikeMerchantNumber,
    };
    const summary = handoffSummary(walkedIncident(3), terminal, noPaymentDetails, maskCardNumbers);
    expect(summary.terminal).toEqual({
      sn: 'SN 6212 3456 7890 1265',
      merchantNumber: cardLikeMerchantNumber,
      terminalNumber: savedTerminal.terminalNumber,
    });
    expect(summary.note).toContain('4111 11** **** 1111');
  });

  it('caps the note and the fields, so the link stays short', () => {
    const incident = { ...walkedIncident(2), note: 'n'.repeat(5_000) };
    const summary = handoffSummary(
      incident,
      savedTerminal,
      { ...noPaymentDetails, amount: '9'.repeat(500) },
      maskCardNumbers,
    );
    expect(summary.note).toHaveLength(handoffLimits.note);
    expect(summary.payment.amount).toHaveLength(handoffLimits.field);
  });
});

describe('the handoff link', () => {
  it('gives back the same summary', async () => {
    const summary = summaryOf(21);
    const data = await encodeHandoff(summary);
    expect(data).toMatch(/^2\.[A-Za-z0-9_-]+$/);
    expect(await decodeHandoff(data)).toEqual({ ok: true, summary });
  });

  it('gives back a changed answer and a jump', async () => {
    const summary = handoffSummary(
      changedAndJumpedIncident(),
      savedTerminal,
      noPaymentDetails,
      maskCardNumbers,
      shanghai,
    );
    expect(await decodeHandoff(await encodeHandoff(summary))).toEqual({ ok: true, summary });
  });

  it('carries a card-like merchant number as typed and the note’s card number masked', async () => {
    const summary = handoffSummary(
      walkedIncident(21),
      { ...savedTerminal, merchantNumber: cardLikeMerchantNumber },
      noPaymentDetails,
      maskCardNumbers,
    );
    const decoded = await decodeHandoff(await encodeHandoff(summary));
    if (!decoded.ok) throw new Error(`refused: ${decoded.problem}`);
    expect(decoded.summary.terminal.merchantNumber).toBe(cardLikeMerchantNumber);
    expect(decoded.summary.note).toContain('4111 11** **** 1111');
    expect(decoded.summary.note.replace(/\D/g, '')).not.toContain(cardDigits);
  });

  it('gives back any summary the app can make', async () => {
    const time = fc.integer({ min: 0, max: 4_000_000_000 }).map((seconds) => seconds * 1000);
    const field = fc.string({ maxLength: handoffLimits.field, unit: 'grapheme' });
    const summary: fc.Arbitrary<HandoffSummary> = fc
      .record({
        startedAt: time,
        ended: fc.option(fc.nat(86_400), { nil: null }),
        outcome: fc.constantFrom(...outcomeKinds, 'open' as const),
        endedAtStep: fc.option(fc.constantFrom(...checkIds), { nil: null }),
        steps: fc.array(
          fc.constantFrom(...checkSteps).chain((check) =>
            fc.record({
              step: fc.constant(check.id),
              answer: fc.option(fc.constantFrom(...answersOf(check).map((a) => a.answer)), {
                nil: null,
              }),
              offset: fc.nat(86_400),
              earlier: fc.option(fc.constantFrom(...answersOf(check).map((a) => a.answer)), {
                nil: null,
              }),
              jump: fc.option(
                fc.record({
                  stage: fc.constantFrom(...stageIds),
                  // The charged question is in no stage a walk can skip.
                  skipped: fc.subarray(stageIds.filter((stage) => stage !== 'payment')),
                }),
                { nil: null },
              ),
            }),
          ),
          { maxLength: 40 },
        ),
        terminal: fc.record({ sn: field, merchantNumber: field, terminalNumber: field }),
        payment: fc.record({ time: field, amount: field, reference: field }),
        note: fc.string({ maxLength: handoffLimits.note }),
        timeZone: fc.record({
          offsetMinutes: fc.integer({ min: -12 * 60, max: 14 * 60 }),
          name: fc.constantFrom('', 'Asia/Shanghai', 'Asia/Kolkata', 'America/St_Johns', 'UTC'),
        }),
      })
      .map(({ ended, steps, ...rest }) => ({
        ...rest,
        endedAt: ended === null ? null : rest.startedAt + ended * 1000,
        steps: steps.map(({ offset, earlier, jump, ...entry }) => ({
          ...entry,
          at: rest.startedAt + offset * 1000,
          ...(earlier ? { earlier } : {}),
          ...(jump ? { jump } : {}),
        })),
      }));
    await fc.assert(
      fc.asyncProperty(summary, async (value) => {
        expect(await decodeHandoff(await encodeHandoff(value))).toEqual({
          ok: true,
          summary: value,
        });
      }),
      { numRuns: 60 },
    );
  });

  it('opens a version-1 link made before the tree was rebuilt, naming its steps anew', async () => {
    const start = 1_773_280_800;
    const oldWire = [
      start,
      120,
      'escalated',
      'escalate.call',
      [
        ['network.signal', 'still', 0],
        ['card.wipe', 'still', 30],
        ['pin.locked', 'no', 60],
        ['escalate.status', 'still', 90],
        ['escalate.call', 'still', 110],
      ],
      ['SN-1', '', ''],
      ['', '', ''],
      'note',
    ];
    const decoded = await decodeHandoff(handMade(JSON.stringify(oldWire)));
    if (!decoded.ok) throw new Error(`refused: ${decoded.problem}`);
    expect(decoded.summary.steps.map((entry) => [entry.step, entry.answer])).toEqual([
      ['network.signal', null],
      ['card.insert', 'still'],
      ['pin.locked', 'notLocked'],
      ['network.host', null],
      ['escalate.call', 'fails'],
    ]);
    expect(decoded.summary.outcome).toBe('escalated');
    // Version 1 did not say whose clock its times are on.
    expect(decoded.summary.timeZone).toBeNull();
  });

  it('opens a version-1 link made by the rebuilt tree, its steps as recorded', async () => {
    const wire = [
      1_773_280_800,
      null,
      'open',
      null,
      [
        ['triage.others', 'onlyHere', 0],
        ['triage.card', null, 20],
      ],
      ['', '', ''],
      ['14:05', '', ''],
      '',
      '51',
    ];
    const decoded = await decodeHandoff(handMade(JSON.stringify(wire)));
    expect(decoded).toEqual({
      ok: true,
      summary: {
        startedAt: 1_773_280_800_000,
        endedAt: null,
        outcome: 'open',
        endedAtStep: null,
        steps: [
          { step: 'triage.others', answer: 'onlyHere', at: 1_773_280_800_000 },
          { step: 'triage.card', answer: null, at: 1_773_280_820_000 },
        ],
        terminal: { sn: '', merchantNumber: '', terminalNumber: '' },
        payment: { time: '14:05', amount: '', reference: '' },
        note: '',
        code: '51',
        timeZone: null,
      },
    });
  });

  it('refuses a link naming a step no version of the app had', async () => {
    const wire = [
      1,
      null,
      'open',
      null,
      [['network.nowhere', null, 0]],
      ['', '', ''],
      ['', '', ''],
      '',
    ];
    await expectRefused(handMade(JSON.stringify(wire)), 'damaged');
  });

  it('stays short enough for a chat message and a QR code with 20 steps', async () => {
    const data = await encodeHandoff(summaryOf(20));
    expect(data.length).toBeLessThan(1_000);
  });

  it('fits the longest summary the app makes under the decoder’s length cap', async () => {
    const incident = walkedIncident(21);
    const steps = Array.from({ length: handoffLimits.steps }, (_, index) => {
      const check = checkSteps[index % checkSteps.length] ?? checkSteps[0];
      if (!check) throw new Error('no checks');
      return {
        step: check.id,
        answer: answersOf(check)[0]?.answer ?? null,
        shownAt: incident.startedAt + index * 997_000,
        answeredAt: null,
      };
    });
    const field = (seed: string) => seed.repeat(handoffLimits.field);
    // Chinese text compresses worst of what a person types; every field full.
    const note = Array.from({ length: handoffLimits.note }, (_, index) =>
      String.fromCodePoint(0x4e00 + ((index * 7919) % 20_000)),
    ).join('');
    const summary = handoffSummary(
      { ...incident, steps, note },
      {
        ...savedTerminal,
        terminalSn: field('S'),
        merchantNumber: field('M'),
        terminalNumber: field('T'),
      },
      { time: field('时'), amount: field('元'), reference: field('号') },
      maskCardNumbers,
    );
    const data = await encodeHandoff(summary);
    expect(data.length).toBeLessThanOrEqual(maxHandoffDataLength);
    expect(await decodeHandoff(data)).toEqual({ ok: true, summary });
  });
});

describe('a handoff link that went through a chat app', () => {
  const glued = [
    '.',
    ')',
    '>',
    '。',
    '）',
    ').',
    '）。',
    '>.',
    '.)',
    '。）',
    ' ',
    '.\n',
    '”。',
    '!',
  ];

  it.each(glued)('opens with %j glued to its end', async (tail) => {
    const summary = summaryOf(12);
    const data = await encodeHandoff(summary);
    expect(await decodeHandoff(`${data}${tail}`)).toEqual({ ok: true, summary });
  });

  it('takes off only what a chat app glues on: never a base64url character', () => {
    expect(trimGluedPunctuation('2.abc_-9).。）>')).toBe('2.abc_-9');
    expect(trimGluedPunctuation('2.abc-_')).toBe('2.abc-_');
    expect(trimGluedPunctuation('2.a.b')).toBe('2.a.b');
  });

  it.each(glued)('still refuses a link cut short or altered, with %j glued on', async (tail) => {
    const data = await encodeHandoff(summaryOf(12));
    await expectRefused(`${data.slice(0, -3)}${tail}`, 'damaged');
    const altered = `${data.slice(0, 10)}${data[10] === 'A' ? 'B' : 'A'}${data.slice(11)}`;
    await expectRefused(`${altered}${tail}`, 'damaged');
  });
});

describe('a damaged or hostile handoff link', () => {
  it.each([1, 2, 10, 40])('is refused when cut short by %i characters', async (cut) => {
    const data = await encodeHandoff(summaryOf(20));
    await expectRefused(data.slice(0, -cut), 'damaged');
  });

  it('is refused when any one character is changed', async () => {
    const data = await encodeHandoff(summaryOf(20));
    for (let index = 2; index < data.length; index += 7) {
      const swapped = data[index] === 'A' ? 'B' : 'A';
      await expectRefused(data.slice(0, index) + swapped + data.slice(index + 1), 'damaged');
    }
  });

  it('is refused when its data was rewritten without updating the checksum', async () => {
    const genuine = await encodeHandoff(summaryOf(3));
    const forged = handMade(
      JSON.stringify([0, null, 'fixed', null, [], ['', '', ''], ['', '', ''], '']),
    );
    const [, forgedBody = ''] = forged.split('.');
    const [, genuineBody = ''] = genuine.split('.');
    // The genuine checksum in front of the forged data.
    await expectRefused(`1.${genuineBody.slice(0, 8)}${forgedBody.slice(8)}`, 'damaged');
  });

  it.each(['3', '0', '10', '999999999999'])(
    'is refused, as from another version, at version %s',
    async (version) => {
      const data = await encodeHandoff(summaryOf(3));
      await expectRefused(`${version}${data.slice(1)}`, 'unknownVersion');
    },
  );

  it.each([
    ['empty', ''],
    ['only a version', '1.'],
    ['no version', 'AAAAAAAAAAAAAAAA'],
    ['a letter for a version', 'v1.AAAAAAAAAAAAAAAA'],
    ['not base64', '1.abc$%^&*()=='],
    ['padded base64', '1.QUJDREVGR0g='],
    ['standard base64 characters', '1.ab+/cd+/ef+/gh+/'],
    ['markup', '1.<img src=x onerror=alert(1)>'],
    ['too short for a checksum', '1.QUJD'],
  ])('is refused when it is %s', async (_, data) => {
    await expectRefused(data, 'damaged');
  });

  it('is refused, without decoding, when it is longer than any summary the app makes', async () => {
    await expectRefused(`1.${'A'.repeat(maxHandoffDataLength)}`, 'tooLarge');
    await expectRefused(`1.${'A'.repeat(2_000_000)}`, 'tooLarge');
  });

  it('is refused quickly when it inflates past the cap (a "zip bomb")', async () => {
    // 5 MB of spaces inside a JSON string: a few kilobytes of link, valid checksum.
    const bomb = handMade(
      `[0,null,"open",null,[],["","",""],["","",""],"${' '.repeat(5_000_000)}"]`,
    );
    expect(bomb.length).toBeLessThan(maxHandoffDataLength);
    const started = performance.now();
    await expectRefused(bomb, 'tooLarge');
    expect(performance.now() - started).toBeLessThan(2_000);
  });

  it('is refused when it inflates to just over the cap', async () => {
    const json = `[0,null,"open",null,[],["","",""],["","",""],"${'x'.repeat(maxHandoffJsonBytes)}"]`;
    await expectRefused(handMade(json), 'tooLarge');
  });

  it.each([
    ['not deflate data', () => `1.${toBase64Url(new Uint8Array(40).fill(255))}`],
    ['not UTF-8', () => handMade(new Uint8Array([0xff, 0xfe, 0x5b, 0x5d]))],
    ['not JSON', () => handMade('not json')],
    ['JSON of another shape', () => handMade('{"steps":[]}')],
    [
      'an unknown step',
      () => handMade('[0,null,"open",null,[["card.magic","still",1]],["","",""],["","",""],""]'),
    ],
    ['an unknown outcome', () => handMade('[0,null,"exploded",null,[],["","",""],["","",""],""]')],
    ['a negative time', () => handMade('[0,-5,"open",null,[],["","",""],["","",""],""]')],
    [
      'an over-long field',
      () => handMade(`[0,null,"open",null,[],["${'x'.repeat(65)}","",""],["","",""],""]`),
    ],
    [
      'an extra field',
      () => handMade('[0,null,"open",null,[],["","",""],["","",""],"",{"html":"<b>"}]'),
    ],
  ])('is refused when its data is %s', async (_, make) => {
    await expectRefused(make(), 'damaged');
  });

  it('has a message for every refusal, in both languages', () => {
    const problems: HandoffProblem[] = ['damaged', 'unknownVersion', 'tooLarge'];
    for (const words of [enShare, zhShare]) {
      for (const problem of problems) expect(words.screen.problems[problem].trim()).not.toBe('');
    }
  });
});
