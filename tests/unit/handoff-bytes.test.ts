// The byte helpers under the handoff link, each held to what its comment promises.
import { deflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import {
  fromBase64Url,
  inflate,
  readAll,
  sameBytes,
  toBase64Url,
} from '../../src/share/handoff/bytes';

const bytes = (...values: number[]) => new Uint8Array(values);

function streamOfChunks(chunks: Uint8Array[], onCancel: () => void): ReadableStream<Uint8Array> {
  let next = 0;
  return new ReadableStream<Uint8Array>({
    pull(controller) {
      const chunk = chunks[next++];
      if (chunk) controller.enqueue(chunk);
      else controller.close();
    },
    cancel: onCancel,
  });
}

describe('sameBytes', () => {
  it('is true only for the same bytes in the same number', () => {
    expect(sameBytes(bytes(1, 2, 3), bytes(1, 2, 3))).toBe(true);
    expect(sameBytes(bytes(1, 2, 3), bytes(1, 2, 4))).toBe(false);
    expect(sameBytes(bytes(1, 2), bytes(1, 2, 3))).toBe(false);
    expect(sameBytes(bytes(1, 2, 3), bytes(1, 2))).toBe(false);
  });
});

describe('readAll', () => {
  it('reads a stream of exactly the cap to its end', async () => {
    let cancelled = false;
    const stream = streamOfChunks([bytes(1, 2), bytes(3, 4)], () => {
      cancelled = true;
    });
    expect(await readAll(stream, 4)).toEqual(bytes(1, 2, 3, 4));
    expect(cancelled).toBe(false);
  });

  it('stops, and cancels the stream, once it passes the cap', async () => {
    let cancelled = false;
    const stream = streamOfChunks([bytes(1, 2), bytes(3, 4, 5), bytes(6)], () => {
      cancelled = true;
    });
    expect(await readAll(stream, 4)).toBe('tooLarge');
    expect(cancelled).toBe(true);
  });
});

describe('inflate', () => {
  const data = deflateRawSync(Buffer.from('x'.repeat(1_000)));

  it('gives the inflated bytes up to the cap, and tooLarge past it', async () => {
    expect(await inflate(new Uint8Array(data), 1_000)).toEqual(
      new Uint8Array(Buffer.from('x'.repeat(1_000))),
    );
    expect(await inflate(new Uint8Array(data), 999)).toBe('tooLarge');
  });

  it('gives null for bytes that are not deflate-raw data, or cut short', async () => {
    expect(await inflate(new Uint8Array(40).fill(255), 1_000)).toBeNull();
    expect(await inflate(new Uint8Array(data.subarray(0, data.length - 2)), 1_000)).toBeNull();
  });
});

describe('base64url', () => {
  it('writes no padding and no + or /, and reads it back', () => {
    const all = new Uint8Array(Array.from({ length: 256 }, (_, index) => index));
    for (let length = 0; length <= 4; length++) {
      const text = toBase64Url(all.subarray(0, 250 + length));
      expect(text).toMatch(/^[A-Za-z0-9_-]*$/);
      expect(fromBase64Url(text)).toEqual(all.subarray(0, 250 + length));
    }
  });

  it.each(['A', 'AAAAA', 'QUJD=', 'QU JD', 'QU+D', 'QU/D', 'QUJD\n'])(
    'gives null for %j, which is not unpadded base64url',
    (text) => {
      expect(fromBase64Url(text)).toBeNull();
    },
  );
});
