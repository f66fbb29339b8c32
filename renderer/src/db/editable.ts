import { assertEditable, isEditable } from '@shared/domain/editable';
import type { Meeting } from '@shared/model/meeting';
import type { MinuteBookDatabase } from './database';

/**
 * assertEditable for the minutes' text, which signed minutes allow during a correction. The corrections table is
 * read only for signed minutes: this runs in every autosave, several times a second while the officer types.
 * Call inside a transaction that holds the corrections table.
 */
export async function assertMinutesEditable(db: MinuteBookDatabase, meeting: Pick<Meeting, 'id' | 'status'>): Promise<void> {
  if (isEditable(meeting, 'minutes')) return;
  assertEditable(meeting, 'minutes', (await db.corrections.get(meeting.id)) !== undefined);
}
