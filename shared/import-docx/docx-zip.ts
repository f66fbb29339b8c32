import { Inflate, strFromU8 } from 'fflate';
import { MEETING_FILE_MAX_BYTES } from '../meeting-file/meeting-file';

/**
 * The zip package of a .docx, read defensively: the central directory is read
 * and checked first, only the few parts the import needs are unpacked, each
 * only after its stated size is checked, and unpacking stops the moment the
 * real output passes that size or the cap — so a zip bomb costs a few
 * milliseconds and a few megabytes, never minutes or gigabytes. Inflating is
 * fflate's (already the Word export's zip library, through docx); fflate reads
 * no directory without unpacking what it lists, so the directory is read here.
 */

/** A .docx is refused, before anything is read, above the size a meeting file may be. */
export const DOCX_MAX_BYTES = MEETING_FILE_MAX_BYTES;
/** The most one part may unpack to: about 3,000 pages of minutes' XML. */
export const PART_MAX_BYTES = 16 * 1024 * 1024;
/** The most all the parts read may unpack to together. */
export const PARTS_MAX_TOTAL_BYTES = 32 * 1024 * 1024;
/** A Word document has a few dozen parts; thousands are a sign of a hostile file. */
const MAX_ENTRIES = 10_000;
/** Compressed bytes handed to the inflater at a time: it can make at most about 1,000 times this before we look. */
const INFLATE_STEP = 8 * 1024;

/** A .docx that cannot be read. The message is one plain sentence for the officer. */
export class DocxRefusal extends Error {
  override name = 'DocxRefusal';
}

export interface ZipEntry {
  name: string;
  method: number;
  flags: number;
  compressedSize: number;
  /** What the directory says the part unpacks to; checked again while unpacking. */
  uncompressedSize: number;
  localHeaderOffset: number;
}

const MB = (bytes: number) => `${(bytes / (1024 * 1024)).toFixed(1)} MB`;

/** "The file is too large to be Word minutes (61.2 MB; the limit is 50 MB)." */
export function docxTooLargeMessage(bytes: number): string {
  return `The file is too large to be Word minutes (${MB(bytes)}; the limit is ${DOCX_MAX_BYTES / (1024 * 1024)} MB).`;
}

const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/** The zip package's parts by name (lower case: part names in a package are not case-sensitive). */
export function readZipDirectory(bytes: Uint8Array): Map<string, ZipEntry> {
  if (bytes.length === 0) throw new DocxRefusal('The file is empty: it is not a Word document.');
  if (bytes.length > DOCX_MAX_BYTES) throw new DocxRefusal(docxTooLargeMessage(bytes.length));
  if (OLE_SIGNATURE.every((byte, index) => bytes[index] === byte)) {
    throw new DocxRefusal('The file is an old Word document (.doc) or is protected by a password: open it in Word and save it as a .docx without a password.');
  }
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const startsAsZip = bytes.length >= 4 && view.getUint32(0, true) === 0x04034b50;
  if (!startsAsZip) throw new DocxRefusal('The file is not a Word document (.docx): it is not a zip package.');
  const eocd = findEndOfDirectory(view);
  if (eocd < 0) throw damaged('it is cut short (the table of contents at its end is missing)');

  let count = view.getUint16(eocd + 10, true);
  let size = view.getUint32(eocd + 12, true);
  let offset = view.getUint32(eocd + 16, true);
  if (view.getUint16(eocd + 4, true) !== 0 || view.getUint16(eocd + 6, true) !== 0) throw damaged('it is split over several disks');
  if (count === 0xffff || size === 0xffffffff || offset === 0xffffffff) ({ count, size, offset } = zip64Directory(view, eocd));
  if (count > MAX_ENTRIES) throw damaged(`it has ${count} parts`);
  if (offset + size > eocd) throw damaged('its table of contents points outside the file');

  const entries = new Map<string, ZipEntry>();
  let at = offset;
  for (let index = 0; index < count; index += 1) {
    if (at + 46 > offset + size || view.getUint32(at, true) !== 0x02014b50) throw damaged('its table of contents is broken');
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    const end = at + 46 + nameLength + extraLength + commentLength;
    if (end > offset + size) throw damaged('its table of contents is broken');
    const name = strFromU8(bytes.subarray(at + 46, at + 46 + nameLength), (view.getUint16(at + 8, true) & 0x800) === 0);
    const entry: ZipEntry = {
      name,
      flags: view.getUint16(at + 8, true),
      method: view.getUint16(at + 10, true),
      compressedSize: view.getUint32(at + 20, true),
      uncompressedSize: view.getUint32(at + 24, true),
      localHeaderOffset: view.getUint32(at + 42, true),
    };
    applyZip64Extra(view, entry, at + 46 + nameLength, extraLength);
    const key = name.toLowerCase();
    if (entries.has(key)) throw damaged(`it holds ${name} twice`);
    entries.set(key, entry);
    at = end;
  }
  return entries;
}

