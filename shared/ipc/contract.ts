import { z } from 'zod';
import { MAX_SAVED_FILE_BYTES, MEETING_FILE_MAX_BYTES } from '../limits';
import { ID_PATTERN } from '../model/primitives';
import { Channels } from './channels';
import type { DiskSpace } from './disk-space';

/**
 * The contract between the renderer and the Electron shell. Every channel is
 * prefixed "minutes:" (channels.ts) so main can refuse anything else, and every
 * payload that crosses is described by a zod schema that main checks before use.
 * A leaf: it imports only zod, the size limits, the id pattern (model/primitives, itself only zod) and its three
 * small siblings, which the preload script imports on their own (channels.ts, quit-handshake.ts, disk-space.ts).
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
 * app quit normally, when the window did not confirm its last save in time (the
 * shell wrote the latest copy it held) or when a save failed (the window handed
 * over what was on screen at once); or, in a plain browser, the one copy of each
 * meeting kept after every save outside its database ('latest').
 */
export const BackupKindSchema = z.enum(['periodic', 'quit', 'emergency', 'latest']);
export type BackupKind = z.infer<typeof BackupKindSchema>;

/** A backup's name in its meeting's folder, without ".json": when it was written (UTC, to the millisecond) and why. */
export const BackupIdSchema = z.string().regex(/^\d{8}T\d{9}Z-(periodic|quit|emergency|latest)$/, 'Not the name of a Minute Book backup');

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

/** An emergency backup: the meeting file as it is on screen, saved or not, written at once because a save failed. */
export const EmergencyBackupRequestSchema = BackupMeetingRequestSchema;
export type EmergencyBackupRequest = z.infer<typeof EmergencyBackupRequestSchema>;

export const ChooseEmergencyFolderRequestSchema = z.object({ meetingId: BackupMeetingIdSchema });
export type ChooseEmergencyFolderRequest = z.infer<typeof ChooseEmergencyFolderRequestSchema>;

/**
 * Where an emergency backup went, for the officer to be told: never silently nowhere. 'needs-folder' when the
 * disk of the backups folder has no room and no other folder has been chosen (the officer is asked for one);
 * 'cancelled' when the officer closed that folder dialog.
 */
export const EmergencyBackupResultSchema = z.discriminatedUnion('status', [
  // 'browser-storage' only in a plain browser, whose copies are kept in its own file storage (`path` then says so in words).
  z.object({ status: z.literal('written'), path: z.string(), place: z.enum(['backups', 'chosen-folder', 'browser-storage']) }),
  z.object({ status: z.literal('needs-folder'), message: z.string() }),
  z.object({ status: z.literal('cancelled') }),
  z.object({ status: z.literal('failed'), message: z.string() }),
]);
export type EmergencyBackupResult = z.infer<typeof EmergencyBackupResultSchema>;

export { DiskSpaceSchema, LOW_DISK_BYTES, type DiskSpace } from './disk-space';

/**
 * Around every open of the database. Chromium deletes a database it finds damaged as it opens it, so after
 * trouble (the browser closed the database, or the last session ended with it closed) main copies its files
 * aside before the open, and after it deletes that copy again if everything was there, or keeps it and says where.
 */
export const GuardDatabaseFilesRequestSchema = z.discriminatedUnion('step', [
  z.object({ step: z.literal('before-open'), reason: z.enum(['start', 'reopen']) }),
  z.object({ step: z.literal('after-open'), intact: z.boolean() }),
]);
export type GuardDatabaseFilesRequest = z.infer<typeof GuardDatabaseFilesRequestSchema>;

export const GuardDatabaseFilesResultSchema = z.discriminatedUnion('status', [
  /** Before an open: go ahead. */
  z.object({ status: z.literal('ready') }),
  /** Before an open: the files could not be set aside (no room); wait, and ask again. */
  z.object({ status: z.literal('no-room'), message: z.string() }),
  /** After an open: where the old files were kept, or null when nothing needed keeping. */
  z.object({ status: z.literal('done'), keptAt: z.string().nullable() }),
]);
export type GuardDatabaseFilesResult = z.infer<typeof GuardDatabaseFilesResultSchema>;

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
  /** Writes an emergency backup at once (a save failed) and says where it went. */
  emergencyBackup(request: EmergencyBackupRequest): Promise<EmergencyBackupResult>;
  /** Asks the officer for a folder for emergency copies and writes the meeting's latest one there. */
  chooseEmergencyFolder(request: ChooseEmergencyFolderRequest): Promise<EmergencyBackupResult>;
  /** Calls `listener` with the disk's free space: at once with the latest reading main sent, then whenever main sends one (at load, when it crosses the line). Returns an unsubscribe function. */
  onDiskSpace(listener: (space: DiskSpace) => void): () => void;
  /** Before and after opening the database (see GuardDatabaseFilesRequestSchema). */
  guardDatabaseFiles(request: GuardDatabaseFilesRequest): Promise<GuardDatabaseFilesResult>;
}

/**
 * The largest payload main accepts on each channel from the renderer, in bytes,
 * measured before zod reads it (so a flood of bytes is refused without being
 * walked twice). A Word file or meeting file may be up to MAX_SAVED_FILE_BYTES
 * (50 MB), plus room for its name, and so may a meeting file handed over for the
 * disk backups or an emergency backup; the quit answer is a number and a flag, a
 * backup request two names, a folder request one, a database guard a step and a flag.
 */
export const IPC_PAYLOAD_LIMITS: Readonly<Record<string, number>> = {
  [Channels.saveFile]: MAX_SAVED_FILE_BYTES + 64 * 1024,
  [Channels.flushedBeforeQuit]: 1024,
  // A meeting id and a backup name: nothing larger has any business here.
  [Channels.listBackups]: 1024,
  [Channels.readBackup]: 1024,
  [Channels.chooseEmergencyFolder]: 1024,
  [Channels.guardDatabaseFiles]: 1024,
};

/** The limit for a channel not listed above: as large as the largest file the shell is ever handed. */
export const DEFAULT_IPC_PAYLOAD_LIMIT = MAX_SAVED_FILE_BYTES + 64 * 1024;

/** The payload limit of `channel` in bytes (see IPC_PAYLOAD_LIMITS). */
export function ipcPayloadLimit(channel: string): number {
  return IPC_PAYLOAD_LIMITS[channel] ?? DEFAULT_IPC_PAYLOAD_LIMIT;
}
