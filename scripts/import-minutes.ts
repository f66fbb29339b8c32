// npm run import-minutes -- <minutes.docx> [--body NAME] [--council NAME] --out <meeting.json>
//
// Reads minutes written in Word (signed outside Minute Book) and writes them as a Minute Book meeting file: the
// body, a roster from the attendance lines, the meeting marked imported with its minute numbers, and the minutes as
// the editor's own nodes. Prints one line on success (and a "Warning: …" line to stderr for each thing read
// differently from the file); on a refused file one plain line to stderr. Exit codes: 0 imported, 1 the file was
// refused or could not be read or written (nothing is written), 2 the command line was wrong.
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { writeFileAtomically } from '../electron/services/atomic-write';
import { DOCX_MAX_BYTES, docxTooLargeMessage, importMinutesDocx } from '../shared/import-docx';
import { IMPORT_EXIT, IMPORT_USAGE, parseImportArgs } from './lib/import-args';
import { readProblem, writeProblem } from './lib/file-problems';

export interface ImportIo {
  out: (line: string) => void;
  err: (line: string) => void;
}

const consoleIo: ImportIo = { out: (line) => console.log(line), err: (line) => console.error(line) };

/** Runs the import for these arguments; returns the exit code. */
export async function runImport(argv: readonly string[], io: ImportIo = consoleIo, now: () => number = Date.now): Promise<number> {
  const request = parseImportArgs(argv);
  if (typeof request === 'string') {
    io.err(`${request} ${IMPORT_USAGE}`);
    return IMPORT_EXIT.usage;
  }
  const started = performance.now();
  let bytes: Uint8Array;
  try {
    const { size } = await stat(request.docx);
    // Refused before it is read, so a huge file costs nothing.
    if (size > DOCX_MAX_BYTES) {
      io.err(docxTooLargeMessage(size));
      return IMPORT_EXIT.refused;
    }
    bytes = new Uint8Array(await readFile(request.docx));
  } catch (error) {
    io.err(readProblem(request.docx, error, 'a Word file'));
    return IMPORT_EXIT.refused;
  }

  const result = importMinutesDocx(bytes, {
    fileName: path.basename(request.docx),
    importedAt: now(),
    ...(request.body === undefined ? {} : { bodyName: request.body }),
    ...(request.council === undefined ? {} : { councilName: request.council }),
  });
  if (!result.ok) {
    io.err(`${request.docx}: ${result.message}`);
    return IMPORT_EXIT.refused;
  }
  for (const warning of result.warnings) io.err(`Warning: ${warning}`);
  try {
    await writeFileAtomically(request.out, new TextEncoder().encode(result.text));
  } catch (error) {
    io.err(writeProblem(request.out, error));
    return IMPORT_EXIT.refused;
  }
  const { minutes } = result;
  const numbers = minutes.minutes.flatMap((minute) => (minute.number === null ? [] : [minute.number]));
  const numbered = numbers.length > 0 ? ` (${numbers[0]}–${numbers.at(-1)})` : '';
  const people = minutes.people.length === 1 ? '1 person' : `${minutes.people.length} people`;
  const warnings = result.warnings.length === 1 ? '1 warning' : `${result.warnings.length} warnings`;
  const ms = Math.round(performance.now() - started);
  io.out(`Wrote ${request.out}: ${result.meetingTitle}, ${minutes.minutes.length} minute${minutes.minutes.length === 1 ? '' : 's'}${numbered}, ${people}, ${warnings}, in ${ms} ms`);
  return IMPORT_EXIT.imported;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = await runImport(process.argv.slice(2));
}
