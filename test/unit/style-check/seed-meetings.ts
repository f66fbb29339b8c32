import type { MeetingExportInput } from '../../../shared/export/export-options';
import { meetingExportInput } from '../../../shared/meeting-file/meeting-file';
import { seedMeetingFile, type SeedMeeting } from '../../fixtures/meeting-files/seed-meeting-files';

/** The three seed meetings as the council published them (test/fixtures/meeting-files, built from test/fixtures/seeds). */
export const SEED_MEETING_FILES = ['kcsp-2015-03-19.json', 'kcsp-2019-07-17.json', 'kcsp-2023-03-21.json'] as const;
export type SeedMeetingFile = (typeof SEED_MEETING_FILES)[number];

export function seedMeeting(name: SeedMeetingFile): MeetingExportInput {
  return meetingExportInput(seedMeetingFile(name.replace(/\.json$/, '') as SeedMeeting));
}
