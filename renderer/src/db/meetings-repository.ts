import Dexie from 'dexie';
import { finaliseMinuteNumbers } from '@shared/domain/minute-numbers';
import { assertEditable } from '@shared/domain/editable';
import { emptyMeetingRecord, MeetingSchema, MeetingSetupSchema, type Meeting, type MeetingSetup } from '@shared/model/meeting';
import type { MinuteBookDatabase, MinutesDraft } from './database';
import { hasEntry, withEntry } from '@shared/model/id-keys';
import { minutesNameAnyone, minutesWithWords } from '@shared/minutes/minute-contents';
import { assertMinutesEditable } from './editable';

/** What may change on a meeting after it is set up (everything but identity and bookkeeping). */
export type MeetingChanges = Partial<Omit<Meeting, 'id' | 'createdAt' | 'updatedAt'>>;

/** Reading and writing meetings and their drafts. */
export class MeetingsRepository {
  constructor(
    private readonly db: MinuteBookDatabase,
    private readonly now: () => number = Date.now,
    private readonly newId: () => string = () => crypto.randomUUID(),
  ) {}

  /** Every meeting, the latest meeting date first (then the latest start time, then the newest created). */
  async listMeetings(): Promise<Meeting[]> {
    const meetings = await this.db.meetings.toArray();
    return meetings.sort(
      (a, b) =>
        b.date.localeCompare(a.date) || (b.startTime ?? '').localeCompare(a.startTime ?? '') || b.createdAt - a.createdAt,
    );
  }

  /** One meeting, or undefined when it has been deleted. */
  getMeeting(id: string): Promise<Meeting | undefined> {
    return this.db.meetings.get(id);
  }

  /** Creates a meeting from validated setup details, with an empty agenda and attendance. */
  async createMeeting(setup: MeetingSetup): Promise<Meeting> {
    const valid = MeetingSetupSchema.parse(setup);
    const at = this.now();
    const meeting: Meeting = { ...valid, ...emptyMeetingRecord(), id: this.newId(), createdAt: at, updatedAt: at };
    await this.db.meetings.add(meeting);
    return meeting;
  }

  /** Changes part of a meeting (its name, agenda, attendance …); the whole result is validated before it is stored. */
  async updateMeeting(id: string, changes: MeetingChanges): Promise<Meeting> {
    return this.changeMeeting(id, () => changes);
  }

  /**
   * Changes a meeting from what is stored now, not from what the screen last
   * showed: `recipe` reads the current meeting and returns the changes. Quick
   * successive edits (adding agenda items as fast as the officer types) never
   * overwrite one another.
   */
  async changeMeeting(id: string, recipe: (current: Meeting) => MeetingChanges): Promise<Meeting> {
    return this.db.transaction('rw', [this.db.meetings, this.db.bodies, this.db.drafts], async () => {
      const existing = await this.db.meetings.get(id);
      if (!existing) throw new Error('This meeting no longer exists.');
      assertEditable(existing, 'details');
      const changed = { ...existing, ...recipe(existing) };
      await this.keepReferencesWhole(existing, changed);
      const updated = MeetingSchema.parse({ ...(await this.numberNewItems(existing, changed)), updatedAt: this.now() });
      await this.db.meetings.put(updated);
      return updated;
    });
  }

  /**
   * Dismisses a house-style finding for this meeting (by its key), or with `dismissed` false offers it again.
   * Merged inside the transaction like every other change, and refused on signed minutes.
   */
  async setFindingDismissed(id: string, key: string, dismissed: boolean): Promise<void> {
    await this.changeMeeting(id, (current) => {
      const keys = new Set(current.dismissedFindings ?? []);
      if (dismissed) keys.add(key);
      else keys.delete(key);
      return { dismissedFindings: [...keys] };
    });
  }

  /**
   * Refuses a change that would leave the minutes pointing at nothing (a meeting file holding them would be
   * refused, and so would its disk backups): moving a meeting that names people to another body's roster, and
   * taking an item off the agenda while its minute still holds words.
   */
  private async keepReferencesWhole(existing: Meeting, changed: Meeting): Promise<void> {
    const removed = new Set(existing.agenda.filter((item) => !changed.agenda.some((kept) => kept.id === item.id)).map((item) => item.id));
    const movesBody = changed.bodyId !== existing.bodyId;
    if (removed.size === 0 && !movesBody) return;
    const draft = await this.db.drafts.get(existing.id);
    if (movesBody) {
      if (existing.status !== 'draft') throw new Error('These minutes have been circulated: they stay with their committee or partnership.');
      if (Object.keys(existing.attendance).length > 0 || existing.movements.length > 0 || (draft && minutesNameAnyone(draft.editorState))) {
        throw new Error('This meeting’s attendance or minutes name people on its committee’s roster, so it cannot move to another committee or partnership.');
      }
    }
    const withWords = draft ? minutesWithWords(draft.editorState, removed) : [];
    if (withWords.length > 0) {
      const item = existing.agenda.find((candidate) => candidate.id === withWords[0]);
      throw new Error(`The minute of “${item?.code ? `${item.code} ` : ''}${item?.title ?? ''}” has text in it: delete that text or move it to another minute first, then take the item off the agenda.`);
    }
  }

