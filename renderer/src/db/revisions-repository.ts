import { finaliseMinuteNumbers } from '@shared/domain/minute-numbers';
import { formatMoment } from '@shared/format/british-date';
import { minutesWordCount } from '@shared/minutes/word-count';
import { MeetingSchema, type Meeting, type MeetingStatus } from '@shared/model/meeting';
import {
  AmendmentSchema,
  RestoredContentSchema,
  RestoreOriginSchema,
  RevisionSchema,
  SignatureSchema,
  STATUS_ORDER,
  type Amendment,
  type OpenCorrection,
  type RestoredContent,
  type RestoreOrigin,
  type Revision,
  type RevisionMeeting,
  type Signature,
  type SignedRevision,
} from '@shared/model/revision';
import { parseEditorState } from '@shared/minutes/from-editor-state';
import Dexie from 'dexie';
import type { z } from 'zod';
import type { MinuteBookDatabase, MinutesDraft } from './database';
import { withPrintRecord } from './print-records';
import { assertMinutesEditable } from './editable';
import { describeError } from '@shared/format/describe-error';

/** A revision before the repository gives it its id, number, time and the copy of the minutes. */
type RevisionDetails =
  | { kind: 'automatic' }
  | { kind: 'before-restore' }
  | { kind: 'status'; from: MeetingStatus; to: MeetingStatus; approvedOn?: string }
  | { kind: 'restored'; origin: RestoreOrigin }
  | { kind: 'signed'; signature: Signature }
  | { kind: 'amendment'; amendment: Amendment };

/** What the minutes looked like when they were signed: the sign-off checks nothing changed since it read them. */
export interface SigningBasis {
  editorState: string;
  meetingUpdatedAt: number;
}

/** "revision 3" or "backup file of Thursday, 19 March 2015, 10.04 am": where restored minutes came from, in words. */
export function describeRestoreOrigin(origin: RestoreOrigin): string {
  if (origin.kind === 'revision') return `revision ${origin.number}`;
  return `backup file of ${formatMoment(origin.savedAt)}`;
}

/**
 * The revisions of each meeting's minutes, and the moves that make them: automatic snapshots, status
 * changes (draft → circulated → approved → signed), restores, signing and corrections after signing.
 * Revisions are only ever added: nothing here changes or deletes one.
 */
export class RevisionsRepository {
  constructor(
    private readonly db: MinuteBookDatabase,
    private readonly now: () => number = Date.now,
    private readonly newId: () => string = () => crypto.randomUUID(),
  ) {}

  /** Every revision of a meeting, the newest first. */
  async listRevisions(meetingId: string): Promise<Revision[]> {
    const revisions = await this.db.revisions.where('[meetingId+number]').between([meetingId, Dexie.minKey], [meetingId, Dexie.maxKey]).toArray();
    return revisions.reverse();
  }

  /** One revision, or undefined. */
  getRevision(id: string): Promise<Revision | undefined> {
    return this.db.revisions.get(id);
  }

  /** The meeting's newest revision, or undefined before the first. */
  latestRevision(meetingId: string): Promise<Revision | undefined> {
    return this.db.revisions.where('[meetingId+number]').between([meetingId, Dexie.minKey], [meetingId, Dexie.maxKey]).last();
  }

  /** The signed record of a meeting (there is at most one: signed minutes are corrected, never signed again). */
  async signedRevision(meetingId: string): Promise<SignedRevision | undefined> {
    const signed = await this.db.revisions.where('meetingId').equals(meetingId).filter((r) => r.kind === 'signed').first();
    return signed as SignedRevision | undefined;
  }

  /** Copies the minutes as they are stored now into a new automatic revision (every ten minutes of editing). */
  snapshot(meetingId: string): Promise<Revision> {
    return this.db.transaction('rw', [this.db.meetings, this.db.drafts, this.db.revisions], async () => {
      const { meeting, draft } = await this.current(meetingId);
      return this.addRevision(meeting, draft?.editorState ?? '', { kind: 'automatic' });
    });
  }

