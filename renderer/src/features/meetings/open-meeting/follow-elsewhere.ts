import { useLiveQuery } from 'dexie-react-hooks';
import type { LexicalEditor } from 'lexical';
import { useEffect, type RefObject } from 'react';
import type { MeetingsRepository } from '../../../db/meetings-repository';
import type { MeetingLockState } from '../meeting-lock';

/** A window that cannot type in the meeting (another window has it) shows what the other one saves, as it saves it. */
export function useFollowElsewhere(
  lock: MeetingLockState,
  meetings: Pick<MeetingsRepository, 'getDraft'>,
  meetingId: string,
  editorRef: RefObject<LexicalEditor | null>,
): void {
  const savedElsewhere = useLiveQuery(() => (lock === 'elsewhere' ? meetings.getDraft(meetingId) : undefined), [lock, meetings, meetingId]);
  useEffect(() => {
    const editor = editorRef.current;
    if (lock !== 'elsewhere' || !editor || !savedElsewhere) return;
    editor.setEditorState(editor.parseEditorState(savedElsewhere.editorState));
  }, [lock, savedElsewhere, editorRef]);
}
