import { z } from 'zod';

/**
 * The messages between the editor and the prediction worker. Both ends parse what they receive with these
 * schemas: a worker is a boundary like IPC, and a malformed message must fail loudly, not offer nonsense.
 */

/** What the committee's own records give prediction to learn from, loaded by the workspace (never by the editor). */
export const PredictionHistorySchema = z.object({
  /** The committee's other meetings: saved minutes (Lexical editor JSON, as a string) and how much each counts. */
  minutes: z.array(z.object({ editorState: z.string(), weight: z.number().int().min(1).max(255) })).max(10_000),
  /** The committee's standard phrases and the built-in ones, as the officer wrote them ({person} and {blanks}). */
  phrases: z.array(z.string().max(5000)).max(10_000),
});
export type PredictionHistory = z.infer<typeof PredictionHistorySchema>;

const PersonSchema = z.object({ id: z.string().min(1).max(200), name: z.string().max(300), present: z.boolean(), words: z.string().max(2000).optional() });

export const ToPredictionWorkerSchema = z.discriminatedUnion('kind', [
  /** Builds the model afresh: past minutes, phrases and the agenda's titles (the stock of council language is the worker's own). */
  z.object({ kind: z.literal('learn'), generation: z.number().int(), history: PredictionHistorySchema, agenda: z.array(z.string().max(2000)).max(10_000) }),
  /** The roster, for names offered as mentions. */
  z.object({ kind: z.literal('people'), people: z.array(PersonSchema).max(10_000) }),
  /** Paragraphs of the minutes being typed, changed or (text null) gone. */
  z.object({ kind: z.literal('paragraphs'), changes: z.array(z.object({ key: z.string().max(100), text: z.string().max(1_000_000).nullable() })).max(100_000) }),
  /** Forget the minutes typed so far: another meeting is open. */
  z.object({ kind: z.literal('forget') }),
  /** What to offer after `before` (the end of the paragraph up to the caret). */
  z.object({ kind: z.literal('suggest'), id: z.number().int(), before: z.string().max(2000), fromParagraphStart: z.boolean() }),
]);
export type ToPredictionWorker = z.infer<typeof ToPredictionWorkerSchema>;

const SuggestionSchema = z.object({
  replace: z.number().int().min(0),
  parts: z.array(z.discriminatedUnion('kind', [z.object({ kind: z.literal('text'), text: z.string() }), z.object({ kind: z.literal('person'), personId: z.string() })])),
});

export const FromPredictionWorkerSchema = z.discriminatedUnion('kind', [
  /** The model is built: how big, and how long it took (the benchmark prints these). */
  z.object({ kind: z.literal('learnt'), generation: z.number().int(), words: z.number(), nodes: z.number(), tableBytes: z.number(), ms: z.number() }),
  z.object({ kind: z.literal('suggestion'), id: z.number().int(), suggestion: SuggestionSchema.nullable() }),
  /** Something went wrong in the worker: prediction is off, and the editor says so. */
  z.object({ kind: z.literal('failed'), message: z.string() }),
]);
export type FromPredictionWorker = z.infer<typeof FromPredictionWorkerSchema>;
