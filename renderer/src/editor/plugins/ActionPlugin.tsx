import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { mergeRegister } from '@lexical/utils';
import { actionNote, actionOwnerName, type ActionMarking } from '@shared/domain/actions';
import { $getNodeByKey, COMMAND_PRIORITY_EDITOR, type LexicalEditor, type NodeKey } from 'lexical';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { OPEN_ACTION_DIALOG_COMMAND, type OfferedSentence } from '../commands';
import { ActionDialog } from '../components/ActionDialog';
import { Modal } from '../../ui/Modal';
import { $markAction, $mentionedIn, $placedBlock, $targetAtSelection, ACTION_MARKED_TAG, mentionWordsOf, registerUniqueActionIds, $unmarkAction, type ActionTarget, type MentionWords } from '../action-blocks';
import { useMinutesContext } from '../minutes-context';
import { $isActionNode, ActionNode } from '../nodes/ActionNode';

/** What the dialog is open for: the paragraph (by key), the stretch of it, and the action there if marked. */
interface Opened {
  blockKey: NodeKey;
  range: { start: number; end: number };
  sentence: string;
  actionKey: NodeKey | null;
  ownerId: string | null;
  due: string | null;
}

/** Writes an action's note on its element (shown beside the sentence by app.css) and in its tooltip. */
function labelAction(editor: LexicalEditor, key: NodeKey, marking: ActionMarking, roster: Parameters<typeof actionOwnerName>[1]): void {
  const element = editor.getElementByKey(key);
  if (!element) return;
  const note = actionNote(actionOwnerName(marking.ownerId, roster), marking.due);
  element.dataset.actionNote = note;
  element.title = `${note}. Ctrl+Alt+M to change it.`;
}


/** The dialog's starting point for a target: the action's own owner and date, or the first person named in it. */
function $opened(target: ActionTarget, mentionWords: MentionWords): Opened {
  const marking = target.existing?.getMarking() ?? null;
  return {
    blockKey: target.block.getKey(),
    range: target.range,
    sentence: target.text,
    actionKey: target.existing?.getKey() ?? null,
    ownerId: marking ? marking.ownerId : ($mentionedIn(target.block, target.range, mentionWords)[0] ?? null),
    due: marking?.due ?? null,
  };
}

/** The sentence the check offered, when its words are still where the check saw them. */
function $offered(offer: OfferedSentence, mentionWords: MentionWords): ActionTarget | null {
  const block = $placedBlock(offer, mentionWords);
  if (!block) return null;
  return { block, range: { start: offer.start, end: offer.end }, text: offer.text, existing: null };
}

/**
 * Actions in the minutes: the dialog that marks a sentence (toolbar "Action", Ctrl+Alt+M, or "Mark as action…"
 * on a sentence the check offers), changes a marking or takes it off; keeps every action's id its own (a copied or
 * split action gets a new one); and names each action's owner and date beside it on screen. Nothing here runs
 * while the officer types: only when an action node itself is created or changed.
 */
export function ActionPlugin(): ReactNode {
  const [editor] = useLexicalComposerContext();
  const { roster, body } = useMinutesContext();
  const [opened, setOpened] = useState<Opened | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const rosterRef = useRef(roster);
  rosterRef.current = roster;
  /** The action nodes on screen, so a roster correction can re-name their owners. */
  const shown = useRef(new Set<NodeKey>());

  useEffect(() => {
    const mentionWords = mentionWordsOf(editor);
    /** Which action node holds each action id, so a copy (pasted, or split by Enter) is told apart and renamed. */
    const holders = new Map<string, NodeKey>();
    return mergeRegister(
      editor.registerCommand(
        OPEN_ACTION_DIALOG_COMMAND,
        (offer) => {
          const found = editor.getEditorState().read(() => {
            const target = offer ? $offered(offer, mentionWords) : $targetAtSelection(mentionWords);
            return target ? $opened(target, mentionWords) : null;
          });
          setNotice(found ? null : offer ? 'That sentence has changed since the check. Choose “Check again”.' : 'Put the caret in a sentence (or select the words) to mark it as an action.');
          setOpened(found);
          return true;
        },
        COMMAND_PRIORITY_EDITOR,
      ),
      registerUniqueActionIds(editor, holders),
      editor.registerMutationListener(
        ActionNode,
        (mutations) => {
          editor.getEditorState().read(() => {
            for (const [key, mutation] of mutations) {
              const node = mutation === 'destroyed' ? null : $getNodeByKey(key);
              if (!$isActionNode(node)) {
                shown.current.delete(key);
                continue;
              }
              shown.current.add(key);
              const marking = node.getMarking();
              if (!holders.has(marking.actionId)) holders.set(marking.actionId, key);
              labelAction(editor, key, marking, rosterRef.current);
            }
          });
        },
        { skipInitialization: false },
      ),
    );
  }, [editor]);

  // A roster correction re-names every action's owner on screen.
  useEffect(() => {
    editor.getEditorState().read(() => {
      for (const key of shown.current) {
        const node = $getNodeByKey(key);
        if ($isActionNode(node)) labelAction(editor, key, node.getMarking(), roster);
      }
    });
  }, [editor, roster]);

  const close = () => {
    setOpened(null);
    setNotice(null);
    requestAnimationFrame(() => editor.focus());
  };
  const save = (ownerId: string | null, due: string | null) => {
    if (!opened) return;
    const mentionWords = mentionWordsOf(editor);
    editor.update(
      () => {
        const action = opened.actionKey === null ? null : $getNodeByKey(opened.actionKey);
        if ($isActionNode(action)) {
          action.setMarking({ ...action.getMarking(), ownerId, due });
          return;
        }
        const block = $getNodeByKey(opened.blockKey);
        if (!block || !('getChildren' in block)) return;
        const made = $markAction(block as Parameters<typeof $markAction>[0], opened.range, { actionId: crypto.randomUUID(), ownerId, due }, mentionWords);
        made?.selectNext(0, 0);
      },
      { discrete: true, tag: ACTION_MARKED_TAG },
    );
    close();
  };
  const unmark = () => {
    if (!opened?.actionKey) return;
    const key = opened.actionKey;
    editor.update(
      () => {
        const action = $getNodeByKey(key);
        if ($isActionNode(action)) $unmarkAction(action);
      },
      { discrete: true },
    );
    close();
  };

  return (
    <>
      {notice ? (
        <Modal title="Nothing to mark" onClose={close}>
          <p>{notice}</p>
          <div className="dialog-actions">
            <button type="button" className="primary" onClick={close}>
              OK
            </button>
          </div>
        </Modal>
      ) : null}
      {opened ? (
        <ActionDialog
          sentence={opened.sentence}
          ownerId={opened.ownerId}
          due={opened.due}
          marked={opened.actionKey !== null}
          roster={roster}
          chairWord={body.chairWord}
          onSave={save}
          onUnmark={unmark}
          onClose={close}
        />
      ) : null}
    </>
  );
}
