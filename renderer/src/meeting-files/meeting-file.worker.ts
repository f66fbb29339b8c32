/**
 * The meeting-file worker: reads and checks one meeting file (shared/meeting-file: checkMeetingFile) off the
 * main thread, so the window keeps answering while a large or hostile file is looked at, and says how far it
 * has got. One worker per file: it is ended when the answer is in, and its memory with it.
 */
import { checkMeetingFile } from '@shared/meeting-file';
import { ToMeetingFileWorkerSchema, type FromMeetingFileWorker } from '@shared/meeting-file/worker-messages';
import { previewOfMinutes } from '@shared/minutes/minutes-preview';

// (Typed against the DOM's `self`: the renderer is compiled with the DOM library, not the worker one.)
function reply(message: FromMeetingFileWorker): void {
  self.postMessage(message);
}

/** At most every hundredth of the way: a message per node would cost more than the check. */
function progressReporter(): (fraction: number) => void {
  let last = -1;
  return (fraction) => {
    if (fraction - last < 0.01 && fraction < 1) return;
    last = fraction;
    reply({ kind: 'progress', fraction });
  };
}

self.addEventListener('message', (event: MessageEvent<unknown>) => {
  const request = ToMeetingFileWorkerSchema.safeParse(event.data);
  if (!request.success) {
    reply({ kind: 'refused', message: 'The file could not be handed to the checker.' });
    return;
  }
  const checked = checkMeetingFile(request.data.file, { onProgress: progressReporter() });
  if (!checked.ok) {
    reply({ kind: 'refused', message: checked.message });
    return;
  }
  const { minutes, ...outline } = checked.file;
  reply({
    kind: 'accepted',
    outline,
    editorStateJson: JSON.stringify(minutes.editorState),
    warnings: checked.warnings,
    preview: request.data.preview ? previewOfMinutes(checked.file) : null,
  });
});
