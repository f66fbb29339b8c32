import type { Body } from '@shared/model/body';
import type { Meeting } from '@shared/model/meeting';
import type { Person } from '@shared/model/person';
import type { LexicalEditor, SerializedEditorState } from 'lexical';
import { useCallback, type RefObject } from 'react';
import { OPEN_STYLE_CHECK_COMMAND } from '../../../editor/commands';
import { checkMinutesStyle } from '../../../spelling/spelling-client';
import type { WorkspaceTabs } from './workspace-tabs';

export interface StyleCheckBeforeCirculating {
  /** How many house-style findings the saved minutes have now, dismissed ones left out. */
  countFindings(): Promise<number>;
  /** Shows the minutes with the Check minutes panel open. */
  reviewFindings(): void;
}

/** The open meeting's side of the house-style check: what circulating asks before it offers to go on. */
export function useStyleCheckBeforeCirculating(
  facts: { meeting: Meeting; body: Body; roster: readonly Person[] },
  currentMinutes: () => Promise<SerializedEditorState>,
  editorRef: RefObject<LexicalEditor | null>,
  selectTab: WorkspaceTabs['select'],
): StyleCheckBeforeCirculating {
  const { meeting, body, roster } = facts;
  const countFindings = useCallback(async () => {
    const editorState = await currentMinutes();
    const result = await checkMinutesStyle({ meeting, body, roster, editorState }, meeting.dismissedFindings ?? []);
    return result.findings.length;
  }, [meeting, body, roster, currentMinutes]);
  const reviewFindings = useCallback(() => {
    selectTab('minutes');
    editorRef.current?.dispatchCommand(OPEN_STYLE_CHECK_COMMAND, undefined);
  }, [editorRef, selectTab]);
  return { countFindings, reviewFindings };
}
