import path from 'node:path';
import { describeError } from '../../shared/format/describe-error';

// One plain line for a file the command line could not read or write, from the file system's error.

/** "Cannot write out.docx: the folder /x does not exist." from a file-system error. */
export function writeProblem(target: string, error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOENT':
      return `Cannot write ${target}: the folder ${path.dirname(target)} does not exist.`;
    case 'EACCES':
    case 'EPERM':
      return `Cannot write ${target}: permission denied.`;
    case 'EISDIR':
      return `Cannot write ${target}: it is a folder.`;
    case 'ENOSPC':
      return `Cannot write ${target}: the disk is full.`;
    case 'EROFS':
      return `Cannot write ${target}: the disk is read-only.`;
    default:
      return `Cannot write ${target}: ${describeError(error)}`;
  }
}

/** "Cannot read m.json: there is no such file."; `what` is what the file should have been ("a meeting file"). */
export function readProblem(source: string, error: unknown, what = 'a meeting file'): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOENT') return `Cannot read ${source}: there is no such file.`;
  if (code === 'EACCES' || code === 'EPERM') return `Cannot read ${source}: permission denied.`;
  if (code === 'EISDIR') return `Cannot read ${source}: it is a folder, not ${what}.`;
  return `Cannot read ${source}: ${describeError(error)}`;
}