  /**
   * Moves the minutes on to the next status, and records a revision of them at that moment.
   * Circulating gives out the body's minute numbers for good when the body numbers its minutes and they
   * have none yet; approving needs the date of the meeting that approved them. Signing goes through
   * `recordSignature`, which stores the fingerprints with it.
   */
  changeStatus(meetingId: string, to: Exclude<MeetingStatus, 'draft' | 'signed'>, options: { approvedOn?: string } = {}): Promise<Meeting> {
    return this.db.transaction('rw', [this.db.meetings, this.db.bodies, this.db.people, this.db.drafts, this.db.revisions], async () => {
      const { meeting, draft } = await this.current(meetingId);
      checkNextStatus(meeting.status, to);
      // From here on the minutes print with the body and roster as they are now (see withPrintRecord).
      let changed: Meeting = { ...(await withPrintRecord(this.db, meeting)), status: to, updatedAt: this.now() };
      if (to === 'circulated' && !meeting.minuteNumbers) {
        const body = await this.db.bodies.get(meeting.bodyId);
        if (!body) throw new Error('The committee or partnership of this meeting no longer exists.');
        if (body.headingStyle === 'minute-numbers' && meeting.agenda.length > 0) {
          const { numbers, newLastMinuteNumber } = finaliseMinuteNumbers(meeting.agenda, body.lastMinuteNumber);
          changed = { ...changed, minuteNumbers: numbers };
          await this.db.bodies.put({ ...body, lastMinuteNumber: newLastMinuteNumber, updatedAt: changed.updatedAt });
        }
      }
      if (to === 'approved' && !options.approvedOn) throw new Error('Give the date of the meeting that approved the minutes.');
      changed = MeetingSchema.parse(changed);
      await this.db.meetings.put(changed);
      await this.addRevision(changed, draft?.editorState ?? '', {
        kind: 'status',
        from: meeting.status,
        to,
        ...(to === 'approved' ? { approvedOn: options.approvedOn } : {}),
      });
      return changed;
    });
  }

  /** The date of the meeting that approved these minutes, from the approval's revision. */
  async approvedOn(meetingId: string): Promise<string | undefined> {
    const approvals = await this.db.revisions
      .where('meetingId')
      .equals(meetingId)
      .filter((r) => r.kind === 'status' && r.to === 'approved')
      .toArray();
    const last = approvals.sort((a, b) => b.number - a.number)[0];
    return last?.kind === 'status' ? last.approvedOn : undefined;
  }

  /**
   * Signs approved minutes: the meeting becomes 'signed' (read-only) and a signed revision (which is also
   * the revision of this status change) stores the
   * fingerprints of its canonical content and of the Word file saved. `basis` is what the fingerprints
   * were made from: if the minutes changed since (another window typing), nothing is signed.
   */
  async recordSignature(meetingId: string, signature: Signature, basis: SigningBasis): Promise<SignedRevision> {
    const valid = plainParse(SignatureSchema, signature);
    return this.db.transaction('rw', [this.db.meetings, this.db.drafts, this.db.revisions], async () => {
      const { meeting, draft } = await this.current(meetingId);
      checkNextStatus(meeting.status, 'signed');
      if ((draft?.editorState ?? '') !== basis.editorState || meeting.updatedAt !== basis.meetingUpdatedAt) {
        throw new Error('The minutes changed while they were being signed. Nothing was signed: sign them again.');
      }
      const signed = MeetingSchema.parse({ ...meeting, status: 'signed', updatedAt: this.now() });
      await this.db.meetings.put(signed);
      return (await this.addRevision(signed, basis.editorState, { kind: 'signed', signature: valid })) as SignedRevision;
    });
  }

  /** The correction of signed minutes under way, if any. */
  openCorrection(meetingId: string): Promise<OpenCorrection | undefined> {
    return this.db.corrections.get(meetingId);
  }

  /**
   * Opens signed minutes for a correction, recording who is making it and why (both required). The minutes
   * can be typed in again until `recordCorrection`; the signed revision and its fingerprints are untouched.
   */
  async startCorrection(meetingId: string, amendment: Amendment): Promise<OpenCorrection> {
    const valid = plainParse(AmendmentSchema, amendment);
    return this.db.transaction('rw', [this.db.meetings, this.db.corrections], async () => {
      const meeting = await this.db.meetings.get(meetingId);
      if (!meeting) throw new Error('This meeting no longer exists.');
      if (meeting.status !== 'signed') throw new Error('Only signed minutes are corrected this way; these can still be edited.');
      if (await this.db.corrections.get(meetingId)) throw new Error('A correction of these minutes is already under way.');
      const correction: OpenCorrection = { meetingId, by: valid.by, reason: valid.reason, startedAt: this.now() };
      await this.db.corrections.put(correction);
      return correction;
    });
  }

  /** Records the correction under way as an amendment revision (who, why, when: now) and locks the minutes again. */
  recordCorrection(meetingId: string): Promise<Revision> {
    return this.db.transaction('rw', [this.db.meetings, this.db.drafts, this.db.revisions, this.db.corrections], async () => {
      const correction = await this.db.corrections.get(meetingId);
      if (!correction) throw new Error('No correction of these minutes is under way.');
      const { meeting, draft } = await this.current(meetingId);
      await this.db.corrections.delete(meetingId);
      return this.addRevision(meeting, draft?.editorState ?? '', { kind: 'amendment', amendment: { by: correction.by, reason: correction.reason } });
    });
  }

