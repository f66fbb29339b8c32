import { actionLog, type ActionLogEntry } from '@shared/domain/action-log';
import { withActionStatus, type ActionStatus } from '@shared/domain/actions';
import { MeetingSchema } from '@shared/model/meeting';
import type { MinuteBookDatabase } from './database';

/** A committee's action log, and the meetings whose minutes could not be read for it (named, never passed over quietly). */
export interface ActionLogRead {
  entries: ActionLogEntry[];
  unreadable: string[];
}

/**
 * The committee's action log (shared/domain/action-log.ts), read from its meetings' minutes, and where each action
 * stands. A status is kept with the meeting that minuted the action, so it travels in that meeting's file and
 * backups. It may change on signed minutes too: the action log is not the signed record (the canonical minutes
 * leave it out), and an action minuted at one meeting is chased, and closed, at the next.
 */
export class ActionLogRepository {
  constructor(
    private readonly db: MinuteBookDatabase,
    private readonly now: () => number = Date.now,
  ) {}

  /** Every action marked in the minutes of the committee's meetings, oldest meeting first. */
  async log(bodyId: string): Promise<ActionLogRead> {
    return this.db.transaction('r', [this.db.meetings, this.db.drafts, this.db.bodies, this.db.people], async () => {
      const body = await this.db.bodies.get(bodyId);
      if (!body) return { entries: [], unreadable: [] };
      const roster = await this.db.people.where('bodyId').equals(bodyId).sortBy('order');
      const meetings = await this.db.meetings.where('bodyId').equals(bodyId).toArray();
      const drafts = await this.db.drafts.bulkGet(meetings.map((meeting) => meeting.id));
      const inputs = meetings.flatMap((meeting, index) => {
        const draft = drafts[index];
        return draft ? [{ body, roster, meeting, editorState: draft.editorState }] : [];
      });
      // One damaged draft names itself and leaves the other meetings' actions listed.
      const unreadable: string[] = [];
      const entries = actionLog(inputs, (input) => unreadable.push(input.meeting.title));
      return { entries, unreadable };
    });
  }

  /** Changes where one action stands; the meeting is checked whole before it is stored. */
  async setStatus(meetingId: string, actionId: string, status: ActionStatus): Promise<void> {
    await this.db.transaction('rw', this.db.meetings, async () => {
      const meeting = await this.db.meetings.get(meetingId);
      if (!meeting) throw new Error('The meeting that minuted this action no longer exists.');
      const at = this.now();
      const updated = MeetingSchema.parse({ ...meeting, actionStatuses: withActionStatus(meeting.actionStatuses, actionId, status, at), updatedAt: at });
      await this.db.meetings.put(updated);
    });
  }
}
