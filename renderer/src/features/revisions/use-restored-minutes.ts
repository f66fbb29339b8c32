import { useLiveQuery } from 'dexie-react-hooks';
import type { LexicalEditor } from 'lexical';
import { useEffect, type RefObject } from 'react';
import { useAppServices } from '../../app-context';

/**
 * Shows restored minutes in the open editor. A restore (from the Revisions panel here, or from a backup
 * file on another screen) writes a new draft with its restore count moved on and adds a 'restored'
 * revision. This watches the meeting's newest revision (a small query that changes only when a revision
 * is made, never while typing), and when a restore has moved the count past the one this editor loaded,
 * puts the restored text in the editor and saves from then on with the new count. Saves still carrying
 * the old count are dropped by the repository, so text from before the restore never overwrites it.
 */
export function useRestoredMinutes(meetingId: string, editorRef: RefObject<LexicalEditor | null>, restoreCountRef: RefObject<number>): void {
  const { meetings, revisions } = useAppServices();
  const latest = useLiveQuery(() => revisions.latestRevision(meetingId), [revisions, meetingId]);
  useEffect(() => {
    if (latest?.kind !== 'restored') return;
    let current = true;
    void meetings.getDraft(meetingId).then((draft) => {
      const editor = editorRef.current;
      if (!current || !draft || !editor || (draft.restoreCount ?? 0) <= restoreCountRef.current) return;
      restoreCountRef.current = draft.restoreCount ?? 0;
      editor.setEditorState(editor.parseEditorState(draft.editorState));
    });
    return () => {
      current = false;
    };
  }, [latest, meetings, meetingId, editorRef, restoreCountRef]);
}