  /**
   * Abandons the correction under way: the minutes go back to the last record (the signed revision, or
   * the latest amendment) as a restore, so the text typed during the correction is kept in a revision
   * ("kept before a restore") and nothing is lost; then the minutes are locked again. No amendment is recorded.
   */
  abandonCorrection(meetingId: string): Promise<void> {
    return this.db.transaction('rw', [this.db.meetings, this.db.drafts, this.db.revisions, this.db.corrections], async () => {
      if (!(await this.db.corrections.get(meetingId))) throw new Error('No correction of these minutes is under way.');
      const records = await this.db.revisions
        .where('meetingId')
        .equals(meetingId)
        .filter((r) => r.kind === 'signed' || r.kind === 'amendment')
        .toArray();
      const record = records.sort((a, b) => b.number - a.number)[0];
      const draft = await this.db.drafts.get(meetingId);
      if (record && (draft?.editorState ?? '') !== record.editorState) {
        await this.restoreAsNewRevision(meetingId, { editorState: record.editorState }, { kind: 'revision', number: record.number });
      }
      await this.db.corrections.delete(meetingId);
    });
  }

  /**
   * Makes `content` the meeting's current minutes (and agenda and attendance, when it has them), as a
   * new revision: first the minutes as they are now are kept in a revision of their own, so a restore
   * never destroys anything. `origin` says where the content came from ("revision 3", "backup file of …").
   * An editor showing the meeting sees the draft's restore count move on and shows the restored text;
   * its older text is never saved over it. Signed minutes are restored only during a correction.
   */
  async restoreAsNewRevision(meetingId: string, content: RestoredContent, origin: RestoreOrigin): Promise<Revision> {
    const validContent = plainParse(RestoredContentSchema, content);
    const validOrigin = plainParse(RestoreOriginSchema, origin);
    // Damaged minutes stop here, before anything is replaced.
    try {
      parseEditorState(validContent.editorState);
    } catch (error) {
      throw new Error(`Nothing was restored: the minutes to restore are damaged. ${describeError(error)}`, { cause: error });
    }
    return this.db.transaction('rw', [this.db.meetings, this.db.drafts, this.db.revisions, this.db.corrections], async () => {
      const { meeting, draft } = await this.current(meetingId);
      await assertMinutesEditable(this.db, meeting);
      await this.addRevision(meeting, draft?.editorState ?? '', { kind: 'before-restore' });
      const at = this.now();
      const restored = MeetingSchema.parse({ ...meeting, ...(validContent.meeting ?? {}), updatedAt: at });
      await this.db.meetings.put(restored);
      const newDraft: MinutesDraft = { meetingId, editorState: validContent.editorState, savedAt: at, restoreCount: (draft?.restoreCount ?? 0) + 1 };
      await this.db.drafts.put(newDraft);
      return this.addRevision(restored, validContent.editorState, { kind: 'restored', origin: validOrigin });
    });
  }

  private async current(meetingId: string): Promise<{ meeting: Meeting; draft: MinutesDraft | undefined }> {
    const meeting = await this.db.meetings.get(meetingId);
    if (!meeting) throw new Error('This meeting no longer exists.');
    return { meeting, draft: await this.db.drafts.get(meetingId) };
  }

  /** Adds the next revision of a meeting; call inside a transaction holding the revisions table. */
  private async addRevision(meeting: Meeting, editorState: string, details: RevisionDetails): Promise<Revision> {
    const latest = await this.latestRevision(meeting.id);
    const revision = RevisionSchema.parse({
      ...details,
      id: this.newId(),
      meetingId: meeting.id,
      number: (latest?.number ?? 0) + 1,
      at: this.now(),
      editorState,
      meeting: revisionMeeting(meeting),
      wordCount: minutesWordCount(editorState),
    });
    await this.db.revisions.add(revision);
    return revision;
  }
}

/** The meeting's facts a revision keeps. */
function revisionMeeting(meeting: Meeting): RevisionMeeting {
  const { title, date, startTime, venue, agenda, attendance, movements, itemTimes, status, minuteNumbers } = meeting;
  return { title, date, startTime, venue, agenda, attendance, movements, itemTimes, status, minuteNumbers };
}

/** Checks input with zod, throwing the first problem in plain words (not zod's JSON) for the screen to show. */
function plainParse<T>(schema: z.ZodType<T>, value: unknown): T {
  const result = schema.safeParse(value);
  if (!result.success) throw new Error(result.error.issues[0]?.message ?? 'That is not valid.');
  return result.data;
}

/** Refuses any move but the next step: draft → circulated → approved → signed. */
function checkNextStatus(from: MeetingStatus, to: MeetingStatus): void {
  if (STATUS_ORDER.indexOf(to) === STATUS_ORDER.indexOf(from) + 1) return;
  if (from === 'signed') throw new Error('These minutes are signed: their status cannot change.');
  throw new Error(`Minutes that are ${from} cannot be marked ${to}: the next step is ${STATUS_ORDER[STATUS_ORDER.indexOf(from) + 1]}.`);
}
