import { z } from 'zod';
import { IdSchema } from './primitives';

/** Part 1 business is public; Part 2 (exempt) is taken with the press and public excluded. */
export const AgendaPartSchema = z.enum(['unrestricted', 'exempt']);
export type AgendaPart = z.infer<typeof AgendaPartSchema>;

/** One item of business on a meeting's agenda, e.g. B1 "Community Safety Integration Project". */
export const AgendaItemSchema = z.object({
  id: IdSchema,
  /** "A1", "B2" … (A preliminary, B decision or comment, C other business, D information, E exempt); may be empty. */
  code: z.string().trim().max(12),
  title: z.string().trim().min(1, 'Give the item a title').max(500),
  part: AgendaPartSchema,
});
export type AgendaItem = z.infer<typeof AgendaItemSchema>;
