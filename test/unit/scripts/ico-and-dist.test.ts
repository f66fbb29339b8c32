import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { electronDistArgument, electronExecutableName, isNetworkFailure, offlineAdvice, resolveFromProject } from '../../../scripts/lib/dist-args';
import { readIcoDirectory, writeIco, type IcoImage } from '../../../scripts/lib/ico';

/** A square image whose top-left pixel is red and the rest half-transparent blue. */
function image(size: number): IcoImage {
  const rgba = new Uint8Array(size * size * 4);
  for (let i = 0; i < size * size; i += 1) rgba.set(i === 0 ? [255, 0, 0, 255] : [0, 0, 255, 128], i * 4);
  return { size, rgba, png: new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, size]) };
}

describe('writeIco', () => {
  it('writes a directory Windows reads: sizes smallest first, 256 as 0, offsets to each image', () => {
    const ico = writeIco([image(256), image(16), image(32)]);
    expect([...ico.subarray(0, 6)]).toEqual([0, 0, 1, 0, 3, 0]);
    expect(readIcoDirectory(ico)).toEqual([
      { size: 16, bitsPerPixel: 32, format: 'bmp', bytes: 40 + 16 * 16 * 4 + 4 * 16 },
      { size: 32, bitsPerPixel: 32, format: 'bmp', bytes: 40 + 32 * 32 * 4 + 4 * 32 },
      { size: 256, bitsPerPixel: 32, format: 'png', bytes: 9 },
    ]);
    expect(ico[6 + 2 * 16]).toBe(0); // 256 is written as 0
  });

  it('stores bitmaps bottom-up in BGRA with a doubled height, as the format requires', () => {
    const ico = writeIco([image(16)]);
    const start = ico.readUInt32LE(6 + 12);
    expect(ico.readUInt32LE(start)).toBe(40);
    expect(ico.readInt32LE(start + 4)).toBe(16);
    expect(ico.readInt32LE(start + 8)).toBe(32);
    // The top-left (red) pixel is the first of the last row stored.
    const topLeft = start + 40 + 15 * 16 * 4;
    expect([...ico.subarray(topLeft, topLeft + 4)]).toEqual([0, 0, 255, 255]);
    expect([...ico.subarray(start + 40, start + 44)]).toEqual([255, 0, 0, 128]);
  });

  it('refuses an image larger than 256 px or with the wrong number of pixels', () => {
    expect(() => writeIco([image(512)])).toThrow('at most 256 px');
    expect(() => writeIco([{ ...image(16), rgba: new Uint8Array(10) }])).toThrow('needs 1024 bytes of RGBA');
  });
});

describe('dist arguments', () => {
  it('finds the electronDist passed in any of electron-builder’s spellings', () => {
    expect(electronDistArgument(['--dir', '-c.electronDist=/opt/electron'])).toBe('/opt/electron');
    expect(electronDistArgument(['--config.electronDist=../electron'])).toBe('../electron');
    expect(electronDistArgument(['-c.electronDist', '/opt/electron', '--dir'])).toBe('/opt/electron');
    expect(electronDistArgument(['--dir', '-c.productName=X'])).toBeNull();
  });

  it('names the runtime each platform’s unpacked Electron holds', () => {
    expect(electronExecutableName('linux')).toBe('electron');
    expect(electronExecutableName('win32')).toBe('electron.exe');
    expect(electronExecutableName('darwin')).toBe('Electron.app');
  });

  it('tells the person building exactly what to pass when offline', () => {
    const advice = offlineAdvice('45.4.1', 'linux', 'x64');
    expect(advice).toContain('npm run dist:dir -- -c.electronDist=/path/to/electron-v45.4.1-linux-x64');
    expect(advice).toContain('the one holding electron)');
  });

  it('recognises a failed download in electron-builder’s output, and nothing else', () => {
    expect(isNetworkFailure('⨯ getaddrinfo ENOTFOUND github.com  failedTask=build')).toBe(true);
    expect(isNetworkFailure('RequestError: connect ECONNREFUSED 140.82.121.4:443')).toBe(true);
    expect(isNetworkFailure('⨯ Application entry file "dist/electron/main.cjs" does not exist')).toBe(false);
  });

  it('resolves a relative folder against the project, as electron-builder does', () => {
    expect(resolveFromProject('/work/app', 'vendor/electron')).toBe(path.resolve('/work/app/vendor/electron'));
    expect(resolveFromProject('/work/app', '/opt/electron')).toBe('/opt/electron');
  });
});
