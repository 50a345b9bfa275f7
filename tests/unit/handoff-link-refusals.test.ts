// Each refusal check of the handoff link, reached by a link that passes every check before it
// and fails only that one, and each size cap at exactly its limit and one over. The links are
// made by hand with Node's zlib and hash, so the decoder is checked against another encoder.
import { createHash } from 'node:crypto';
import { deflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import {
  decodeHandoff,
  maxHandoffDataLength,
  maxHandoffJsonBytes,
  type DecodedHandoff,
  type HandoffProblem,
} from '../../src/share/handoff/handoffLink';

/** The smallest version-2 summary: nothing recorded, an unnamed UTC zone. */
const emptyWire = '[0,null,"open",null,[],["","",""],["","",""],"",null,[0,""]]';

const emptySummary = {
  startedAt: 0,
  endedAt: null,
  outcome: 'open',
  endedAtStep: null,
  steps: [],
  terminal: { sn: '', merchantNumber: '', terminalNumber: '' },
  payment: { time: '', amount: '', reference: '' },
  note: '',
  timeZone: { offsetMinutes: 0, name: '' },
};

const checksumOf = (version: string, payload: Uint8Array): Buffer =>
  createHash('sha256').update(`${version}.`).update(payload).digest().subarray(0, 6);

/** The link's bytes: the checksum (over `checksumVersion`, the link's own by default) and payload. */
function bytesOf(payload: Uint8Array, version = '2', checksumVersion = version): Buffer {
  return Buffer.concat([checksumOf(checksumVersion, payload), payload]);
}

const linkOf = (payload: Uint8Array, version = '2', checksumVersion = version) =>
  `${version}.${bytesOf(payload, version, checksumVersion).toString('base64url')}`;

const deflated = (json: string | Uint8Array, level = 6) =>
  deflateRawSync(typeof json === 'string' ? Buffer.from(json, 'utf8') : json, { level });

/** `emptyWire` with spaces before its last bracket, `length` bytes long in all. */
function paddedWire(length: number): string {
  const padding = length - Buffer.byteLength(emptyWire);
  if (padding < 0) throw new Error(`${length} bytes is shorter than the empty summary`);
  return `${emptyWire.slice(0, -1)}${' '.repeat(padding)}]`;
}

async function expectOpens(data: string) {
  expect(await decodeHandoff(data)).toEqual({ ok: true, summary: emptySummary });
}

async function expectRefused(data: string, problem: HandoffProblem) {
  expect(await decodeHandoff(data)).toEqual({ ok: false, problem } satisfies DecodedHandoff);
}

describe('the handoff link made by hand', () => {
  it('opens: the refusals below differ from it in one thing only', async () => {
    await expectOpens(linkOf(deflated(emptyWire)));
    await expectOpens(` ${linkOf(deflated(emptyWire))}\n`);
  });
});

describe('each refusal check, failed alone', () => {
  // A sound link's bytes whose standard base64 has a '+' and a '/' and ends in padding ('='),
  // all of which base64url writes otherwise.
  const bytes = Array.from({ length: 100 }, (_, index) =>
    bytesOf(deflated(paddedWire(100 + index))),
  ).find(
    (candidate) => /\+.*\/|\/.*\+/.test(candidate.toString('base64')) && candidate.length % 3 !== 0,
  );
  if (!bytes) throw new Error('no padding gives base64 with +, / and =');
  const payload = bytes.subarray(6);
  const standard = bytes.toString('base64');
  const base64url = bytes.toString('base64url');

  it.each([
    ['in the standard base64 alphabet', standard.replace(/=+$/, '')],
    ['padded with =', base64url.padEnd(standard.length, '=')],
    ['with a space inside', `${base64url.slice(0, 20)} ${base64url.slice(20)}`],
  ])(
    'is refused when its data is base64 %s, although it decodes to a sound link',
    async (_, body) => {
      expect(standard).toMatch(/\+/);
      expect(standard).toMatch(/\//);
      expect(standard).toMatch(/=$/);
      // What the browser's base64 decoder reads in it, '-' and '_' as '+' and '/': the sound link.
      const read = atob(body.replace(/-/g, '+').replace(/_/g, '/'));
      expect(Buffer.from(read, 'latin1')).toEqual(bytes);
      await expectRefused(`2.${body}`, 'damaged');
    },
  );

  it('is refused when its checksum is off by one bit', async () => {
    const tampered = bytesOf(payload);
    tampered[5] = (tampered[5] ?? 0) ^ 1;
    await expectRefused(`2.${tampered.toString('base64url')}`, 'damaged');
  });

  it('is refused when its checksum is the one for another version', async () => {
    const v1Wire = '[0,null,"open",null,[],["","",""],["","",""],""]';
    await expectOpens(linkOf(deflated(emptyWire), '2', '2'));
    expect((await decodeHandoff(linkOf(deflated(v1Wire), '1'))).ok).toBe(true);
    await expectRefused(linkOf(deflated(v1Wire), '1', '2'), 'damaged');
    await expectRefused(linkOf(deflated(emptyWire), '2', '1'), 'damaged');
  });

  it('is refused when its checksum is right but its data is not deflate-raw', async () => {
    await expectRefused(linkOf(new Uint8Array(40).fill(255)), 'damaged');
  });

  it('is refused when its checksum is right but its deflate data is cut short', async () => {
    const whole = deflated(paddedWire(2_000));
    expect(whole.length).toBeGreaterThan(8);
    await expectRefused(linkOf(whole.subarray(0, whole.length - 4)), 'damaged');
  });

  it('is refused when it inflates to JSON whose text is not UTF-8', async () => {
    const [before = '', after = ''] = emptyWire.split('"",null,[0');
    const withNote = (note: Uint8Array) =>
      Buffer.concat([Buffer.from(`${before}"`), note, Buffer.from(`",null,[0${after}`)]);
    // The same note in UTF-8 opens; a lone 0xFF byte (read leniently, U+FFFD) is refused.
    expect(await decodeHandoff(linkOf(deflated(withNote(Buffer.from('café')))))).toEqual({
      ok: true,
      summary: { ...emptySummary, note: 'café' },
    });
    await expectRefused(linkOf(deflated(withNote(new Uint8Array([0x63, 0xff, 0x65])))), 'damaged');
  });

  it('is refused when it holds a checksum and nothing after it', async () => {
    const checksumAlone = checksumOf('2', new Uint8Array());
    await expectRefused(`2.${checksumAlone.toString('base64url')}`, 'damaged');
  });
});

describe('the version in front', () => {
  const body = () => linkOf(deflated(emptyWire)).slice('2.'.length);

  it('is refused as damaged, not as another version, when it is not a number followed by a dot', async () => {
    await expectOpens(`2.${body()}`);
    await expectRefused(`2x.${body()}`, 'damaged');
    await expectRefused(`+2.${body()}`, 'damaged');
    // Digits and no dot at all: no version is named.
    await expectRefused('35', 'damaged');
    await expectRefused(`2${body()}`, 'damaged');
  });
});

describe('the response code inside', () => {
  const withCode = (code: string) =>
    linkOf(deflated(emptyWire.replace('"",null,[0', `"",${JSON.stringify(code)},[0`)));

  it('opens with a code of two characters, as the POS shows it', async () => {
    expect(await decodeHandoff(withCode('51'))).toEqual({
      ok: true,
      summary: { ...emptySummary, code: '51' },
    });
  });

  it.each(['510', 'x51', '51x', '5', 'a1'])('is refused with the code %j', async (code) => {
    await expectRefused(withCode(code), 'damaged');
  });
});

describe('the size caps, at the limit and one over', () => {
  /** A sound link `length` characters long: stored deflate makes its length follow the JSON's. */
  function soundLinkOfLength(length: number): string {
    for (let bytes = Math.floor((length * 3) / 4) - 40; bytes < length; bytes++) {
      const link = linkOf(deflated(paddedWire(bytes), 0));
      if (link.length === length) return link;
      if (link.length > length) break;
    }
    throw new Error(`no sound link is ${length} characters long`);
  }

  it(`opens a link of exactly ${maxHandoffDataLength} characters and refuses one of ${maxHandoffDataLength + 1}`, async () => {
    const atTheCap = soundLinkOfLength(maxHandoffDataLength);
    expect(atTheCap).toHaveLength(8_000);
    await expectOpens(atTheCap);
    await expectRefused(soundLinkOfLength(maxHandoffDataLength + 1), 'tooLarge');
  });

  it('opens a link at the cap with 100 characters a chat app glued on, and refuses it with 101', async () => {
    const atTheCap = soundLinkOfLength(maxHandoffDataLength);
    await expectOpens(`${atTheCap}${'.'.repeat(100)}`);
    await expectOpens(`${atTheCap}${' '.repeat(100)}`);
    await expectRefused(`${atTheCap}${'.'.repeat(101)}`, 'tooLarge');
    // Counted before anything is taken off, however short the link under it.
    await expectRefused(
      `${linkOf(deflated(emptyWire))}${' '.repeat(maxHandoffDataLength + 101)}`,
      'tooLarge',
    );
  });

  it('opens a link that inflates to exactly 64 KiB and refuses one that inflates to a byte more', async () => {
    expect(maxHandoffJsonBytes).toBe(65_536);
    const atTheCap = linkOf(deflated(paddedWire(maxHandoffJsonBytes)));
    expect(atTheCap.length).toBeLessThan(maxHandoffDataLength);
    await expectOpens(atTheCap);
    await expectRefused(linkOf(deflated(paddedWire(maxHandoffJsonBytes + 1))), 'tooLarge');
  });
});