/** The part's bytes, unpacked within `limit` (its stated size must be within it too). */
export function unpackEntry(bytes: Uint8Array, entry: ZipEntry, limit: number): Uint8Array {
  if (entry.flags & 0x1) throw new DocxRefusal('The Word document is encrypted: open it in Word and save it without a password.');
  if (entry.uncompressedSize > limit) throw tooMuch(entry, limit);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const local = entry.localHeaderOffset;
  if (local + 30 > bytes.length || view.getUint32(local, true) !== 0x04034b50) throw damaged(`${entry.name} is not where its table of contents says`);
  const start = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
  const end = start + entry.compressedSize;
  if (end > bytes.length) throw damaged(`${entry.name} is cut short`);
  const packed = bytes.subarray(start, end);
  if (entry.method === 0) {
    if (entry.compressedSize !== entry.uncompressedSize) throw damaged(`${entry.name} has two different sizes`);
    return packed;
  }
  if (entry.method !== 8) throw damaged(`${entry.name} is packed in a way Word does not use (method ${entry.method})`);
  return inflateWithin(packed, entry, Math.min(limit, entry.uncompressedSize));
}

/** Inflates in small steps, counting what comes out, and stops as soon as it passes `limit`. */
function inflateWithin(packed: Uint8Array, entry: ZipEntry, limit: number): Uint8Array {
  const chunks: Uint8Array[] = [];
  let total = 0;
  const inflater = new Inflate((chunk) => {
    total += chunk.length;
    if (total > limit) throw total > entry.uncompressedSize ? damaged(`${entry.name} unpacks to more than its stated size`) : tooMuch(entry, limit);
    chunks.push(chunk);
  });
  try {
    if (packed.length === 0) inflater.push(packed, true);
    for (let at = 0; at < packed.length; at += INFLATE_STEP) {
      inflater.push(packed.subarray(at, at + INFLATE_STEP), at + INFLATE_STEP >= packed.length);
    }
  } catch (error) {
    if (error instanceof DocxRefusal) throw error;
    throw damaged(`${entry.name} cannot be unpacked`);
  }
  if (total !== entry.uncompressedSize) throw damaged(`${entry.name} unpacks to a different size than stated`);
  const out = new Uint8Array(total);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}

function damaged(why: string): DocxRefusal {
  return new DocxRefusal(`The Word document is damaged: ${why}.`);
}

function tooMuch(entry: ZipEntry, limit: number): DocxRefusal {
  return new DocxRefusal(`The Word document is unsafe or damaged: ${entry.name} would unpack to more than ${MB(limit)}.`);
}

/** Where the end-of-directory record starts (it is within the last 64 KB and 22 bytes), or -1. */
function findEndOfDirectory(view: DataView): number {
  const last = view.byteLength - 22;
  for (let at = last; at >= 0 && at >= last - 0xffff; at -= 1) {
    if (view.getUint32(at, true) === 0x06054b50 && at + 22 + view.getUint16(at + 20, true) <= view.byteLength) return at;
  }
  return -1;
}

/** A 64-bit size or offset; anything past what a number holds exactly is past the end of any file we accept. */
function uint64(view: DataView, at: number): number {
  const high = view.getUint32(at + 4, true);
  return high >= 0x200000 ? Number.MAX_SAFE_INTEGER : high * 0x100000000 + view.getUint32(at, true);
}

function zip64Directory(view: DataView, eocd: number): { count: number; size: number; offset: number } {
  const locator = eocd - 20;
  if (locator < 0 || view.getUint32(locator, true) !== 0x07064b50) throw damaged('its table of contents is broken');
  const record = uint64(view, locator + 8);
  if (record + 56 > locator || view.getUint32(record, true) !== 0x06064b50) throw damaged('its table of contents is broken');
  return { count: uint64(view, record + 32), size: uint64(view, record + 40), offset: uint64(view, record + 48) };
}

/** Sizes and offsets that did not fit in 32 bits are in the entry's ZIP64 extra field, in this order. */
function applyZip64Extra(view: DataView, entry: ZipEntry, start: number, length: number): void {
  const wide = [entry.uncompressedSize, entry.compressedSize, entry.localHeaderOffset].map((value) => value === 0xffffffff);
  if (!wide.some(Boolean)) return;
  for (let at = start; at + 4 <= start + length; ) {
    const id = view.getUint16(at, true);
    const size = view.getUint16(at + 2, true);
    if (id === 0x0001) {
      let field = at + 4;
      const next = () => {
        if (field + 8 > at + 4 + size) throw damaged(`${entry.name} has a broken size record`);
        const value = uint64(view, field);
        field += 8;
        return value;
      };
      if (wide[0]) entry.uncompressedSize = next();
      if (wide[1]) entry.compressedSize = next();
      if (wide[2]) entry.localHeaderOffset = next();
      return;
    }
    at += 4 + size;
  }
  throw damaged(`${entry.name} has no size record`);
}
