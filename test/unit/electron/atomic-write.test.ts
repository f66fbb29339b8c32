import * as fs from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  tempPathFor,
  writeFileAtomically,
  type AtomicWriteFileSystem,
  type WritableFile,
} from '../../../electron/services/atomic-write';

let folder: string;
let target: string;
const oldMinutes = new TextEncoder().encode('Minutes as signed on 19 March 2015');
const newMinutes = new TextEncoder().encode('Minutes with the correction to item 7 agreed on 2 April 2015');

beforeEach(async () => {
  folder = await fs.mkdtemp(path.join(tmpdir(), 'minute-book-atomic-'));
  target = path.join(folder, 'Cabinet.docx');
  await fs.writeFile(target, oldMinutes);
});

afterEach(async () => {
  await fs.rm(folder, { recursive: true, force: true });
});

/** The real file system, with one step swapped for a failing one. */
function realFs(overrides: Partial<AtomicWriteFileSystem> = {}): AtomicWriteFileSystem {
  return {
    open: (filePath, flags) => fs.open(filePath, flags),
    rename: (from, to) => fs.rename(from, to),
    rm: (filePath, options) => fs.rm(filePath, options),
    ...overrides,
  };
}

function diskFull(): NodeJS.ErrnoException {
  return Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
}

describe('writeFileAtomically', () => {
  it('replaces the file on success and leaves nothing else behind', async () => {
    await writeFileAtomically(target, newMinutes);
    expect(new Uint8Array(await fs.readFile(target))).toEqual(newMinutes);
    expect(await fs.readdir(folder)).toEqual(['Cabinet.docx']);
  });

  it('creates the file when none was there', async () => {
    const fresh = path.join(folder, 'Planning.docx');
    await writeFileAtomically(fresh, newMinutes);
    expect(new Uint8Array(await fs.readFile(fresh))).toEqual(newMinutes);
  });

  it('keeps the old file intact and removes the temp file when the disk fills midway', async () => {
    let tempWritten = '';
    const failingFs = realFs({
      open: async (filePath, flags) => {
        const handle = await fs.open(filePath, flags);
        if (flags !== 'wx') return handle;
        tempWritten = filePath;
        const half: WritableFile = {
          // Half the bytes reach the disk, then the disk is full.
          writeFile: async (data) => {
            await handle.write(data.subarray(0, Math.floor(data.byteLength / 2)));
            throw diskFull();
          },
          sync: () => handle.sync(),
          close: () => handle.close(),
        };
        return half;
      },
    });
    await expect(writeFileAtomically(target, newMinutes, failingFs)).rejects.toMatchObject({ code: 'ENOSPC' });
    expect(tempWritten).not.toBe('');
    expect(new Uint8Array(await fs.readFile(target))).toEqual(oldMinutes);
    expect(await fs.readdir(folder)).toEqual(['Cabinet.docx']);
  });

  it('keeps the old file when the flush fails', async () => {
    const failingFs = realFs({
      open: async (filePath, flags) => {
        const handle = await fs.open(filePath, flags);
        if (flags !== 'wx') return handle;
        return {
          writeFile: (data) => handle.writeFile(data),
          sync: () => Promise.reject(Object.assign(new Error('EIO: i/o error, fsync'), { code: 'EIO' })),
          close: () => handle.close(),
        };
      },
    });
    await expect(writeFileAtomically(target, newMinutes, failingFs)).rejects.toMatchObject({ code: 'EIO' });
    expect(new Uint8Array(await fs.readFile(target))).toEqual(oldMinutes);
    expect(await fs.readdir(folder)).toEqual(['Cabinet.docx']);
  });

  it('keeps the old file and removes the temp file when the rename fails', async () => {
    const failingFs = realFs({
      rename: () => Promise.reject(Object.assign(new Error('EPERM: operation not permitted, rename'), { code: 'EPERM' })),
    });
    await expect(writeFileAtomically(target, newMinutes, failingFs)).rejects.toMatchObject({ code: 'EPERM' });
    expect(new Uint8Array(await fs.readFile(target))).toEqual(oldMinutes);
    expect(await fs.readdir(folder)).toEqual(['Cabinet.docx']);
  });

  it('flushes the folder after the rename and tolerates a platform that cannot (Windows)', async () => {
    const opened: string[] = [];
    const windowsLikeFs = realFs({
      open: (filePath, flags) => {
        opened.push(`${flags} ${path.basename(filePath)}`);
        if (flags === 'r') return Promise.reject(Object.assign(new Error('EISDIR: illegal operation on a directory'), { code: 'EISDIR' }));
        return fs.open(filePath, flags);
      },
    });
    await writeFileAtomically(target, newMinutes, windowsLikeFs);
    expect(opened).toHaveLength(2);
    expect(opened[0]).toMatch(/^wx \.Cabinet\.docx\.\d+\.[0-9a-f]{12}\.tmp$/);
    expect(opened[1]).toBe(`r ${path.basename(folder)}`);
    expect(new Uint8Array(await fs.readFile(target))).toEqual(newMinutes);
  });
});

describe('tempPathFor', () => {
  it('names a hidden, unique temp file in the same folder', () => {
    const first = tempPathFor(target);
    const second = tempPathFor(target);
    expect(path.dirname(first)).toBe(folder);
    expect(path.basename(first)).toMatch(new RegExp(`^\\.Cabinet\\.docx\\.${process.pid}\\.[0-9a-f]{12}\\.tmp$`));
    expect(first).not.toBe(second);
  });
});
