import {
  $exportNodeJSON,
  $getRoot,
  $getSlot,
  $getSlotNames,
  $isElementNode,
  type LexicalEditor,
  type LexicalNode,
  type SerializedLexicalNode,
} from 'lexical';

/** One node and everything under it, exactly as `editorState.toJSON()` writes it (Lexical's own export walk). */
function $exportTree(node: LexicalNode): SerializedLexicalNode {
  const json = $exportNodeJSON(node) as SerializedLexicalNode & { children?: SerializedLexicalNode[]; $slots?: Record<string, SerializedLexicalNode> };
  if ($isElementNode(node)) for (const child of node.getChildren()) json.children!.push($exportTree(child));
  const slots = $getSlotNames(node);
  if (slots.length > 0) {
    const serialised: Record<string, SerializedLexicalNode> = {};
    for (const name of slots) {
      const slot = $getSlot(node, name);
      if (!slot) throw new Error(`The minutes' ${node.getType()} has a slot "${name}" with nothing in it`);
      serialised[name] = $exportTree(slot);
    }
    json.$slots = serialised;
  }
  return json;
}

/** Stands in for the root's children while the root itself is written; cannot occur in real JSON text unescaped. */
const CHILDREN = '\u0000minute-book-children\u0000';
const CHILDREN_JSON = JSON.stringify([CHILDREN]);

/**
 * Serialises the minutes the way `JSON.stringify(editor.getEditorState().toJSON())` does, character for character,
 * but re-serialises only the top-level blocks (minutes) that changed since the last snapshot: the rest is reused
 * from then. Saving three hours of minutes then costs about what the minute being typed in costs, instead of
 * walking the whole document every few hundred milliseconds while the officer types.
 *
 * Which blocks changed comes from Lexical's update listener: every node changed in an update is dirty, and so is
 * every element above it, up to the root, so a dirty top-level key means "its text may differ". A whole new
 * editor state (undo and redo set one) marks only the root dirty: then everything is written afresh.
 */
export class MinutesSnapshotter {
  private readonly cache = new Map<string, string>();
  private readonly dirty = new Set<string>();
  private everythingDirty = true;
  private readonly stop: () => void;

  constructor(private readonly editor: LexicalEditor) {
    this.stop = editor.registerUpdateListener(({ dirtyElements, dirtyLeaves, tags }) => {
      if (this.everythingDirty) return;
      if (tags.has('historic') || (dirtyLeaves.size === 0 && dirtyElements.size === 1 && dirtyElements.has('root'))) {
        this.everythingDirty = true;
        return;
      }
      for (const key of dirtyElements.keys()) this.dirty.add(key);
      for (const key of dirtyLeaves) this.dirty.add(key);
    });
  }

  /** The minutes as they are now, as JSON text: what the draft stores. */
  snapshot(): string {
    return this.editor.getEditorState().read(() => {
      const root = $getRoot();
      if (this.everythingDirty) this.cache.clear();
      const parts: string[] = [];
      const seen = new Set<string>();
      for (const child of root.getChildren()) {
        const key = child.getKey();
        seen.add(key);
        let text = this.dirty.has(key) ? undefined : this.cache.get(key);
        if (text === undefined) {
          text = JSON.stringify($exportTree(child));
          this.cache.set(key, text);
        }
        parts.push(text);
      }
      for (const key of this.cache.keys()) if (!seen.has(key)) this.cache.delete(key);
      this.dirty.clear();
      this.everythingDirty = false;
      const rootJson = $exportNodeJSON(root) as SerializedLexicalNode & { children: unknown[] };
      rootJson.children = [CHILDREN];
      const [before, after] = JSON.stringify({ root: rootJson }).split(CHILDREN_JSON) as [string, string];
      return `${before}[${parts.join(',')}]${after}`;
    });
  }

  /** Stops following the editor's updates. */
  dispose(): void {
    this.stop();
  }
}

const snapshotters = new WeakMap<LexicalEditor, MinutesSnapshotter>();

/**
 * The editor's minutes as the draft stores them (equal to `JSON.stringify(editor.getEditorState().toJSON())`),
 * re-serialising only the minutes changed since this editor's last snapshot. The first call writes everything and
 * from then on follows the editor's updates.
 */
export function serialiseMinutes(editor: LexicalEditor): string {
  let snapshotter = snapshotters.get(editor);
  if (!snapshotter) {
    snapshotter = new MinutesSnapshotter(editor);
    snapshotters.set(editor, snapshotter);
  }
  return snapshotter.snapshot();
}
