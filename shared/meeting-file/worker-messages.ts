import { z } from 'zod';
import { MeetingFileSchema } from './schema';

/**
 * The messages between the app and the worker that reads and checks a meeting file off the main thread
 * (renderer/src/meeting-files). Both ends parse what they receive: a worker is a boundary like IPC. The
 * minutes come back as JSON text, as a draft stores them, so the window never clones or walks a large tree.
 */
export const ToMeetingFileWorkerSchema = z.object({
  kind: z.literal('check'),
  /** The file as read from disk (bytes), or as text (a backup read through the shell). */
  file: z.union([z.instanceof(Uint8Array), z.string()]),
  /** Also make the preview of the minutes (the Restore screen shows it). */
  preview: z.boolean(),
});
export type ToMeetingFileWorker = z.infer<typeof ToMeetingFileWorkerSchema>;

/** A checked file without its minutes (which travel as text). */
export const MeetingFileOutlineSchema = MeetingFileSchema.omit({ minutes: true });
export type MeetingFileOutline = z.infer<typeof MeetingFileOutlineSchema>;

export const PreviewLineSchema = z.object({ kind: z.enum(['heading', 'text']), text: z.string(), level: z.number().int().nonnegative() });

export const FromMeetingFileWorkerSchema = z.discriminatedUnion('kind', [
  /** How far the check has got, 0 to 1. */
  z.object({ kind: z.literal('progress'), fraction: z.number().min(0).max(1) }),
  z.object({ kind: z.literal('refused'), message: z.string().max(1000) }),
  z.object({
    kind: z.literal('accepted'),
    outline: MeetingFileOutlineSchema,
    editorStateJson: z.string(),
    warnings: z.array(z.string()),
    preview: z.array(PreviewLineSchema).nullable(),
  }),
]);
export type FromMeetingFileWorker = z.infer<typeof FromMeetingFileWorkerSchema>;
