import { z } from 'zod';

/**
 * The messages between the editor and the spelling worker. Both ends parse what they receive with these
 * schemas: a worker is a boundary like IPC, and a malformed message must fail loudly, not underline nonsense.
 */
const Words = z.array(z.string().max(200)).max(200_000);

export const ToSpellingWorkerSchema = z.discriminatedUnion('kind', [
  /** The words never flagged in this meeting (allowedWords), replacing the last list. */
  z.object({ kind: z.literal('allow'), words: Words }),
  /** Which of these words are misspelt? */
  z.object({ kind: z.literal('check'), id: z.number().int(), words: Words }),
  /** Corrections for one word. */
  z.object({ kind: z.literal('suggest'), id: z.number().int(), word: z.string().max(200) }),
]);
export type ToSpellingWorker = z.infer<typeof ToSpellingWorkerSchema>;

export const FromSpellingWorkerSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('checked'), id: z.number().int(), misspelt: Words }),
  z.object({ kind: z.literal('suggested'), id: z.number().int(), suggestions: z.array(z.string()) }),
  /** The dictionary could not be loaded: spelling is off, and the editor says so. */
  z.object({ kind: z.literal('failed'), message: z.string() }),
]);
export type FromSpellingWorker = z.infer<typeof FromSpellingWorkerSchema>;
