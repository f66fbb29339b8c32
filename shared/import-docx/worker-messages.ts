import { z } from 'zod';

/**
 * What the app hands the worker that reads Word minutes off the main thread (renderer/src/meeting-files):
 * the .docx bytes and the committee they go into. The worker answers as the meeting-file worker does
 * (FromMeetingFileWorkerSchema): the meeting the reader made, checked whole by the meeting-file check, or
 * the reader's one plain reason. Both ends parse what they receive: a worker is a boundary like IPC.
 */
export const ToWordMinutesWorkerSchema = z.object({
  kind: z.literal('read-word'),
  file: z.instanceof(Uint8Array),
  fileName: z.string().max(1000),
  /** The committee the minutes are imported into: its name and council, so the meeting joins it. */
  bodyName: z.string().max(200),
  councilName: z.string().max(200),
  importedAt: z.number().int().nonnegative(),
});
export type ToWordMinutesWorker = z.infer<typeof ToWordMinutesWorkerSchema>;
