import { z } from 'zod';

/**
 * The whole contract between the renderer and the Electron shell, in one file.
 * Every channel is prefixed "minutes:" so main can refuse anything else, and every
 * payload that crosses is described by a zod schema that main checks before use.
 */

/** Largest .docx the renderer may hand to the shell: far above any real minutes. */
export const MAX_DOCX_BYTES = 50 * 1024 * 1024;

/** Characters Windows, macOS or Linux refuse in a file name, plus control characters. */
// eslint-disable-next-line no-control-regex -- control characters are exactly what must be refused
const UNSAFE_FILE_NAME = /[<>:"/\\|?*\u0000-\u001f]/;

export const SaveDocxRequestSchema = z.object({
  /** File name offered in the Save dialog, e.g. "Kent Community Safety Partnership 19 March 2015.docx". */
  suggestedName: z
    .string()
    .min(1)
    .max(200)
    .refine((name) => !UNSAFE_FILE_NAME.test(name), 'File name has characters a file system refuses')
    .refine((name) => name.toLowerCase().endsWith('.docx'), 'File name must end in .docx'),
  bytes: z
    .instanceof(Uint8Array)
    .refine((bytes) => bytes.byteLength > 0, 'The document is empty')
    .refine((bytes) => bytes.byteLength <= MAX_DOCX_BYTES, 'The document is larger than 50 MB'),
});
export type SaveDocxRequest = z.infer<typeof SaveDocxRequestSchema>;

export const SaveDocxResultSchema = z.discriminatedUnion('status', [
  z.object({ status: z.literal('saved'), path: z.string() }),
  z.object({ status: z.literal('cancelled') }),
  z.object({ status: z.literal('failed'), message: z.string() }),
]);
export type SaveDocxResult = z.infer<typeof SaveDocxResultSchema>;

/** Channel names. Invoke channels go renderer → main and answer; event channels are one-way. */
export const Channels = {
  /** renderer → main (invoke): show a Save dialog and write the .docx crash-safely. */
  saveDocx: 'minutes:save-docx',
  /** main → renderer (event): the app is quitting; flush unsaved minutes, then answer. */
  flushBeforeQuit: 'minutes:flush-before-quit',
  /** renderer → main (event): the flush asked for has finished (saved or failed). */
  flushedBeforeQuit: 'minutes:flushed-before-quit',
} as const;

export const FlushedBeforeQuitSchema = z.object({
  /** Echoes the request id main sent, so a late answer to an old request is ignored. */
  requestId: z.number().int().nonnegative(),
  saved: z.boolean(),
});
export type FlushedBeforeQuit = z.infer<typeof FlushedBeforeQuitSchema>;

export const FlushBeforeQuitSchema = z.object({ requestId: z.number().int().nonnegative() });
export type FlushBeforeQuit = z.infer<typeof FlushBeforeQuitSchema>;

/** How long main waits for the renderer's last save before quitting anyway. */
export const QUIT_FLUSH_TIMEOUT_MS = 5000;

/**
 * The one object the preload script puts on `window.minuteBook`. The renderer's
 * Electron host wraps it; nothing else in the renderer touches it.
 */
export interface MinuteBookBridge {
  /** Asks the shell to save a Word file through a Save dialog. */
  saveDocx(request: SaveDocxRequest): Promise<SaveDocxResult>;
  /**
   * Registers the function that flushes unsaved minutes when the app quits.
   * It resolves true when everything is durable. Returns an unsubscribe function.
   */
  onFlushBeforeQuit(flush: () => Promise<boolean>): () => void;
}
