import type { LexicalEditor } from 'lexical';
import type { MeetingsRepository } from '../../../db/meetings-repository';
import type { RevisionsRepository } from '../../../db/revisions-repository';
import type { EditingTime } from '../../revisions/editing-time';
import { DraftSaver } from '../../save/draft-saver';
import { serialiseMinutes } from '../../save/minutes-snapshot';

export interface MinutesSaverWiring {
  meetingId: string;
  meetings: Pick<MeetingsRepository, 'saveDraft'>;
  revisions: Pick<RevisionsRepository, 'snapshot'>;
  /** The live editor, or null before it is up. */
  editor: () => LexicalEditor | null;
  /** How many restores the editor's text has seen: a save from before a restore is dropped by the repository. */
  restoreCount: () => number;
  /** Ten minutes of editing make an automatic revision, checked after each save. */
  editingTime: Pick<EditingTime, 'takeDue'>;
  /** When the loaded draft was saved, or null for new minutes. */
  savedAt: number | null;
  /** Serialises the editor's minutes (the app's serialiseMinutes; a stand-in in tests). */
  serialise?: (editor: LexicalEditor) => string;
}

/**
 * The open meeting's autosave: a DraftSaver that writes the editor's minutes as the meeting's draft, and, when
 * ten minutes of editing are due, an automatic revision copied from the draft just stored.
 */
export function createMinutesSaver(wiring: MinutesSaverWiring): DraftSaver {
  const serialise = wiring.serialise ?? serialiseMinutes;
  return new DraftSaver(
    {
      snapshot: () => {
        const editor = wiring.editor();
        if (!editor) throw new Error('The editor is not ready');
        return serialise(editor); // the same text as JSON.stringify(editor.getEditorState().toJSON()), changed minutes only
      },
      write: async (snapshot) => {
        const saved = await wiring.meetings.saveDraft(wiring.meetingId, snapshot, wiring.restoreCount());
        // The revision copies the draft just stored, inside IndexedDB: nothing more is serialised here. A failed
        // snapshot must not fail the save that carried the text; the next ten minutes try again.
        if (wiring.editingTime.takeDue()) void wiring.revisions.snapshot(wiring.meetingId).catch(() => undefined);
        return saved.savedAt;
      },
    },
    wiring.savedAt,
  );
}
