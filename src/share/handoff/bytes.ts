// The bytes under the handoff link: deflate-raw through the browser's streams, a short
// SHA-256 checksum, and base64url. Pure helpers, no knowledge of the summary.

/** The checksum's length: the first bytes of the SHA-256 digest. */
export const checksumBytes = 6;

export function concat(...parts: Uint8Array[]): Uint8Array<ArrayBuffer> {
  const joined = new Uint8Array(parts.reduce((total, part) => total + part.length, 0));
  let offset = 0;
  for (const part of parts) {
    joined.set(part, offset);
    offset += part.length;
  }
  return joined;
}

/** Reads a stream to its end, or stops (and cancels it) once it passes `cap` bytes. */
export async function readAll(
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

export function streamOf(bytes: Uint8Array<ArrayBuffer>): ReadableStream<BufferSource> {
  return new ReadableStream<BufferSource>({
    start(controller) {
      controller.enqueue(bytes);
      controller.close();
    },
  });
}

export async function deflate(bytes: Uint8Array<ArrayBuffer>): Promise<Uint8Array<ArrayBuffer>> {
  const deflated = await readAll(
    streamOf(bytes).pipeThrough(new CompressionStream('deflate-raw')),
    Number.POSITIVE_INFINITY,
  );
  if (deflated === 'tooLarge') throw new Error('unreachable: no cap');
  return deflated;
}

/** The inflated bytes, 'tooLarge' past the cap, or null when they are not deflate-raw data. */
export async function inflate(
  bytes: Uint8Array<ArrayBuffer>,
  cap: number,
): Promise<Uint8Array | 'tooLarge' | null> {
  try {
    return await readAll(streamOf(bytes).pipeThrough(new DecompressionStream('deflate-raw')), cap);
  } catch {
    return null;
  }
}

export async function checksum(version: string, payload: Uint8Array): Promise<Uint8Array> {
  const digest = await crypto.subtle.digest(
    'SHA-256',
    concat(new TextEncoder().encode(`${version}.`), payload),
  );
  return new Uint8Array(digest, 0, checksumBytes);
}

export function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
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
