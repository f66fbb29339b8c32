import type { MeetingExportInput } from '../export/export-options';
import { minutesFromEditorState } from '../minutes/from-editor-state';
import { minutesFacts } from '../minutes/minutes-facts';
import { minutesHeading } from '../model/minutes-heading';
import { asMinuted } from '../model/print-record';
import { actionOwnerName, actionStatusOf, minuteReference, type ActionStatus } from './actions';

/**
 * A committee's action log: every action marked in the minutes of its meetings, with its minute reference, owner,
 * date and status. It is read from the minutes themselves every time (the minutes are the one truth of what was
 * promised and by whom); only the status, changed at a later meeting, is kept apart, with the meeting that minuted
 * the action (Meeting.actionStatuses).
 */
export interface ActionLogEntry {
  meetingId: string;
  /** The meeting's date (yyyy-mm-dd), for ordering and the reference. */
  meetingDate: string;
  actionId: string;
  /** "19 March 2015, Minute 94" (or "…, B1" where minutes are headed by agenda code). */
  reference: string;
  /** The sentence marked. */
  text: string;
  ownerId: string | null;
  /** As the minutes name the owner ("Mr Peerbux"), or null when nobody was named. */
  owner: string | null;
  due: string | null;
  status: ActionStatus;
  /** Marked in a Part 2 (exempt) minute: left out of anything published. */
  exempt: boolean;
}

/** The actions of one meeting's minutes, as its log entries. Throws EditorStateError when the minutes cannot be read. */
export function meetingActions(input: MeetingExportInput): ActionLogEntry[] {
  const { meeting } = input;
  const { body, roster } = asMinuted(meeting, input.body, input.roster);
  const minutes = minutesFromEditorState(minutesHeading(body, meeting), input.editorState, minutesFacts(meeting, body, roster));
  const parts = new Map(meeting.agenda.map((item) => [item.id, item.part]));
  return minutes.actions.map((action) => ({
    meetingId: meeting.id,
    meetingDate: meeting.date,
    actionId: action.actionId,
    reference: minuteReference(meeting.date, action.minuteLabel),
    text: action.text,
    ownerId: action.ownerId,
    owner: actionOwnerName(action.ownerId, roster),
    due: action.due,
    status: actionStatusOf(action.actionId, meeting.actionStatuses),
    exempt: action.itemId !== null && parts.get(action.itemId) === 'exempt',
  }));
}

/**
 * The log of a committee's meetings: oldest meeting first, each meeting's actions in the order of its minutes.
 * A meeting whose minutes cannot be read is left out and handed to `unreadable` (which throws by default).
 */
export function actionLog(meetings: readonly MeetingExportInput[], unreadable?: (input: MeetingExportInput, error: unknown) => void): ActionLogEntry[] {
  return [...meetings]
    .sort((a, b) => a.meeting.date.localeCompare(b.meeting.date) || (a.meeting.startTime ?? '').localeCompare(b.meeting.startTime ?? '') || a.meeting.createdAt - b.meeting.createdAt)
    .flatMap((input) => {
      if (!unreadable) return meetingActions(input);
      try {
        return meetingActions(input);
      } catch (error) {
        unreadable(input, error);
        return [];
      }
    });
}

/**
 * What a meeting's "Matters arising" chases: the actions still open from the committee's earlier meetings (held
 * before it), oldest first. In the public copy of minutes, actions minuted in Part 2 are left out.
 */
export function mattersArising(log: readonly ActionLogEntry[], meeting: { id: string; date: string }, publicCopy: boolean): ActionLogEntry[] {
  return log.filter((entry) => entry.meetingId !== meeting.id && entry.meetingDate < meeting.date && entry.status === 'open' && !(publicCopy && entry.exempt));
}
