import { readFileSync } from 'node:fs';
import type { MeetingExportInput } from '../../../shared/export/export-options';
import { meetingExportInput, parseMeetingFile } from '../../../shared/meeting-file/meeting-file';

/** The three seed meetings as the council published them (test/fixtures/meeting-files, built from ../shared/seeds). */
export const SEED_MEETING_FILES = ['kcsp-2015-03-19.json', 'kcsp-2019-07-17.json', 'kcsp-2023-03-21.json'] as const;
export type SeedMeetingFile = (typeof SEED_MEETING_FILES)[number];

export function seedMeeting(name: SeedMeetingFile): MeetingExportInput {
  const parsed = parseMeetingFile(readFileSync(new URL(`../../fixtures/meeting-files/${name}`, import.meta.url), 'utf8'));
  if (!parsed.ok) throw new Error(`${name}: ${parsed.message}`);
  return meetingExportInput(parsed.file);
}
