import { z } from 'zod';
import { ClockTimeSchema, IdSchema } from './primitives';

/** The line of the minutes a person is listed under, or the apologies sentence. */
export const AttendanceRoleSchema = z.enum(['present', 'also-present', 'in-attendance', 'apologies']);
export type AttendanceRole = z.infer<typeof AttendanceRoleSchema>;

/** Who is where at this meeting: person id → role. People not listed were not there and sent no apologies. */
export const AttendanceSchema = z.record(IdSchema, AttendanceRoleSchema);
export type Attendance = z.infer<typeof AttendanceSchema>;

/** "Mr Rivers left the meeting at 11.05 am" / "Ms Cooke arrived at 10.20 am". */
export const MovementSchema = z.object({
  id: IdSchema,
  personId: IdSchema,
  kind: z.enum(['arrived', 'left']),
  time: ClockTimeSchema,
  /** The item under discussion at the time, so the sentence can sit in that minute. */
  itemId: IdSchema.nullable(),
});
export type Movement = z.infer<typeof MovementSchema>;
