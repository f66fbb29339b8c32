import type { Meeting } from '../model/meeting';

/**
 * What a change to a meeting touches: the minutes' text (typing, a restore), the meeting's details (agenda,
 * attendance, times, title, venue…), or the meeting as a whole (deleting it).
 */
export type MeetingChange = 'minutes' | 'details' | 'deletion';

const REFUSALS: Readonly<Record<MeetingChange, string>> = {
  minutes: 'These minutes are signed, so they cannot be changed. To change them, use “Correct the signed minutes…”.',
  details: 'These minutes are signed, so their agenda, attendance and details cannot be changed, even during a correction.',
  deletion: 'These minutes are signed: they are the record and cannot be deleted.',
};

/** A change refused because the minutes are signed: they are the record, changed only through a correction. */
export class MinutesSignedError extends Error {
  override name = 'MinutesSignedError';
  constructor(readonly change: MeetingChange) {
    super(REFUSALS[change]);
  }
}

/**
 * Whether `change` may be made to the meeting. Until the minutes are signed, anything may change. Signed
 * minutes are the record: only their text changes, and only while a correction is under way (which records
 * who made it and why); their details never change and they are never deleted. The screen locks what this
 * refuses, and every repository checks it again before it writes.
 */
export function isEditable(meeting: Pick<Meeting, 'status'>, change: MeetingChange, correctionUnderWay = false): boolean {
  if (meeting.status !== 'signed') return true;
  return change === 'minutes' && correctionUnderWay;
}

/** Throws MinutesSignedError when `change` may not be made (see isEditable). */
export function assertEditable(meeting: Pick<Meeting, 'status'>, change: MeetingChange, correctionUnderWay = false): void {
  if (!isEditable(meeting, change, correctionUnderWay)) throw new MinutesSignedError(change);
}
