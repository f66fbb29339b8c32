import { FromMeetingFileWorkerSchema, type MeetingFileOutline, type ToMeetingFileWorker } from '@shared/meeting-file/worker-messages';
import type { ToWordMinutesWorker } from '@shared/import-docx/worker-messages';
import type { PreviewLine } from '@shared/minutes/minutes-preview';

/** A meeting file that passed every check: everything but the minutes, and the minutes as JSON text. */
export interface CheckedMeetingFile {
  outline: MeetingFileOutline;
  editorStateJson: string;
  /** What was mended on the way (a byte-order mark left out …), to tell the officer. */
  warnings: string[];
  /** The minutes as lines, when asked for. */
  preview: PreviewLine[] | null;
}

export type MeetingFileAnswer = { ok: true; checked: CheckedMeetingFile } | { ok: false; message: string };

export interface CheckInWorkerOptions {
  preview?: boolean;
  onProgress?: (fraction: number) => void;
  /** Aborting ends the worker at once; the answer is then a refusal saying it was stopped. */
  signal?: AbortSignal;
}

/**
 * Checks a meeting file in a worker of its own (meeting-file.worker.ts), so the window keeps answering while
 * a large or hostile file is read: the one check of shared/meeting-file, run off the main thread. Never rejects.
 */
export function checkMeetingFileInWorker(file: Uint8Array<ArrayBuffer> | string, options: CheckInWorkerOptions = {}): Promise<MeetingFileAnswer> {
  // Vite bundles the worker as its own file on our origin (CSP worker-src 'self').
  const worker = new Worker(new URL('./meeting-file.worker.ts', import.meta.url), { type: 'module', name: 'meeting-file' });
  const request: ToMeetingFileWorker = { kind: 'check', file, preview: options.preview ?? false };
  // Bytes are handed over, not copied: the window has no more use for them.
  return answerOf(worker, request, typeof file === 'string' ? [] : [file.buffer], options);
}

/**
 * Reads Word minutes (.docx) into `body` in a worker of its own (word-minutes.worker.ts): the one reader of
 * shared/import-docx, and then the meeting-file check on what it made. Never rejects: a file that cannot be
 * imported is a refusal with the reader's one plain reason.
 */
export function readWordMinutesInWorker(
  file: Uint8Array<ArrayBuffer>,
  into: { fileName: string; bodyName: string; councilName: string; importedAt: number },
  options: Pick<CheckInWorkerOptions, 'signal'> = {},
): Promise<MeetingFileAnswer> {
  const worker = new Worker(new URL('./word-minutes.worker.ts', import.meta.url), { type: 'module', name: 'word-minutes' });
  const request: ToWordMinutesWorker = { kind: 'read-word', file, ...into };
  return answerOf(worker, request, [file.buffer], options);
}

/** Sends `request` to `worker` and resolves with its answer (FromMeetingFileWorkerSchema); the worker is ended then. */
function answerOf(worker: Worker, request: unknown, transfer: Transferable[], options: CheckInWorkerOptions): Promise<MeetingFileAnswer> {
  return new Promise((resolve) => {
    const finish = (answer: MeetingFileAnswer) => {
      worker.terminate();
      options.signal?.removeEventListener('abort', stop);
      resolve(answer);
    };
    const stop = () => finish({ ok: false, message: 'The check was stopped: nothing was changed.' });
    if (options.signal?.aborted) return stop();
    options.signal?.addEventListener('abort', stop);
    worker.addEventListener('error', (event) => finish({ ok: false, message: `The file could not be checked (${event.message || 'the checker stopped'}).` }));
    worker.addEventListener('message', (event: MessageEvent<unknown>) => {
      const message = FromMeetingFileWorkerSchema.safeParse(event.data);
      if (!message.success) return finish({ ok: false, message: 'The file checker gave an answer the app does not understand.' });
      const answer = message.data;
      if (answer.kind === 'progress') options.onProgress?.(answer.fraction);
      else if (answer.kind === 'refused') finish({ ok: false, message: answer.message });
      else finish({ ok: true, checked: { outline: answer.outline, editorStateJson: answer.editorStateJson, warnings: answer.warnings, preview: answer.preview } });
    });
    worker.postMessage(request, transfer);
  });
}
