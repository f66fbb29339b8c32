import { $generateNodesFromSerializedNodes, $insertDataTransferForRichText, $insertGeneratedNodes, type BaseSerializedNode } from '@lexical/clipboard';
import { $generateNodesFromDOM } from '@lexical/html';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { checkPastedText, repairPastedNodes } from '@shared/minutes/check-paste';
import { $addUpdateTag, $getSelection, $isElementNode, COMMAND_PRIORITY_HIGH, PASTE_COMMAND, PASTE_TAG, type BaseSelection, type LexicalEditor, type LexicalNode } from 'lexical';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useMinutesContext } from '../minutes-context';

const LEXICAL_MIME = 'application/x-lexical-editor';

/** A node and everything under it as JSON, as Lexical's own copy writes it. */
function $serialise(node: LexicalNode): BaseSerializedNode {
  const json = node.exportJSON() as BaseSerializedNode & { children?: BaseSerializedNode[] };
  if ($isElementNode(node)) json.children = node.getChildren().map($serialise);
  return json;
}

/** What the paste brought, checked: the nodes to insert (or the plain text), and what was mended. */
type Outcome = { ok: true; notes: string[] } | { ok: false; problem: string };

/**
 * Pastes through the door (shared/minutes/check-paste): Minute Book's own clipboard JSON or pasted HTML is
 * turned into nodes, repaired and checked like a meeting file's minutes, then inserted; anything that fails
 * falls back to its plain text, which is cleaned too. Call inside an update.
 */
function $pasteChecked(editor: LexicalEditor, data: DataTransfer, selection: BaseSelection, people: ReadonlySet<string>): Outcome {
  const plain = data.getData('text/plain');
  const fromNodes = (source: { json: string } | { nodes: unknown[] }): Outcome | null => {
    const checked = repairPastedNodes(source, people);
    if (!checked.ok) return null;
    $insertGeneratedNodes(editor, $generateNodesFromSerializedNodes(checked.nodes as BaseSerializedNode[]), selection);
    return { ok: true, notes: checked.notes };
  };

  const lexical = data.getData(LEXICAL_MIME);
  if (lexical) {
    const namespace = /"namespace"\s*:\s*"([^"]*)"/.exec(lexical.slice(0, 200))?.[1];
    const pasted = namespace === editor._config.namespace ? fromNodes({ json: lexical }) : null;
    if (pasted) return pasted;
  }
  const html = data.getData('text/html');
  if (html && html !== plain) {
    const dom = new DOMParser().parseFromString(html, 'text/html');
    const pasted = fromNodes({ nodes: $generateNodesFromDOM(editor, dom).map($serialise) });
    if (pasted) return pasted;
  }
  const text = checkPastedText(plain);
  if (!text.ok) return text;
  const cleaned = new DataTransfer();
  cleaned.setData('text/plain', text.value);
  $insertDataTransferForRichText(cleaned, selection, editor);
  return { ok: true, notes: text.notes };
}

/**
 * The paste door of the minutes: nothing reaches them from the clipboard that a meeting file could not hold
 * (people on another roster, minutes of another meeting, control characters, a line longer than any
 * paragraph). What was mended, or why nothing was pasted, is said beside the minutes.
 */
export function PasteCheckPlugin(): ReactNode {
  const [editor] = useLexicalComposerContext();
  const { roster } = useMinutesContext();
  const people = useRef<ReadonlySet<string>>(new Set());
  const [notice, setNotice] = useState<string | null>(null);

  useEffect(() => {
    people.current = new Set(roster.map((person) => person.id));
  }, [roster]);

  useEffect(
    () =>
      editor.registerCommand(
        PASTE_COMMAND,
        (event) => {
          const data = event instanceof ClipboardEvent ? event.clipboardData : null;
          // Files alone (a picture) and key or input events are left to the editor, as before.
          if (!data || (data.files.length > 0 && !data.types.some((type) => type.startsWith('text/') || type === LEXICAL_MIME))) return false;
          event.preventDefault();
          // Command listeners run inside the editor's update: the paste is part of it, with its own undo step.
          const selection = $getSelection();
          if (!selection) return true;
          $addUpdateTag(PASTE_TAG);
          const outcome = $pasteChecked(editor, data, selection, people.current);
          setNotice(outcome.ok ? (outcome.notes.length > 0 ? `Pasted. ${outcome.notes.join(' ')}` : null) : `Nothing was pasted: ${outcome.problem}.`);
          return true;
        },
        COMMAND_PRIORITY_HIGH,
      ),
    [editor],
  );

  if (!notice) return null;
  return (
    <p className="paste-notice" role="status">
      {notice}{' '}
      <button type="button" onClick={() => setNotice(null)}>
        Dismiss
      </button>
    </p>
  );
}
