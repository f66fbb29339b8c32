import type { Body } from '@shared/model/body';
import type { Meeting } from '@shared/model/meeting';
import { printRecordOf } from '@shared/model/print-record';
import type { Transaction } from 'dexie';
import type { PersonRow } from '../database';

/**
 * Version 5 → 6: every meeting whose minutes have left draft keeps how they print (its print record, see
 * shared/model/print-record): its body's settings and roster as they are at the upgrade, the nearest there is
 * to how they were when circulated. From then on, a change to the roster or the body's settings changes only
 * drafts. Drafts, and meetings whose body is gone, are left exactly as they were.
 */
const LEFT_DRAFT: ReadonlySet<string> = new Set(['circulated', 'approved', 'signed']);

export async function upgradeToVersion6(tx: Transaction): Promise<void> {
  const meetings = tx.table<Meeting, string>('meetings');
  const bodies = new Map((await tx.table<Body, string>('bodies').toArray()).map((body) => [body.id, body]));
  const people = await tx.table<PersonRow, string>('people').toArray();
  await meetings.toCollection().modify((meeting) => {
    const body = bodies.get(meeting.bodyId);
    if (!LEFT_DRAFT.has(meeting.status) || meeting.printedAs || !body) return;
    const roster = people
      .filter((person) => person.bodyId === body.id)
      .sort((a, b) => a.order - b.order)
      .map(({ order: _order, ...person }) => person);
    meeting.printedAs = printRecordOf(body, roster);
  });
}
