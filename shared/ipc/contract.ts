import { z } from 'zod';
import { MAX_SAVED_FILE_BYTES, MEETING_FILE_MAX_BYTES } from '../limits';
import { ID_PATTERN } from '../model/primitives';
import { Channels } from './channels';

/**
 * The contract between the renderer and the Electron shell. Every channel is
 * prefixed "minutes:" (channels.ts) so main can refuse anything else, and every
 * payload that crosses is described by a zod schema that main checks before use.
 * A leaf: it imports only zod, the size limits, the id pattern (model/primitives, itself only zod) and its two small siblings, which
 * the preload script imports on their own (channels.ts, quit-handshake.ts).
 */

export { Channels } from './channels';
export { MAX_SAVED_FILE_BYTES } from '../limits';

/** Characters Windows, macOS or Linux refuse in a file name, plus control characters. */
// eslint-disable-next-line no-control-regex -- control characters are exactly what must be refused
const UNSAFE_FILE_NAME = /[<>:"/\\|?*\u0000-\u001f]/;

/**
 * The kinds of file the officer saves through the shell: the Word minutes, and a
 * meeting file (the meeting with its body and roster, for another machine or a
 * backup). Each kind's extension, dialog filter and type are named here once.
 */
export const SAVED_FILE_KINDS = {
  docx: { extension: '.docx', filterName: 'Word document', mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' },
  meeting: { extension: '.json', filterName: 'Minute Book meeting file', mimeType: 'application/json' },
} as const;
export type SavedFileKind = keyof typeof SAVED_FILE_KINDS;

export const SaveFileRequestSchema = z
  .object({
    kind: z.enum(['docx', 'meeting']),
    /** File name offered in the Save dialog, e.g. "Kent Community Safety Partnership - 19 March 2015 - NOTES.docx". */
    suggestedName: z
      .string()
      .min(1)
      .max(200)
      .refine((name) => !UNSAFE_FILE_NAME.test(name), 'File name has characters a file system refuses'),
    bytes: z
      .instanceof(Uint8Array)
      .refine((bytes) => bytes.byteLength > 0, 'The file is empty')
      .refine((bytes) => bytes.byteLength <= MAX_SAVED_FILE_BYTES, 'The file is larger than 50 MB'),
  })
  .refine((request) => request.suggestedName.toLowerCase().endsWith(SAVED_FILE_KINDS[request.kind].extension), {
    message: 'File name must end in the extension of its kind (.docx or .json)',
    path: ['suggestedName'],
  });
export type SaveFileRequest = z.infer<typeof SaveFileRequestSchema>;

export const SaveFileResultSchema = z.discriminatedUnion('status', [
  z.object({ status: z.literal('saved'), path: z.string() }),
  z.object({ status: z.literal('cancelled') }),
  z.object({ status: z.literal('failed'), message: z.string() }),
]);
export type SaveFileResult = z.infer<typeof SaveFileResultSchema>;

/**
 * A meeting id that may name a backup folder: any id the app stores (ID_PATTERN: letters, digits, "-" and
 * "_"). Anything else, such as "../" or a drive letter, could reach outside the backups folder, so it is refused.
 */
export const BackupMeetingIdSchema = z.string().regex(ID_PATTERN, 'A meeting id for a backup may hold only letters, digits, - and _ (at most 128)');

/**
 * Why a backup was written: every few minutes while the meeting changes, when the
 * app quit normally, or when the window did not confirm its last save in time
 * (the shell wrote the latest copy it held).
 */
export const BackupKindSchema = z.enum(['periodic', 'quit', 'emergency']);
export type BackupKind = z.infer<typeof BackupKindSchema>;

/** A backup's name in its meeting's folder, without ".json": when it was written (UTC, to the millisecond) and why. */
export const BackupIdSchema = z.string().regex(/^\d{8}T\d{9}Z-(periodic|quit|emergency)$/, 'Not the name of a Minute Book backup');

export const BackupMeetingRequestSchema = z.object({
  meetingId: BackupMeetingIdSchema,
  /** The whole meeting file (shared/meeting-file), as text. */
  meetingFile: z
    .string()
    .min(1, 'The meeting file is empty')
    // Characters, not bytes: a longer text is certainly over the limit; parseMeetingFile counts the bytes.
    .max(MEETING_FILE_MAX_BYTES, 'The meeting file is larger than 50 MB'),
});
export type BackupMeetingRequest = z.infer<typeof BackupMeetingRequestSchema>;

export const ListBackupsRequestSchema = z.object({
  /** One meeting's backups; every meeting's when left out. */
  meetingId: BackupMeetingIdSchema.optional(),
});
export type ListBackupsRequest = z.infer<typeof ListBackupsRequestSchema>;

export const ReadBackupRequestSchema = z.object({ meetingId: BackupMeetingIdSchema, backupId: BackupIdSchema });
export type ReadBackupRequest = z.infer<typeof ReadBackupRequestSchema>;

/** One backup on disk, as the Restore screen lists it. */
export const BackupSummarySchema = z.object({
  meetingId: BackupMeetingIdSchema,
  backupId: BackupIdSchema,
  kind: BackupKindSchema,
  /** When it was written (milliseconds since 1970, UTC). */
  savedAt: z.number(),
  /** Its size on disk. */
  bytes: z.number().int().nonnegative(),
  /** The meeting's title and date (ISO) as the latest backup of it recorded them: the meeting may be gone from the app. */
  meetingTitle: z.string(),
  meetingDate: z.string(),
});
export type BackupSummary = z.infer<typeof BackupSummarySchema>;

/**
 * The one object the preload script puts on `window.minuteBook`. The renderer's
 * Electron host wraps it; nothing else in the renderer touches it.
 */
export interface MinuteBookBridge {
  /** Asks the shell to save a file (Word minutes or meeting file) through a Save dialog. */
  saveFile(request: SaveFileRequest): Promise<SaveFileResult>;
  /**
   * Registers the function that flushes unsaved minutes when the app quits.
   * It resolves true when everything is durable. Returns an unsubscribe function.
   */
  onFlushBeforeQuit(flush: () => Promise<boolean>): () => void;
  /** Hands the shell the latest meeting file of a changed meeting; it writes the disk backups from these. Rejects with the reason when refused. */
  backupMeeting(request: BackupMeetingRequest): Promise<void>;
  /** The disk backups of one meeting (or of all), newest first. */
  listBackups(request: ListBackupsRequest): Promise<BackupSummary[]>;
  /** The text of one backup: a meeting file. */
  readBackup(request: ReadBackupRequest): Promise<string>;
}

/**
 * The largest payload main accepts on each channel from the renderer, in bytes,
 * measured before zod reads it (so a flood of bytes is refused without being
 * walked twice). A Word file or meeting file may be up to MAX_SAVED_FILE_BYTES
 * (50 MB), plus room for its name, and so may a meeting file handed over for the
 * disk backups; the quit answer is a number and a flag, a backup request two names.
 */
export const IPC_PAYLOAD_LIMITS: Readonly<Record<string, number>> = {
  [Channels.saveFile]: MAX_SAVED_FILE_BYTES + 64 * 1024,
  [Channels.flushedBeforeQuit]: 1024,
  // A meeting id and a backup name: nothing larger has any business here.
  [Channels.listBackups]: 1024,
  [Channels.readBackup]: 1024,
};

/** The limit for a channel not listed above: as large as the largest file the shell is ever handed. */
export const DEFAULT_IPC_PAYLOAD_LIMIT = MAX_SAVED_FILE_BYTES + 64 * 1024;

/** The payload limit of `channel` in bytes (see IPC_PAYLOAD_LIMITS). */
export function ipcPayloadLimit(channel: string): number {
  return IPC_PAYLOAD_LIMITS[channel] ?? DEFAULT_IPC_PAYLOAD_LIMIT;
}
