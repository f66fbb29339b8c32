import { exportFileName } from '@shared/export/export-file-name';
import { hasExemptItems, type MeetingExportInput, type MinutesExportOptions } from '@shared/export/export-options';
import type { SaveFileResult } from '@shared/ipc/contract';
import { minutesHeading } from '@shared/model/minutes-heading';
import type { SignedRevision } from '@shared/model/revision';
import { canonicalMinutesSha256 } from '@shared/signing/canonical-minutes';
import { sha256Hex } from '@shared/signing/sha256';
import type { AppServices } from '../../app-context';

/** The signed copy: the full minutes (exempt business included, marked confidential when there was some), not marked DRAFT. */
export const SIGNED_COPY: MinutesExportOptions = { version: 'full', draft: false };

/** What signing came to: signed (with the revision), or the Save dialog cancelled / failing (nothing signed). */
export type SignOutcome = { status: 'signed'; revision: SignedRevision; path: string } | Exclude<SaveFileResult, { status: 'saved' }>;

/** The meeting with its body, roster and stored minutes, as the export and the canonical form read them. */
export async function storedMeetingInput(services: Pick<AppServices, 'meetings' | 'bodies'>, meetingId: string): Promise<{ input: MeetingExportInput; editorState: string; meetingUpdatedAt: number }> {
  const meeting = await services.meetings.getMeeting(meetingId);
  if (!meeting) throw new Error('This meeting no longer exists.');
  const body = await services.bodies.getBody(meeting.bodyId);
  if (!body) throw new Error('The committee or partnership of this meeting no longer exists.');
  const roster = await services.bodies.listPeople(body.id);
  const draft = await services.meetings.getDraft(meetingId);
  if (!draft) throw new Error('There are no minutes to sign yet: nothing has been typed.');
  return { input: { meeting, body, roster, editorState: draft.editorState }, editorState: draft.editorState, meetingUpdatedAt: meeting.updatedAt };
}

/**
 * Signs approved minutes: makes the final Word file through the house-format export, offers it through
 * the host's Save dialog, and only once it is saved records the signed revision with the SHA-256 of the
 * canonical minutes and of the exact bytes saved. Cancelling the dialog signs nothing. Works from what is
 * stored (the caller saves what is on screen first), and the repository refuses if that changed meanwhile.
 */
export async function signMinutes(services: Pick<AppServices, 'meetings' | 'bodies' | 'revisions' | 'host'>, meetingId: string): Promise<SignOutcome> {
  const { input, editorState, meetingUpdatedAt } = await storedMeetingInput(services, meetingId);
  if (input.meeting.status !== 'approved') throw new Error('Only approved minutes can be signed.');
  const contentSha256 = await canonicalMinutesSha256(input);
  const { exportMeetingDocx } = await import('@shared/export/docx');
  const bytes = await exportMeetingDocx(input, SIGNED_COPY);
  const docxSha256 = await sha256Hex(bytes);
  const name = exportFileName(minutesHeading(input.body, input.meeting), SIGNED_COPY, hasExemptItems(input.meeting));
  const saved = await services.host.saveFile('docx', name, bytes);
  if (saved.status !== 'saved') return saved;
  const revision = await services.revisions.recordSignature(meetingId, { contentSha256, docxSha256, fileName: saved.path }, { editorState, meetingUpdatedAt });
  return { status: 'signed', revision, path: saved.path };
}

/** Whether a file's bytes are exactly the signed Word file. */
export async function isSignedFile(bytes: Uint8Array<ArrayBuffer>, signed: SignedRevision): Promise<boolean> {
  return (await sha256Hex(bytes)) === signed.signature.docxSha256;
}

/** Whether the minutes as stored now read exactly as they did when signed (canonical fingerprints equal). */
export async function unchangedSinceSigning(services: Pick<AppServices, 'meetings' | 'bodies'>, signed: SignedRevision): Promise<boolean> {
  const { input } = await storedMeetingInput(services, signed.meetingId);
  return (await canonicalMinutesSha256(input)) === signed.signature.contentSha256;
}
