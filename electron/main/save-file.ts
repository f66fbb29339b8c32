import path from 'node:path';
import { SAVED_FILE_KINDS, type SaveFileRequest, type SaveFileResult } from '../../shared/ipc/contract';
import { describeError } from '../../shared/format/describe-error';
import { checkMeetingFile } from '../../shared/meeting-file/meeting-file';

/** What saving a file needs from the outside world (Electron's dialog, the disk). */
export interface SaveFileDependencies {
  /** Asks the officer where to save (offering files of this kind); resolves null when they cancel. */
  chooseSavePath(defaultPath: string, kind: SaveFileRequest['kind']): Promise<string | null>;
  /** The officer's Documents folder, where the dialog starts. */
  documentsFolder: string;
  /** Writes the bytes crash-safely. */
  writeFile(targetPath: string, bytes: Uint8Array): Promise<void>;
}

/**
 * Asks where to save the file, writes it there crash-safely and says how it went. A meeting file is checked
 * whole first (the one check of shared/meeting-file), so nothing another computer would refuse is written.
 */
export async function saveFile(request: SaveFileRequest, deps: SaveFileDependencies): Promise<SaveFileResult> {
  if (request.kind === 'meeting') {
    const checked = checkMeetingFile(request.bytes);
    if (!checked.ok) return { status: 'failed', message: checked.message };
  }
  const chosen = await deps.chooseSavePath(path.join(deps.documentsFolder, request.suggestedName), request.kind);
  if (chosen === null) return { status: 'cancelled' };
  // The Linux file chooser does not add the filter's extension; Word needs it.
  const { extension } = SAVED_FILE_KINDS[request.kind];
  const targetPath = chosen.toLowerCase().endsWith(extension) ? chosen : `${chosen}${extension}`;
  try {
    await deps.writeFile(targetPath, request.bytes);
    return { status: 'saved', path: targetPath };
  } catch (error) {
    console.error(`Saving ${targetPath} failed:`, error);
    return { status: 'failed', message: describeWriteFailure(error, targetPath) };
  }
}

/** Says in plain words why a file could not be written, for the officer to read. */
export function describeWriteFailure(error: unknown, targetPath: string): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOSPC':
    case 'EDQUOT':
      return `The disk is full: ${targetPath} could not be saved. Free some space or choose another drive, then export again.`;
    case 'EACCES':
    case 'EPERM':
      return `You do not have permission to write to ${targetPath}. Choose another folder, such as Documents, or close the file if it is open in Word.`;
    case 'EBUSY':
      return `${targetPath} is in use by another program, perhaps Word. Close it there, then export again.`;
    case 'EROFS':
      return `The disk holding ${targetPath} is read-only. Choose another folder.`;
    case 'ENOENT':
    case 'ENOTDIR':
      return `The folder for ${targetPath} no longer exists. Choose another folder.`;
    case 'ENAMETOOLONG':
      return `The name ${targetPath} is too long for the disk. Choose a shorter name or folder.`;
    default: {
      const detail = describeError(error);
      return `${targetPath} could not be saved: ${detail}`;
    }
  }
}
