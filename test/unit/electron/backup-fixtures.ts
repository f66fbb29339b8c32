import { composeMeetingFileText, parseMeetingFile, type MeetingFile } from '../../../shared/meeting-file';
import { oneParagraphMinutes, seedMeetingFile } from '../../fixtures/meeting-files/seed-meeting-files';

/** The 19 March 2015 seed meeting, as the backups tests hand it over. */
export const SEED: MeetingFile = seedMeetingFile('kcsp-2015-03-19');
export const SEED_ID = SEED.meeting.id;

/** The seed meeting as a meeting file whose minutes are one paragraph saying `words`, so each copy is told apart. */
export function meetingFileSaying(words: string, meetingId = SEED_ID): string {
  const meeting = { body: SEED.body, roster: SEED.roster, templates: SEED.templates, meeting: { ...SEED.meeting, id: meetingId } };
  return composeMeetingFileText(meeting, JSON.stringify(oneParagraphMinutes(words)));
}

/** The words of the one paragraph meetingFileSaying wrote. */
export function wordsOf(meetingFile: string): string {
  const parsed = parseMeetingFile(meetingFile);
  if (!parsed.ok) throw new Error(parsed.message);
  const paragraph = parsed.file.minutes.editorState.root.children[0] as { children: { text: string }[] };
  return paragraph.children[0]!.text;
}
