/**
 * The Windows .ico container, written by hand: it is a tiny format. A 6-byte
 * header, a 16-byte entry per image, then the images. Sizes below 256 are stored
 * as 32-bit bitmaps (every Windows tool and NSIS reads those); 256 is stored as
 * PNG, as Windows itself does, to keep the file small.
 */

/** Every PNG size the installers are given (Linux takes the whole set). */
export const ICON_SIZES = [16, 24, 32, 48, 64, 128, 256, 512, 1024] as const;

/** The sizes inside icon.ico: what Windows shows from the taskbar (16) to large tiles (256). */
export const ICO_SIZES = [16, 24, 32, 48, 64, 128, 256] as const;

/** One image for the .ico: its PNG, and its pixels as RGBA rows from the top (not premultiplied). */
export interface IcoImage {
  size: number;
  png: Uint8Array;
  rgba: Uint8Array;
}

/** A 32-bit BMP as an .ico stores it: BITMAPINFOHEADER, BGRA rows bottom-up, then an all-clear AND mask. */
function bitmapEntry({ size, rgba }: IcoImage): Buffer {
  if (rgba.length !== size * size * 4) throw new RangeError(`A ${size} px icon needs ${size * size * 4} bytes of RGBA, not ${rgba.length}`);
  const maskRowBytes = Math.ceil(size / 32) * 4;
  const pixelBytes = size * size * 4;
  const out = Buffer.alloc(40 + pixelBytes + maskRowBytes * size);
  out.writeUInt32LE(40, 0); // header size
  out.writeInt32LE(size, 4); // width
  out.writeInt32LE(size * 2, 8); // height: the colour bitmap and the mask, stacked
  out.writeUInt16LE(1, 12); // planes
  out.writeUInt16LE(32, 14); // bits per pixel
  out.writeUInt32LE(0, 16); // no compression
  out.writeUInt32LE(pixelBytes + maskRowBytes * size, 20);
  for (let y = 0; y < size; y += 1) {
    const from = (size - 1 - y) * size * 4; // bottom row first
    for (let x = 0; x < size; x += 1) {
      const source = from + x * 4;
      const target = 40 + (y * size + x) * 4;
      out[target] = rgba[source + 2]!; // blue
      out[target + 1] = rgba[source + 1]!; // green
      out[target + 2] = rgba[source]!; // red
      out[target + 3] = rgba[source + 3]!; // alpha
    }
  }
  // The AND mask stays zero: the alpha channel says what is transparent.
  return out;
}

/** Writes an .ico holding `images` (each at most 256 px), smallest first. */
export function writeIco(images: readonly IcoImage[]): Buffer {
  const sorted = [...images].sort((a, b) => a.size - b.size);
  const bodies = sorted.map((image) => {
    if (image.size > 256) throw new RangeError(`An .ico image can be at most 256 px, not ${image.size}`);
    return image.size === 256 ? Buffer.from(image.png) : bitmapEntry(image);
  });
  const header = Buffer.alloc(6 + 16 * sorted.length);
  header.writeUInt16LE(0, 0); // reserved
  header.writeUInt16LE(1, 2); // type 1: icon
  header.writeUInt16LE(sorted.length, 4);
  let offset = header.length;
  sorted.forEach((image, index) => {
    const entry = 6 + index * 16;
    header.writeUInt8(image.size === 256 ? 0 : image.size, entry); // 0 means 256
    header.writeUInt8(image.size === 256 ? 0 : image.size, entry + 1);
    header.writeUInt8(0, entry + 2); // no palette
    header.writeUInt8(0, entry + 3); // reserved
    header.writeUInt16LE(1, entry + 4); // colour planes
    header.writeUInt16LE(32, entry + 6); // bits per pixel
    header.writeUInt32LE(bodies[index]!.length, entry + 8);
    header.writeUInt32LE(offset, entry + 12);
    offset += bodies[index]!.length;
  });
  return Buffer.concat([header, ...bodies]);
}

/** The images an .ico says it holds: size, bits per pixel, and whether each is PNG or bitmap (for tests and checks). */
export function readIcoDirectory(ico: Uint8Array): { size: number; bitsPerPixel: number; format: 'png' | 'bmp'; bytes: number }[] {
  const data = Buffer.from(ico);
  if (data.readUInt16LE(0) !== 0 || data.readUInt16LE(2) !== 1) throw new Error('Not an .ico file');
  const count = data.readUInt16LE(4);
  return Array.from({ length: count }, (_, index) => {
    const entry = 6 + index * 16;
    const bytes = data.readUInt32LE(entry + 8);
    const offset = data.readUInt32LE(entry + 12);
    const isPng = data.subarray(offset, offset + 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    return { size: data[entry] || 256, bitsPerPixel: data.readUInt16LE(entry + 6), format: isPng ? 'png' : 'bmp', bytes };
  });
}
