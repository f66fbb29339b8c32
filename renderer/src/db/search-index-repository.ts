import { liveQuery } from 'dexie';
import type { IndexableMeeting } from '@shared/search/minute-documents';
import type { MinuteBookDatabase } from './database';

/** The one row the saved index is kept in. */
const SAVED_KEY = 'minute-book';

/**
 * What search reads from and keeps in the database: which meetings changed since they were indexed (told by a
 * fingerprint of when the meeting and its minutes were last written, read from the indexes alone), the meetings
 * themselves for indexing, and the saved index, so it survives a restart.
 */
export class SearchIndexRepository {
  constructor(private readonly db: MinuteBookDatabase) {}

  /** Every meeting's fingerprint (meeting id → when the meeting and its draft were last written), from keys only. */
  async fingerprints(): Promise<Map<string, string>> {
    return this.db.transaction('r', [this.db.meetings, this.db.drafts], async () => {
      const updated = new Map<string, number>();
      const saved = new Map<string, number>();
      await this.db.meetings.orderBy('updatedAt').eachKey((key, cursor) => updated.set(String(cursor.primaryKey), Number(key)));
      await this.db.drafts.orderBy('savedAt').eachKey((key, cursor) => saved.set(String(cursor.primaryKey), Number(key)));
      return new Map([...updated].map(([id, at]) => [id, fingerprintOf(at, saved.get(id))]));
    });
  }

  /** Calls `onChange` whenever a meeting or its minutes are written (and once at first); returns the function that stops. */
  watch(onChange: () => void): () => void {
    const subscription = liveQuery(() => this.fingerprints()).subscribe({ next: () => onChange(), error: () => undefined });
    return () => subscription.unsubscribe();
  }

  /** The meetings with these ids as search indexes them (those deleted meanwhile are left out). */
  async indexable(ids: readonly string[]): Promise<IndexableMeeting[]> {
    return this.db.transaction('r', [this.db.meetings, this.db.drafts], async () => {
      const [meetings, drafts] = await Promise.all([this.db.meetings.bulkGet([...ids]), this.db.drafts.bulkGet([...ids])]);
      return meetings.flatMap((meeting, index) => {
        if (!meeting) return [];
        const draft = drafts[index];
        return [
          {
            meetingId: meeting.id,
            bodyId: meeting.bodyId,
            title: meeting.title,
            date: meeting.date,
            agenda: meeting.agenda.map(({ id, code, title }) => ({ id, code, title })),
            minuteNumbers: meeting.minuteNumbers,
            editorState: draft?.editorState ?? null,
            fingerprint: fingerprintOf(meeting.updatedAt, draft?.savedAt),
          },
        ];
      });
    });
  }

  /** The index as last saved, or null. */
  async loadSaved(): Promise<string | null> {
    return (await this.db.searchIndex.get(SAVED_KEY))?.text ?? null;
  }

  async save(text: string, at: number = Date.now()): Promise<void> {
    await this.db.searchIndex.put({ key: SAVED_KEY, text, savedAt: at });
  }
}

function fingerprintOf(meetingUpdatedAt: number, draftSavedAt: number | undefined): string {
  return `${meetingUpdatedAt}/${draftSavedAt ?? 0}`;
}
