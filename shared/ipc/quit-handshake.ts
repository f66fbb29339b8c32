import * as z from 'zod/mini';

/*
 * The quit handshake's two messages: main asks the window to flush (flushBeforeQuit), the window answers
 * (flushedBeforeQuit). The preload script checks main's request itself, and a sandboxed preload is bundled
 * whole, so these are written with zod/mini (about 25 KiB bundled, where zod's full API is over 700 KiB).
 */

export const FlushBeforeQuitSchema = z.object({ requestId: z.int().check(z.nonnegative()) });
export type FlushBeforeQuit = z.infer<typeof FlushBeforeQuitSchema>;

export const FlushedBeforeQuitSchema = z.object({
  /** Echoes the request id main sent, so a late answer to an old request is ignored. */
  requestId: z.int().check(z.nonnegative()),
  saved: z.boolean(),
});
export type FlushedBeforeQuit = z.infer<typeof FlushedBeforeQuitSchema>;

/** How long main waits for the renderer's last save before quitting anyway. */
export const QUIT_FLUSH_TIMEOUT_MS = 5000;
