import { z } from 'zod';

/**
 * The messages between the window and the search worker (renderer/src/search), checked on arrival on both
 * sides: a worker is a door like any other.
 */

const IndexableMeetingSchema = z.object({
  meetingId: z.string(),
  bodyId: z.string(),
  title: z.string(),
  date: z.string(),
  agenda: z.array(z.object({ id: z.string(), code: z.string(), title: z.string() })),
  minuteNumbers: z.record(z.string(), z.number()).nullable(),
  editorState: z.string().nullable(),
  fingerprint: z.string(),
});

const SearchFiltersSchema = z.object({ bodyId: z.string().nullable(), from: z.string().nullable(), to: z.string().nullable() });

export const ToSearchWorkerSchema = z.discriminatedUnion('kind', [
  /** Start from a saved index (or none); answered with what it holds. */
  z.object({ kind: z.literal('load'), id: z.number(), saved: z.string().nullable() }),
  /** Put meetings in (replacing what was indexed of them) and take others out; answered when done. */
  z.object({ kind: z.literal('update'), id: z.number(), put: z.array(IndexableMeetingSchema), remove: z.array(z.string()) }),
  z.object({ kind: z.literal('search'), id: z.number(), text: z.string(), filters: SearchFiltersSchema }),
  /** The index as text, to be kept in the database. */
  z.object({ kind: z.literal('save'), id: z.number() }),
]);
export type ToSearchWorker = z.infer<typeof ToSearchWorkerSchema>;

const SnippetPartSchema = z.object({ text: z.string(), match: z.boolean() });
const SearchHitSchema = z.object({ paragraph: z.number(), start: z.number(), end: z.number(), parts: z.array(SnippetPartSchema) });
const MinuteResultSchema = z.object({ itemId: z.string().nullable(), heading: z.string(), code: z.string(), number: z.number().nullable(), hits: z.array(SearchHitSchema) });
const MeetingResultSchema = z.object({ meetingId: z.string(), bodyId: z.string(), title: z.string(), date: z.string(), minutes: z.array(MinuteResultSchema) });
export const SearchResultsSchema = z.object({ meetings: z.array(MeetingResultSchema), matchedMinutes: z.number(), shownMinutes: z.number() });

export const FromSearchWorkerSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('loaded'), id: z.number(), fingerprints: z.array(z.tuple([z.string(), z.string()])) }),
  z.object({ kind: z.literal('updated'), id: z.number(), meetings: z.number(), minutes: z.number() }),
  z.object({ kind: z.literal('results'), id: z.number(), results: SearchResultsSchema, ms: z.number() }),
  z.object({ kind: z.literal('saved'), id: z.number(), text: z.string() }),
  z.object({ kind: z.literal('failed'), id: z.number().nullable(), message: z.string() }),
]);
export type FromSearchWorker = z.infer<typeof FromSearchWorkerSchema>;
