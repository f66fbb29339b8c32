import { z } from 'zod';
import { IsoDateSchema } from './primitives';
import { MeetingSchema, MeetingStatusSchema } from './meeting';

/**
 * Revisions: copies of a meeting's minutes as they stood at a moment, kept so that nothing is ever lost.
 * A revision is written once and never changed; restoring one makes a new revision, and a correction
 * after signing is a new revision too, so the signed record and its fingerprints stay as they were.
 */

/** The meeting's facts as they stood: what a revision restores and what a signature covers besides the text. */
export const RevisionMeetingSchema = MeetingSchema.pick({
  title: true,
  date: true,
  startTime: true,
  venue: true,
  agenda: true,
  attendance: true,
  movements: true,
  itemTimes: true,
  status: true,
  minuteNumbers: true,
});
export type RevisionMeeting = z.infer<typeof RevisionMeetingSchema>;

/** Where restored minutes came from: an earlier revision of this meeting, or a backup file on disk. */
export const RestoreOriginSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('revision'), number: z.number().int().positive() }),
  z.object({ kind: z.literal('backup'), savedAt: z.number(), fileName: z.string().max(500).optional() }),
]);
export type RestoreOrigin = z.infer<typeof RestoreOriginSchema>;

/** The fingerprints stored when minutes are signed. */
export const SignatureSchema = z.object({
  /** SHA-256 (hex) of the canonical minutes (shared/signing/canonical-minutes.ts). */
  contentSha256: z.string().regex(/^[0-9a-f]{64}$/),
  /** SHA-256 (hex) of the exact bytes of the signed Word file. */
  docxSha256: z.string().regex(/^[0-9a-f]{64}$/),
  /** Where the signed Word file was saved (a path, or a download's name). */
  fileName: z.string().max(2000),
});
export type Signature = z.infer<typeof SignatureSchema>;

/** Who corrected signed minutes and why (both required), recorded on the amendment. */
export const AmendmentSchema = z.object({
  by: z.string().trim().min(1, 'Say who made the correction').max(200),
  reason: z.string().trim().min(1, 'Say why the minutes were corrected').max(2000),
});
export type Amendment = z.infer<typeof AmendmentSchema>;

const revisionBase = {
  id: z.string().min(1),
  meetingId: z.string().min(1),
  /** 1, 2, 3 … per meeting, in the order the revisions were made: "revision 3". */
  number: z.number().int().positive(),
  /** When the revision was made (ms since epoch). */
  at: z.number(),
  /** The minutes: the draft's serialised Lexical editor state, as it was. */
  editorState: z.string(),
  meeting: RevisionMeetingSchema,
  wordCount: z.number().int().nonnegative(),
};

export const RevisionSchema = z.discriminatedUnion('kind', [
  /** Made every ten minutes of editing. */
  z.object({ ...revisionBase, kind: z.literal('automatic') }),
  /** Made when the minutes moved from one status to the next (the revision holds the new status). */
  z.object({
    ...revisionBase,
    kind: z.literal('status'),
    from: MeetingStatusSchema,
    to: MeetingStatusSchema,
    /** For 'approved': the date of the meeting that approved the minutes. */
    approvedOn: IsoDateSchema.optional(),
  }),
  /** The minutes as they were just before a restore replaced them, so a restore never destroys anything. */
  z.object({ ...revisionBase, kind: z.literal('before-restore') }),
  /** The minutes made current again from an earlier revision or a backup file. */
  z.object({ ...revisionBase, kind: z.literal('restored'), origin: RestoreOriginSchema }),
  /** The signed record, with its fingerprints. */
  z.object({ ...revisionBase, kind: z.literal('signed'), signature: SignatureSchema }),
  /** A correction made after signing, with who and why. */
  z.object({ ...revisionBase, kind: z.literal('amendment'), amendment: AmendmentSchema }),
]);
export type Revision = z.infer<typeof RevisionSchema>;
export type RevisionKind = Revision['kind'];
export type SignedRevision = Extract<Revision, { kind: 'signed' }>;

/** A correction of signed minutes under way: editing is open again until it is recorded. */
export const OpenCorrectionSchema = z.object({
  meetingId: z.string().min(1),
  ...AmendmentSchema.shape,
  startedAt: z.number(),
});
export type OpenCorrection = z.infer<typeof OpenCorrectionSchema>;

/** What a restore makes current: the minutes, and the meeting's agenda and attendance when the source has them. */
export const RestoredContentSchema = z.object({
  editorState: z.string(),
  meeting: RevisionMeetingSchema.pick({ agenda: true, attendance: true, movements: true, itemTimes: true }).optional(),
});
export type RestoredContent = z.infer<typeof RestoredContentSchema>;

/** The order the minutes move through; each step goes only to the next. */
export const STATUS_ORDER = ['draft', 'circulated', 'approved', 'signed'] as const;
