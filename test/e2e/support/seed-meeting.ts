/**
 * Set-ups seeded rather than typed. A spec whose point is not the set-up (the colours, the spelling, a dialog)
 * opens its meeting from a meeting file, through Import meeting file… as an officer would: the app's own door
 * checks the file whole and stores the meeting with its committee, roster and phrases in one transaction. That
 * takes a second where typing the committee, roster and agenda through the forms took a minute on a loaded
 * machine, and it leaves nothing of the app's database schema written out in a test.
 *
 * The files are the seed meetings in test/fixtures/meeting-files, which the editor itself built (build.ts), cut
 * down where a spec wants less: newMeeting() for a meeting just created, onlyPeople() for a shorter roster.
 * Specs about the set-up itself (setup.spec.ts) and about typing (minute-taking, keyboard, kill) keep typing.
 */
import { expect, type Page } from '@playwright/test';
import { serialiseMeetingFile, type MeetingFile } from '../../../shared/meeting-file';
import { emptyMeetingRecord } from '../../../shared/model/meeting';
import { oneParagraphMinutes } from '../../fixtures/meeting-files/seed-meeting-files';
import { minutesEditor } from './minutes-app';

export { seedMeetingFile, type SeedMeeting } from '../../fixtures/meeting-files/seed-meeting-files';

/** The file's meeting as New meeting leaves it (no agenda, nobody recorded, nothing typed), in the file's committee with its roster. */
export function newMeeting(file: MeetingFile): MeetingFile {
  return { ...file, meeting: { ...file.meeting, ...emptyMeetingRecord() }, minutes: { editorState: oneParagraphMinutes() } };
}

/** The file with only these people on the roster (by id, in the roster's order), and in the attendance. */
export function onlyPeople(file: MeetingFile, ids: readonly string[]): MeetingFile {
  const kept = new Set(ids);
  const attendance = Object.fromEntries(Object.entries(file.meeting.attendance).filter(([id]) => kept.has(id)));
  return {
    ...file,
    roster: file.roster.filter((person) => kept.has(person.id)),
    meeting: { ...file.meeting, attendance, movements: file.meeting.movements.filter((movement) => kept.has(movement.personId)) },
  };
}

/** The file's text, written by the app's own writer, which refuses what the app would refuse: a cut-down fixture is checked here. */
export function meetingFileText(file: MeetingFile): string {
  return serialiseMeetingFile({ ...file, editorState: file.minutes.editorState });
}

/**
 * Opens `file`'s meeting through Import meeting file… (the sidebar's hidden file input) and waits until it is
 * open on its Minutes tab. The page must show the app, with no meeting of that id stored yet.
 */
export async function importMeeting(page: Page, file: MeetingFile): Promise<void> {
  const buffer = Buffer.from(meetingFileText(file));
  await page.getByLabel('Meeting file to import').setInputFiles({ name: `${file.meeting.id}.json`, mimeType: 'application/json', buffer });
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(file.meeting.title);
  await expect(page.getByRole('tab', { name: 'Minutes' })).toHaveAttribute('aria-selected', 'true');
  await expect(minutesEditor(page)).toBeVisible();
}
