import type { LexicalEditor, SerializedEditorState } from 'lexical';
import { memo, useEffect, useMemo, type ReactNode, type RefObject } from 'react';
import type { MinutesContextValue } from '../../editor/minutes-context';
import type { MinutesPort } from '../../editor/minutes-port';
import { MinutesEditor } from '../../editor/MinutesEditor';
import type { DraftSaver } from '../save/draft-saver';
import { LiveSaveIndicator } from '../save/LiveSaveIndicator';

interface EditorPaneProps {
  saver: DraftSaver;
  editorRef: RefObject<LexicalEditor | null>;
  initialState: SerializedEditorState | null;
  minutesContext: MinutesContextValue;
  port: MinutesPort;
  onChange: () => void;
  /** Another window has this meeting, or it is signed: nothing here is typed or saved. */
  readOnly: boolean;
}

/** The editor, isolated from header re-renders so typing never waits on them. */
export const EditorPane = memo(function EditorPane({ saver, editorRef, initialState, minutesContext, port, onChange, readOnly }: EditorPaneProps): ReactNode {
  const status = useMemo(() => <LiveSaveIndicator saver={saver} compact />, [saver]);
  // Losing the focus is the moment to save at once.
  const onBlur = useMemo(() => () => void saver.flush(), [saver]);
  useEffect(() => editorRef.current?.setEditable(!readOnly), [editorRef, readOnly]);
  return <MinutesEditor initialState={initialState} editorRef={editorRef} onChange={onChange} onBlur={onBlur} minutesContext={minutesContext} port={port} status={status} />;
});
