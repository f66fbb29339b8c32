import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { composeMeetingFileText, parseMeetingFile, type MeetingFile } from '../../../shared/meeting-file';

const seedPath = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../fixtures/meeting-files/kcsp-2015-03-19.json');

/** The 19 March 2015 seed meeting, as the backups tests hand it over. */
export const SEED: MeetingFile = (() => {
  const parsed = parseMeetingFile(readFileSync(seedPath, 'utf8'));
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.file;
})();
export const SEED_ID = SEED.meeting.id;

/** The seed meeting as a meeting file whose minutes are one paragraph saying `words`, so each copy is told apart. */
export function meetingFileSaying(words: string, meetingId = SEED_ID): string {
  const editorState = {
    root: {
      type: 'root',
      version: 1,
      direction: null,
      format: '',
      indent: 0,
      children: [
        { type: 'paragraph', version: 1, direction: null, format: '', indent: 0, textFormat: 0, textStyle: '', children: [{ type: 'text', version: 1, text: words, format: 0, style: '', mode: 'normal', detail: 0 }] },
      ],
    },
  };
  return composeMeetingFileText({ body: SEED.body, roster: SEED.roster, templates: SEED.templates, meeting: { ...SEED.meeting, id: meetingId } }, JSON.stringify(editorState));
}

/** The words of the one paragraph meetingFileSaying wrote. */
export function wordsOf(meetingFile: string): string {
  const parsed = parseMeetingFile(meetingFile);
  if (!parsed.ok) throw new Error(parsed.message);
  const paragraph = parsed.file.minutes.editorState.root.children[0] as { children: { text: string }[] };
  return paragraph.children[0]!.text;
}
