import { MEETING_FILE_MAX_BYTES } from './limits';
import { formatNumber } from './words';

/** The file's text, with what was mended on the way (said to the officer), or why it is not text at all. */
export type FileText = { ok: true; text: string; notes: string[] } | { ok: false; message: string };

export const NOT_A_MEETING_FILE = 'The file is not a Minute Book meeting file';

const BOM_REMOVED = 'The file began with an invisible byte-order mark (as Notepad saves), which was left out.';

/** "The file is too large to be a Minute Book meeting file (61.2 MB; the limit is 50 MB)." */
export function tooLargeMessage(bytes: number): string {
  return `The file is too large to be a Minute Book meeting file (${(bytes / (1024 * 1024)).toFixed(1)} MB; the limit is ${MEETING_FILE_MAX_BYTES / (1024 * 1024)} MB).`;
}

/**
 * A meeting file's bytes (or text already decoded) as text. Minute Book writes UTF-8 without a byte-order mark;
 * a mark at the start (Notepad adds one) is left out and said, and so is a file saved as UTF-16 with its mark.
 * Bytes that are not UTF-8 are refused, naming where, rather than read as U+FFFD. The size is checked first,
 * before anything is decoded.
 */
export function meetingFileText(input: string | Uint8Array): FileText {
  if (typeof input === 'string') {
    const bytes = utf8Length(input, MEETING_FILE_MAX_BYTES);
    if (bytes > MEETING_FILE_MAX_BYTES) return { ok: false, message: tooLargeMessage(bytes) };
    return input.charCodeAt(0) === 0xfeff ? { ok: true, text: input.slice(1), notes: [BOM_REMOVED] } : { ok: true, text: input, notes: [] };
  }
  if (!(input instanceof Uint8Array)) return { ok: false, message: `${NOT_A_MEETING_FILE}: it is not text.` };
  if (input.byteLength > MEETING_FILE_MAX_BYTES) return { ok: false, message: tooLargeMessage(input.byteLength) };
  if (input[0] === 0xef && input[1] === 0xbb && input[2] === 0xbf) {
    const read = decodeUtf8(input.subarray(3), 3);
    return read.ok ? { ok: true, text: read.text, notes: [BOM_REMOVED] } : read;
  }
  if ((input[0] === 0xff && input[1] === 0xfe) || (input[0] === 0xfe && input[1] === 0xff)) {
    const encoding = input[0] === 0xff ? 'utf-16le' : 'utf-16be';
    try {
      const text = new TextDecoder(encoding, { fatal: true, ignoreBOM: false }).decode(input);
      return { ok: true, text, notes: ['The file was saved as UTF-16 text; it was read as such (Minute Book itself writes UTF-8).'] };
    } catch {
      return { ok: false, message: `${NOT_A_MEETING_FILE}: it starts like UTF-16 text but is broken part of the way through.` };
    }
  }
  return decodeUtf8(input, 0);
}

function decodeUtf8(bytes: Uint8Array, offset: number): FileText {
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes), notes: [] };
  } catch {
    const at = firstBadUtf8Byte(bytes);
    const line = lineOfByte(bytes, at);
    return {
      ok: false,
      message: `${NOT_A_MEETING_FILE}: it is not UTF-8 text (byte ${formatNumber(at + offset + 1)}, on line ${formatNumber(line)}, is not part of any character; the file may be damaged or saved in another encoding).`,
    };
  }
}

/** Where UTF-8 decoding first fails (only looked for once the decoder has said it does). */
export function firstBadUtf8Byte(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i += 1;
      continue;
    }
    let need: number;
    let min: number;
    if (b >= 0xc2 && b <= 0xdf) [need, min] = [1, 0x80];
    else if (b >= 0xe0 && b <= 0xef) [need, min] = [2, 0x800];
    else if (b >= 0xf0 && b <= 0xf4) [need, min] = [3, 0x10000];
    else return i;
    let code = b & (0x3f >> need);
    for (let k = 1; k <= need; k += 1) {
      const next = bytes[i + k];
      if (next === undefined || (next & 0xc0) !== 0x80) return i;
      code = (code << 6) | (next & 0x3f);
    }
    if (code < min || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return i;
    i += need + 1;
  }
  return bytes.length;
}

function lineOfByte(bytes: Uint8Array, at: number): number {
  let line = 1;
  for (let i = 0; i < at; i += 1) if (bytes[i] === 0x0a) line += 1;
  return line;
}

/** The text's size in UTF-8 bytes, counted without building a buffer (exact only when it could be over `limit`). */
function utf8Length(text: string, limit: number): number {
  if (text.length * 3 <= limit) return text.length; // even all three-byte characters would fit: exact size not needed
  let bytes = 0;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff) {
      bytes += 4;
      i += 1;
    } else bytes += 3;
  }
  return bytes;
}
