import { z } from 'zod';
import { BodySchema } from '../model/body';
import { MeetingSchema } from '../model/meeting';
import { PersonSchema } from '../model/person';
import { ActionOfferSchema, DismissedFindingsSchema, StyleFindingSchema } from '../style-check/findings';

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
  /**
   * The house-style check of a meeting's minutes (shared/style-check), which needs the same dictionary: run here,
   * off the page's thread, so a long meeting's check never holds up the officer.
   */
  z.object({
    kind: z.literal('style-check'),
    id: z.number().int(),
    input: z.object({ body: BodySchema, roster: z.array(PersonSchema), meeting: MeetingSchema, editorState: z.unknown() }),
    dismissed: DismissedFindingsSchema,
  }),
]);
export type ToSpellingWorker = z.infer<typeof ToSpellingWorkerSchema>;

export const FromSpellingWorkerSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('checked'), id: z.number().int(), misspelt: Words }),
  z.object({ kind: z.literal('suggested'), id: z.number().int(), suggestions: z.array(z.string()) }),
  /** The check's findings (dismissed ones apart), or why the minutes could not be checked. */
  z.object({
    kind: z.literal('style-checked'),
    id: z.number().int(),
    outcome: z.discriminatedUnion('ok', [
      z.object({ ok: z.literal(true), findings: z.array(StyleFindingSchema), dismissed: z.array(StyleFindingSchema), wordCount: z.number().int().min(0), offers: z.array(ActionOfferSchema) }),
      z.object({ ok: z.literal(false), message: z.string() }),
    ]),
  }),
  /** The dictionary could not be loaded: spelling is off, and the editor says so. */
  z.object({ kind: z.literal('failed'), message: z.string() }),
]);
export type FromSpellingWorker = z.infer<typeof FromSpellingWorkerSchema>;
