// npm run export -- <meeting file> <out.docx> [--public|--full|--both] [--draft|--final]
//
// Reads a Minute Book meeting file and writes its minutes as a Word file in the house format (full, final copy
// unless told otherwise). Prints one line on success; on any problem one plain line to stderr and exit code 1.
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { writeFileAtomically } from '../electron/services/atomic-write';
import { exportMeetingDocx } from '../shared/export/docx';
import { meetingExportInput } from '../shared/meeting-file/meeting-file';
import { EXPORT_USAGE, exportTargets, parseExportArgs } from './lib/export-args';
import { describeError } from '../shared/format/describe-error';
import { writeProblem } from './lib/file-problems';
import { readMeetingFileArg } from './lib/read-meeting-file';

export interface ExportIo {
  out: (line: string) => void;
  err: (line: string) => void;
}

const consoleIo: ExportIo = { out: (line) => console.log(line), err: (line) => console.error(line) };

/** Runs the export for these arguments; returns the exit code. */
export async function runExport(argv: readonly string[], io: ExportIo = consoleIo): Promise<number> {
  const request = parseExportArgs(argv);
  if (typeof request === 'string') {
    io.err(`${request} ${EXPORT_USAGE}`);
    return 1;
  }
  const started = performance.now();

  const parsed = await readMeetingFileArg(request.meetingFile);
  if (!parsed.ok) {
    io.err(parsed.message);
    return 1;
  }
  for (const warning of parsed.warnings) io.err(`Note: ${warning}`);

  for (const [index, target] of exportTargets(request).entries()) {
    const copyStarted = performance.now();
    let docx: Uint8Array;
    try {
      docx = await exportMeetingDocx(meetingExportInput(parsed.file), { version: target.version, draft: request.draft });
    } catch (error) {
      const message = describeError(error).split('\n')[0];
      io.err(`Could not export ${request.meetingFile}: ${message}`);
      return 1;
    }
    try {
      await writeFileAtomically(target.path, docx);
    } catch (error) {
      io.err(writeProblem(target.path, error));
      return 1;
    }
    // The first copy's time includes reading and checking the meeting file.
    const ms = performance.now() - (index === 0 ? started : copyStarted);
    io.out(`Wrote ${target.path} (${target.version}, ${request.draft ? 'draft' : 'final'}, ${(docx.byteLength / 1024).toFixed(1)} KB) in ${Math.round(ms)} ms`);
  }
  return 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = await runExport(process.argv.slice(2));
}
