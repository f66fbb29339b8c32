import type { LexicalEditor } from 'lexical';
import { useEffect, type RefObject } from 'react';
import { revealPlace, type MinutesPlace } from '../../editor/search-place';
import type { MeetingTab } from '../../editor/shortcuts';

/** How many frames to wait for the editor to be there before giving up on the place (it always is within one or two). */
const FRAMES = 120;

/**
 * Shows a search result's place in the open meeting: the Minutes tab, then the words, once the editor holds the
 * saved minutes. Asked again for each new place, even in the same meeting.
 */
export function useRevealPlace(editorRef: RefObject<LexicalEditor | null>, place: MinutesPlace | undefined, showTab: (tab: MeetingTab) => void): void {
  useEffect(() => {
    if (!place) return;
    showTab('minutes');
    let left = FRAMES;
    let frame = requestAnimationFrame(function attempt() {
      const editor = editorRef.current;
      if (editor) revealPlace(editor, place);
      else if (--left > 0) frame = requestAnimationFrame(attempt);
    });
    return () => cancelAnimationFrame(frame);
  }, [editorRef, place, showTab]);
}
