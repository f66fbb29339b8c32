/**
 * The Word-minutes worker: reads one .docx with the one reader (shared/import-docx) and checks the meeting it
 * makes whole with the meeting-file check, off the main thread, so the window keeps answering through a year
 * of minutes or a hostile file. One worker per file: it is ended when the answer is in, and its memory with it.
 */
import { importMinutesDocx } from '@shared/import-docx';
import { checkMeetingFile } from '@shared/meeting-file';
import { ToWordMinutesWorkerSchema } from '@shared/import-docx/worker-messages';
import type { FromMeetingFileWorker } from '@shared/meeting-file/worker-messages';

function reply(message: FromMeetingFileWorker): void {
  self.postMessage(message);
}

self.addEventListener('message', (event: MessageEvent<unknown>) => {
  const request = ToWordMinutesWorkerSchema.safeParse(event.data);
  if (!request.success) {
    reply({ kind: 'refused', message: 'The file could not be handed to the reader.' });
    return;
  }
  const { file, fileName, bodyName, councilName, importedAt } = request.data;
  const read = importMinutesDocx(file, { fileName, bodyName, councilName, importedAt });
  if (!read.ok) {
    reply({ kind: 'refused', message: read.message });
    return;
  }
  // The door every meeting file passes: what the reader made is checked as a file from elsewhere would be.
  const checked = checkMeetingFile(read.text);
  if (!checked.ok) {
    reply({ kind: 'refused', message: checked.message });
    return;
  }
  const { minutes, ...outline } = checked.file;
  reply({ kind: 'accepted', outline, editorStateJson: JSON.stringify(minutes.editorState), warnings: [...read.warnings, ...checked.warnings], preview: null });
});
