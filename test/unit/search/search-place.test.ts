import { $getRoot } from 'lexical';
import { describe, expect, it } from 'vitest';
import { $findPlace, $minuteParagraphs } from '../../../renderer/src/editor/search-place';
import { minuteDocumentsOf } from '../../../shared/search/minute-documents';
import { wordsOf } from '../../../shared/search/words';
import { seedMeetingFile, type SeedMeeting } from '../../fixtures/meeting-files/seed-meeting-files';
import { headlessMinutesEditor } from '../../support/headless-minutes-editor';

/** A seed meeting's minutes in a headless editor with the app's nodes, and the documents the index makes of them. */
function opened(name: SeedMeeting) {
  const file = seedMeetingFile(name);
  const editor = headlessMinutesEditor();
  editor.setEditorState(editor.parseEditorState(JSON.stringify(file.minutes.editorState)));
  const documents = minuteDocumentsOf({
    meetingId: file.meeting.id,
    bodyId: file.body.id,
    title: file.meeting.title,
    date: file.meeting.date,
    agenda: file.meeting.agenda,
    minuteNumbers: file.meeting.minuteNumbers,
    editorState: JSON.stringify(file.minutes.editorState),
    fingerprint: '',
  });
  return { editor, documents };
}

describe('finding a search result in the live minutes', () => {
  for (const name of ['kcsp-2015-03-19', 'kcsp-2019-07-17', 'kcsp-2023-03-21'] as const) {
    it(`counts every minute's paragraphs as the index does, and finds each paragraph's words where the index saw them (${name})`, () => {
      const { editor, documents } = opened(name);
      expect(documents.length).toBeGreaterThan(5);
      editor.getEditorState().read(() => {
        for (const document of documents) {
          const indexed = document.text.split('\n');
          const live = $minuteParagraphs(document.itemId);
          expect(live).toHaveLength(indexed.length);
          indexed.forEach((text, paragraph) => {
            // The paragraph's last word: mentions (shown in other words on screen) come first in a sentence.
            const last = wordsOf(text).at(-1);
            if (!last) return;
            const found = $findPlace({ itemId: document.itemId, paragraph, words: [text.slice(last.start, last.end)] });
            expect(found.words.length).toBeGreaterThan(0);
            expect(found.block).toBe(live[paragraph]);
          });
        }
      });
    });
  }

  it('looks across the minute when the minutes changed since they were indexed, and falls back to the minute itself', () => {
    const { editor, documents } = opened('kcsp-2023-03-21');
    const minute = documents.find((document) => document.heading === 'Crimestoppers Update')!;
    const paragraphs = minute.text.split('\n');
    // A word of the minute's last paragraph that its first does not hold, asked for as if it were in the first.
    const word = wordsOf(paragraphs.at(-1)!).find((candidate) => candidate.key.length > 4 && !wordsOf(paragraphs[0]!).some((first) => first.key === candidate.key))!;
    const text = paragraphs.at(-1)!.slice(word.start, word.end);
    editor.getEditorState().read(() => {
      const live = $minuteParagraphs(minute.itemId);
      const moved = $findPlace({ itemId: minute.itemId, paragraph: 0, words: [text] });
      expect(moved.block).not.toBe(live[0]);
      expect(moved.block?.getTextContent()).toContain(text);
      expect(moved.words.map((found) => found.start.node.getTextContent().slice(found.start.offset, found.end.offset))).toContain(text);
      expect($findPlace({ itemId: minute.itemId, paragraph: 99, words: ['nowhere'] })).toEqual({ block: live[0], words: [] });
      expect($findPlace({ itemId: 'gone', paragraph: 0, words: [text] })).toEqual({ block: null, words: [] });
      expect($getRoot().getChildrenSize()).toBeGreaterThan(0);
    });
  });
});
