import type { LexicalEditor } from 'lexical';
import { useCallback, useState, type RefObject } from 'react';
import type { MeetingTab } from '../../../editor/shortcuts';
import { useTabIds } from '../../../ui/Tabs';

/** The meeting's tabs: which is shown, which have been built, and their element ids. */
export interface WorkspaceTabs {
  active: MeetingTab;
  /** Shows a tab (a click on the tab bar). */
  select(tab: MeetingTab): void;
  /** Shows a tab from the keyboard (Alt+digit) and gives it the focus: the minutes' editor, or the tab itself. */
  showByKey(tab: MeetingTab): void;
  /** Tabs shown at least once: the agenda and attendance are built then, and kept like the editor. */
  built: readonly MeetingTab[];
  tabId(tab: MeetingTab): string;
  panelId(tab: MeetingTab): string;
}

/**
 * Minutes, Agenda, Attendance, Revisions. The editor stays mounted behind the other tabs (hidden, not
 * unmounted), so its undo history and selection survive a look at the agenda. The agenda and attendance are
 * built the first time their tab is shown: a long agenda's rows and forms cost time when the meeting opens,
 * and nothing in them is needed until then.
 */
export function useWorkspaceTabs(editorRef: RefObject<LexicalEditor | null>): WorkspaceTabs {
  const [active, setActive] = useState<MeetingTab>('minutes');
  const { tabId, panelId } = useTabIds<MeetingTab>();
  const [built, setBuilt] = useState<readonly MeetingTab[]>(['minutes']);
  if (!built.includes(active)) setBuilt([...built, active]);
  const showByKey = useCallback(
    (tab: MeetingTab) => {
      setActive(tab);
      // After the panel is shown: back to typing gives the editor the focus (and its old selection).
      if (tab === 'minutes') requestAnimationFrame(() => editorRef.current?.focus());
      else requestAnimationFrame(() => document.getElementById(tabId(tab))?.focus());
    },
    [editorRef, tabId],
  );
  return { active, select: setActive, showByKey, built, tabId, panelId };
}
