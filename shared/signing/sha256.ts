/**
 * SHA-256 through WebCrypto (`crypto.subtle.digest`), which both Chromium and Node 22 have as a global.
 * `shared/` compiles with neither DOM nor Node types, so the two globals it needs are described here
 * narrowly instead of pulling either library in.
 */
interface DigestingCrypto {
  subtle: { digest(algorithm: 'SHA-256', data: Uint8Array<ArrayBuffer>): Promise<ArrayBuffer> };
}
interface Utf8Encoder {
  encode(text: string): Uint8Array<ArrayBuffer>;
}
const platform = globalThis as unknown as { crypto: DigestingCrypto; TextEncoder: new () => Utf8Encoder };

/** The SHA-256 of some bytes, as 64 lower-case hex digits (the form people compare and copy). */
export async function sha256Hex(bytes: Uint8Array<ArrayBuffer>): Promise<string> {
  const digest = new Uint8Array(await platform.crypto.subtle.digest('SHA-256', bytes));
  return Array.from(digest, (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** The SHA-256 of a text's UTF-8 bytes, as 64 lower-case hex digits. */
export function sha256HexOfText(text: string): Promise<string> {
  return sha256Hex(new platform.TextEncoder().encode(text));
}
