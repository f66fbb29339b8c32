import { ListItemNode, ListNode } from '@lexical/list';
import { LexicalComposer, type InitialConfigType } from '@lexical/react/LexicalComposer';
import { ContentEditable } from '@lexical/react/LexicalContentEditable';
import { EditorRefPlugin } from '@lexical/react/LexicalEditorRefPlugin';
import { LexicalErrorBoundary } from '@lexical/react/LexicalErrorBoundary';
import { RichTextPlugin } from '@lexical/react/LexicalRichTextPlugin';
import { TabIndentationPlugin } from '@lexical/react/LexicalTabIndentationPlugin';
import { HeadingNode, QuoteNode } from '@lexical/rich-text';
import type { LexicalEditor, SerializedEditorState } from 'lexical';
import { useId, useState, type ReactNode, type RefObject } from 'react';
import { MinutesChangedPlugin } from './plugins/MinutesChangedPlugin';
import { ToolbarPlugin } from './plugins/ToolbarPlugin';
import { WordShortcutsPlugin } from './plugins/WordShortcutsPlugin';
import { FrontMatter } from './components/FrontMatter';
import { MentionNode } from './nodes/MentionNode';
import { PersonMentionsPlugin } from './plugins/PersonMentionsPlugin';
import { LEAVE_MINUTES_HINT, LeaveMinutesPlugin } from './plugins/LeaveMinutesPlugin';
import { ShortcutsPanelPlugin } from './plugins/ShortcutsPanelPlugin';
import { SpellingPlugin } from './plugins/SpellingPlugin';
import { StyleCheckPlugin } from './plugins/StyleCheckPlugin';
import { UndoHistoryPlugin } from './plugins/UndoHistoryPlugin';
import { TemplatesPlugin } from './plugins/TemplatesPlugin';
import { TemplateFieldNode } from './nodes/TemplateFieldNode';
import type { MinutesContextValue } from './minutes-context';
import type { MinutesPort } from './minutes-port';
import { WriteFailures } from './write-failures';
import { MinutesProviders } from './components/MinutesProviders';
import { WriteFailureNotice } from './components/WriteFailureNotice';
import { MinuteHeadingNode } from './nodes/MinuteHeadingNode';
import { MinuteItemNode } from './nodes/MinuteItemNode';
import { ResolutionNode } from './nodes/ResolutionNode';
import { VoteNode } from './nodes/VoteNode';
import { VotePlugin } from './plugins/VotePlugin';
import { ActionNode } from './nodes/ActionNode';
import { ActionPlugin } from './plugins/ActionPlugin';
import { DocumentEdgesPlugin } from './plugins/DocumentEdgesPlugin';
import { ItemTimingPlugin } from './plugins/ItemTimingPlugin';
import { OpenMinutesPlugin } from './plugins/OpenMinutesPlugin';
import { PasteCheckPlugin } from './plugins/PasteCheckPlugin';
import { MinuteCommandsPlugin } from './plugins/MinuteCommandsPlugin';
import { MinuteStructurePlugin } from './plugins/MinuteStructurePlugin';
import { PredictionPlugin } from './plugins/prediction/PredictionPlugin';
import { AutoCorrectPlugin } from './plugins/AutoCorrectPlugin';
import { SpaceAfterInsertPlugin } from './plugins/SpaceAfterInsertPlugin';
import { minutesEditorTheme } from './theme';

/** Every node type the minutes may hold. Export and storage understand exactly these. */
const MINUTES_NODES = [HeadingNode, QuoteNode, ListNode, ListItemNode, MinuteItemNode, MinuteHeadingNode, ResolutionNode, MentionNode, TemplateFieldNode, VoteNode, ActionNode];

interface MinutesEditorProps {
  /** The saved editor state (parsed once, by whoever read it), or null for new minutes. */
  initialState: SerializedEditorState | null;
  /** Receives the live editor, for saving and export. */
  editorRef: RefObject<LexicalEditor | null>;
  /** Called on every change to the text (not on caret moves). */
  onChange: () => void;
  /** Called when the editor loses focus: the moment to save at once. */
  onBlur: () => void;
  /** The meeting, body and roster the minutes are about: kept live by the workspace, and the same object while unchanged. */
  minutesContext: MinutesContextValue;
  /** Everything else the editor reads (phrases, dictionary) and writes (item times, words): its one door to stored data. */
  port: MinutesPort;
  /** Shown at the right of the sticky bar: the save state. */
  status?: ReactNode;
}

/** The minutes editor: rich text with Word-style lists, undo and shortcuts. */
export function MinutesEditor({ initialState, editorRef, onChange, onBlur, minutesContext, port, status }: MinutesEditorProps): ReactNode {
  const leaveHintId = useId();
  const [failures] = useState(() => new WriteFailures());
  const initialConfig: InitialConfigType = {
    namespace: 'minutes',
    theme: minutesEditorTheme,
    nodes: MINUTES_NODES,
    // Saved minutes are loaded by OpenMinutesPlugin, once the lists are registered; new minutes start with a paragraph.
    editorState: initialState ? null : undefined,
    // A malformed node must not silently drop minutes: surface it.
    onError: (error) => {
      throw error;
    },
  };

  return (
    <MinutesProviders minutesContext={minutesContext} port={port} failures={failures}>
      <LexicalComposer initialConfig={initialConfig}>
        <div className="editor-frame">
          <ToolbarPlugin status={status} />
          <PasteCheckPlugin />
          <WriteFailureNotice />
          <FrontMatter />
          <div className="editor-page">
            <RichTextPlugin
              contentEditable={
                <ContentEditable
                  className="editor-input"
                  aria-label="Minutes"
                  aria-multiline
                  aria-describedby={leaveHintId}
                  // Our own offline checker underlines (SpellingPlugin); Chromium's would fetch dictionaries.
                  spellCheck={false}
                  onBlur={onBlur}
                  aria-placeholder="Type the minutes here…"
                  placeholder={<div className="editor-placeholder">Type the minutes here…</div>}
                />
              }
              ErrorBoundary={LexicalErrorBoundary}
            />
            <p id={leaveHintId} className="visually-hidden">
              {LEAVE_MINUTES_HINT}
            </p>
          </div>
        </div>
        <UndoHistoryPlugin />
        {/* Mentions first: they learn the roster before OpenMinutesPlugin loads the saved minutes. */}
        <PersonMentionsPlugin />
        <OpenMinutesPlugin initialState={initialState} />
        <TabIndentationPlugin maxIndent={4} />
        <LeaveMinutesPlugin />
        <WordShortcutsPlugin />
        <DocumentEdgesPlugin />
        <EditorRefPlugin editorRef={editorRef} />
        <MinutesChangedPlugin onChange={onChange} />
        <MinuteStructurePlugin />
        <MinuteCommandsPlugin />
        <ItemTimingPlugin />
        <TemplatesPlugin />
        <ShortcutsPanelPlugin />
        <SpellingPlugin />
        <PredictionPlugin />
        <AutoCorrectPlugin />
        <SpaceAfterInsertPlugin />
        <StyleCheckPlugin />
        <VotePlugin />
        <ActionPlugin />
      </LexicalComposer>
    </MinutesProviders>
  );
}
