import { DocumentWordSchema, MeetingSetupSchema, type MeetingSetup } from '@shared/model/meeting';
import { z } from 'zod';
import type { BodiesRepository } from '../../db/bodies-repository';

/**
 * The meeting form as the officer fills it: the body is typed by name (picked
 * from the list, or new), and its heading word matters only for a new body.
 */
export const MeetingFormSchema = MeetingSetupSchema.omit({ bodyId: true }).extend({
  bodyName: z.string().trim().min(1, 'Name the committee or partnership').max(200),
  documentWord: DocumentWordSchema,
});
export type MeetingFormValues = z.infer<typeof MeetingFormSchema>;

/** Finds the named body (creating it with the county defaults if new) and returns the meeting's setup. */
export async function resolveMeetingSetup(bodies: BodiesRepository, values: MeetingFormValues): Promise<MeetingSetup> {
  const body = await bodies.findOrCreateByName(values.bodyName, values.documentWord, values.venue);
  return { bodyId: body.id, title: values.title, date: values.date, startTime: values.startTime, venue: values.venue };
}