  /**
   * Once the minutes' numbers are given out, an item added to the agenda is given the body's next number, as
   * finalising would have: a minute must never print as "0.". Call inside a transaction holding the bodies table.
   */
  private async numberNewItems(existing: Meeting, changed: Meeting): Promise<Meeting> {
    const numbers = changed.minuteNumbers;
    const unnumbered = numbers ? changed.agenda.filter((item) => !hasEntry(numbers, item.id)) : [];
    if (!numbers || unnumbered.length === 0) return changed;
    const body = await this.db.bodies.get(existing.bodyId);
    if (!body) throw new Error('The committee or partnership of this meeting no longer exists.');
    const { numbers: given, newLastMinuteNumber } = finaliseMinuteNumbers(unnumbered, body.lastMinuteNumber);
    await this.db.bodies.put({ ...body, lastMinuteNumber: newLastMinuteNumber, updatedAt: this.now() });
    return { ...changed, minuteNumbers: Object.assign(Object.create(null) as Record<string, number>, numbers, given) };
  }

  /**
   * Records when the meeting reached an agenda item (hh:mm), or clears it with null.
   * Merged inside the transaction, so two quick moves between items never lose one.
   * With `onlyIfUnset`, a time already recorded (or corrected by the officer) is kept. Signed minutes keep
   * their times as signed: refused with MinutesSignedError.
   */
  async setItemTime(id: string, itemId: string, time: string | null, options: { onlyIfUnset?: boolean } = {}): Promise<void> {
    await this.db.transaction('rw', this.db.meetings, async () => {
      const existing = await this.db.meetings.get(id);
      if (!existing) return;
      assertEditable(existing, 'details');
      if (options.onlyIfUnset && hasEntry(existing.itemTimes, itemId)) return;
      const itemTimes = withEntry(existing.itemTimes, itemId, time ?? undefined);
      await this.db.meetings.put(MeetingSchema.parse({ ...existing, itemTimes, updatedAt: this.now() }));
    });
  }

  /** Deletes a meeting, its minutes and their revisions together, or none of them. Signed minutes are the record: refused. */
  async deleteMeeting(id: string): Promise<void> {
    await this.db.transaction('rw', [this.db.meetings, this.db.drafts, this.db.revisions, this.db.corrections, this.db.ignoredWords], async () => {
      const meeting = await this.db.meetings.get(id);
      if (meeting) assertEditable(meeting, 'deletion');
      await this.db.drafts.delete(id);
      await this.db.revisions.where('meetingId').equals(id).delete();
      await this.db.corrections.delete(id);
      // Words ignored "in this meeting" go with it; the personal dictionary stays.
      await this.db.ignoredWords.where('meetingId').equals(id).delete();
      await this.db.meetings.delete(id);
    });
  }

  /** The saved minutes of a meeting, or undefined before anything was typed. */
  getDraft(meetingId: string): Promise<MinutesDraft | undefined> {
    return this.db.drafts.get(meetingId);
  }

  /**
   * Stores the minutes text durably and returns when IndexedDB has committed it. `restoreCount` is the
   * draft's count of restores when the editor loaded it: a save from before a restore is dropped (and
   * the stored, restored draft returned) so it never overwrites what was restored. Signed minutes are
   * refused unless a correction of them is under way.
   * Only the draft is written, never the meeting row: every screen that lists or shows meetings follows
   * the meetings table live, so touching the row on each autosave re-rendered them all several times a
   * second while the officer typed. When the minutes were last saved is the draft's `savedAt`.
   */
  async saveDraft(meetingId: string, editorState: string, restoreCount = 0): Promise<MinutesDraft> {
    return this.db.transaction('rw', [this.db.meetings, this.db.drafts, this.db.corrections], async () => {
      // From the index only: reading the stored draft back would cost as much as writing it, on every save.
      const [storedKey] = await this.db.drafts.where('[meetingId+restoreCount]').between([meetingId, Dexie.minKey], [meetingId, Dexie.maxKey]).keys();
      const storedCount = storedKey ? (storedKey as unknown as [string, number])[1] : 0;
      if (storedCount > restoreCount) return (await this.db.drafts.get(meetingId))!;
      const meeting = await this.db.meetings.get(meetingId);
      if (meeting) await assertMinutesEditable(this.db, meeting);
      const draft: MinutesDraft = { meetingId, editorState, savedAt: this.now(), ...(restoreCount > 0 ? { restoreCount } : {}) };
      await this.db.drafts.put(draft);
      return draft;
    });
  }

  /** The meeting whose details or minutes changed most recently, or undefined when there are none. */
  async latestEditedMeetingId(): Promise<string | undefined> {
    return this.db.transaction('r', this.db.meetings, this.db.drafts, async () => {
      const savedAt = new Map<string, number>();
      await this.db.drafts.each((draft) => savedAt.set(draft.meetingId, draft.savedAt));
      let latest: { id: string; at: number } | undefined;
      await this.db.meetings.each((meeting) => {
        const at = Math.max(meeting.updatedAt, savedAt.get(meeting.id) ?? 0);
        if (!latest || at > latest.at) latest = { id: meeting.id, at };
      });
      return latest?.id;
    });
  }
}
