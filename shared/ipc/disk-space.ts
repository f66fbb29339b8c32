import * as z from 'zod/mini';

/*
 * Main's word on the room left on the disk (Channels.diskSpace). The preload script checks it itself and is
 * bundled whole, so this is written with zod/mini, as quit-handshake.ts is.
 */

/** Below this much free space main warns that the disk is nearly full, while there is still room to save. */
export const LOW_DISK_BYTES = 200 * 1024 * 1024;

export const DiskSpaceSchema = z.object({
  /** Bytes free for the app on the disk of the user-data folder. */
  freeBytes: z.number().check(z.nonnegative()),
  /** Under LOW_DISK_BYTES. */
  low: z.boolean(),
});
export type DiskSpace = z.infer<typeof DiskSpaceSchema>;
