import { randomBytes } from 'node:crypto';
import * as nodeFs from 'node:fs/promises';
import path from 'node:path';

/** The file handle operations an atomic write needs. */
export interface WritableFile {
  writeFile(data: Uint8Array): Promise<void>;
  sync(): Promise<void>;
  close(): Promise<void>;
}

/** The file system operations an atomic write needs; injectable so a test can fail one midway. */
export interface AtomicWriteFileSystem {
  open(filePath: string, flags: string): Promise<WritableFile>;
  rename(from: string, to: string): Promise<void>;
  rm(filePath: string, options: { force: boolean }): Promise<void>;
}

const realFileSystem: AtomicWriteFileSystem = {
  open: (filePath, flags) => nodeFs.open(filePath, flags),
  rename: (from, to) => nodeFs.rename(from, to),
  rm: (filePath, options) => nodeFs.rm(filePath, options),
};

/**
 * Errors from fsync on a directory that only mean "this platform or file system
 * cannot do that": Windows will not open a directory (EISDIR/EPERM/EACCES), and
 * some network file systems refuse to sync one (EINVAL/ENOTSUP).
 */
const DIRECTORY_SYNC_UNSUPPORTED = new Set(['EISDIR', 'EPERM', 'EACCES', 'EINVAL', 'ENOTSUP']);

/** A temp file name beside the target, unique to this process and call. */
export function tempPathFor(targetPath: string): string {
  const folder = path.dirname(targetPath);
  const name = `.${path.basename(targetPath)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`;
  return path.join(folder, name);
}

/**
 * Writes `bytes` to `targetPath` so that, whatever happens, the path holds either
 * the old file or the whole new one, never a torn mix: write a temp file beside
 * it, flush it to disk, rename it over the target, then flush the folder.
 */
export async function writeFileAtomically(
  targetPath: string,
  bytes: Uint8Array,
  fs: AtomicWriteFileSystem = realFileSystem,
): Promise<void> {
  // Same folder, so the rename stays on one file system and is atomic.
  const tempPath = tempPathFor(targetPath);
  try {
    // 'wx': never reuse or follow an existing file at the temp name.
    const file = await fs.open(tempPath, 'wx');
    try {
      await file.writeFile(bytes);
      // Without this the rename can reach the disk before the data does, and a
      // power cut leaves an empty file where the old minutes were.
      await file.sync();
    } finally {
      await file.close();
    }
    await fs.rename(tempPath, targetPath);
  } catch (error) {
    await fs.rm(tempPath, { force: true }).catch(() => undefined);
    throw error;
  }
  await syncFolder(path.dirname(targetPath), fs);
}

/** Flushes a folder's entry list so the rename itself survives a power cut, where the platform allows. */
async function syncFolder(folder: string, fs: AtomicWriteFileSystem): Promise<void> {
  let handle: WritableFile;
  try {
    handle = await fs.open(folder, 'r');
  } catch (error) {
    if (DIRECTORY_SYNC_UNSUPPORTED.has((error as NodeJS.ErrnoException).code ?? '')) return;
    throw error;
  }
  try {
    await handle.sync();
  } catch (error) {
    if (!DIRECTORY_SYNC_UNSUPPORTED.has((error as NodeJS.ErrnoException).code ?? '')) throw error;
  } finally {
    await handle.close();
  }
}
