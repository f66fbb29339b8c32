import type { Transaction } from 'dexie';
import type { PersonRow } from '../database';

/**
 * Version 6 → 7: a person may have a forename (printed in place of the initials) and a title for the minutes'
 * text (a police rank, "Cllr", "Dr") apart from the attendance line's; the attendance title may be empty. Every
 * person stored before gets both new fields empty, which prints them exactly as before: the attendance line from
 * title, initials and surname, and mentions from the attendance title and surname. Nothing else changes, and the
 * rosters kept in print records stay as they were recorded (the fields are optional there, and absent means empty).
 */
export async function upgradeToVersion7(tx: Transaction): Promise<void> {
  await tx
    .table<PersonRow, string>('people')
    .toCollection()
    .modify((person) => {
      person.forename ??= '';
      person.textTitle ??= '';
    });
}
