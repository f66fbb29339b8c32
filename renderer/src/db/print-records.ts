import type { Meeting } from '@shared/model/meeting';
import { asMinuted, printRecordOf } from '@shared/model/print-record';
import type { MinuteBookDatabase } from './database';

/**
 * The meeting with its print record (shared/model/print-record) fixed now, as its minutes leave draft: the
 * body and roster as they stand, or, for a meeting imported with a record of its own, that record with anyone
 * named since from the roster here. Call inside a transaction holding the bodies and people tables. A meeting
 * that has left draft already keeps its record: circulated minutes print as they were circulated.
 */
export async function withPrintRecord(db: MinuteBookDatabase, meeting: Meeting): Promise<Meeting> {
  if (meeting.printedAs && meeting.status !== 'draft') return meeting;
  const body = await db.bodies.get(meeting.bodyId);
  if (!body) throw new Error('The committee or partnership of this meeting no longer exists.');
  const people = (await db.people.where('bodyId').equals(body.id).sortBy('order')).map(({ order: _order, ...person }) => person);
  const printed = asMinuted(meeting, body, people);
  return { ...meeting, printedAs: printRecordOf(printed.body, printed.roster) };
}
