import type { SerializedNode } from './editor-json';
import { isMention, listNode, paragraphNode, resolutionNode, type InlineContent, type ListItemSpec, type ListSpec } from './editor-nodes';
import { opensResolutionParts } from './from-editor-state';

/**
 * What a paragraph of the minutes is, in the shapes the editor's own commands make:
 * - `numbered`: a numbered paragraph (1., 2. …), counted on through the minute;
 * - `part`: one part of a "RESOLVED that:" ((a), (b) …): a numbered list straight after the resolution;
 * - `sub`: a sub-point one or more levels under the numbered paragraph or part before it ((a) under 1., (i) under (a));
 * - `bullet`: a bullet at a level (0 on its own; 1 under a numbered paragraph, as Tab makes it);
 * - `resolution`: "RESOLVED that …", the editor's resolution node;
 * - `paragraph`: an ordinary paragraph.
 */
export type MinutesParagraphKind = 'numbered' | 'part' | 'sub' | 'bullet' | 'resolution' | 'paragraph';

export interface ComposedParagraph {
  kind: MinutesParagraphKind;
  /** For `sub` (1 or deeper) and `bullet` (0 or deeper); 0 for the rest. */
  level: number;
  content: readonly InlineContent[];
}

/** The paragraph cannot stand where it was asked to (a sub-point with no numbered paragraph above it). */
export class ComposeError extends Error {
  override name = 'ComposeError';
}

interface OpenList extends ListSpec {
  items: (ListItemSpec & { nested: OpenList[] })[];
}

/**
 * Lays paragraphs out as the blocks of one minute (or of the text before the minutes), the way the editor's
 * commands would have: numbered paragraphs in one list that numbering runs on through, sub-points and bullets in
 * lists nested under the item above them, the parts of a resolution in the list right after it. Ask what is open
 * (openList, openDepth, resolutionOpen) before adding a paragraph that needs something above it.
 */
export class MinuteComposer {
  private readonly blocks: ({ node: SerializedNode } | { list: OpenList })[] = [];
  /** The open lists, outermost first: index = level. */
  private stack: OpenList[] = [];
  private partsList = false;
  private afterOpenResolution = false;

  /** The kind of the open outermost list: numbered paragraphs, the parts of a resolution, bullets, or none. */
  openList(): 'number' | 'parts' | 'bullet' | null {
    const top = this.stack[0];
    if (!top) return null;
    if (top.listType === 'bullet') return 'bullet';
    return this.partsList ? 'parts' : 'number';
  }

  /** How many levels of list are open (0: none): a sub-point or bullet may go at most one level below the last. */
  openDepth(): number {
    return this.stack.length;
  }

  /** The last block was "RESOLVED that:" (a resolution ending in a colon): a `part` may follow. */
  resolutionOpen(): boolean {
    return this.afterOpenResolution && this.stack.length === 0;
  }

  add(paragraph: ComposedParagraph): void {
    const { kind, content } = paragraph;
    switch (kind) {
      case 'numbered':
        if (this.openList() !== 'number') this.closeLists();
        this.place(0, 'number', content);
        break;
      case 'part':
        if (this.openList() !== 'parts') {
          if (!this.resolutionOpen()) throw new ComposeError('A part of a resolution must follow "RESOLVED that:" or another part.');
          this.partsList = true;
        }
        this.place(0, 'number', content);
        break;
      case 'sub':
        if (paragraph.level < 1 || this.stack[0]?.listType !== 'number') throw new ComposeError('A sub-point must stand under a numbered paragraph or a part.');
        this.place(paragraph.level, 'number', content);
        break;
      case 'bullet':
        if (paragraph.level === 0 && this.openList() !== 'bullet') this.closeLists();
        this.place(paragraph.level, 'bullet', content);
        break;
      case 'resolution':
      case 'paragraph': {
        this.closeLists();
        this.blocks.push({ node: kind === 'resolution' ? resolutionNode(content) : paragraphNode(content) });
        const runs = content.map((piece) => (isMention(piece) ? { text: piece.label, bold: false, italic: false, underline: false } : piece));
        this.afterOpenResolution = opensResolutionParts(runs, kind === 'resolution');
        break;
      }
    }
    if (kind !== 'resolution' && kind !== 'paragraph') this.afterOpenResolution = false;
  }

  /** The blocks laid out so far, as saved editor JSON. */
  finish(): SerializedNode[] {
    return this.blocks.map((block) => ('list' in block ? listNode(block.list) : block.node));
  }

  private closeLists(): void {
    this.stack = [];
    this.partsList = false;
  }

  /** Adds an item at `level`, continuing the open list there when it is of the same type, else starting one. */
  private place(level: number, listType: ListSpec['listType'], content: readonly InlineContent[]): void {
    if (level > this.stack.length) throw new ComposeError(`Nothing at level ${level - 1} for an item at level ${level} to stand under.`);
    this.stack.length = Math.min(this.stack.length, level + 1);
    const open = this.stack[level];
    if (open?.listType === listType) {
      open.items.push({ content, nested: [] });
      return;
    }
    this.stack.length = level;
    const list: OpenList = { listType, items: [{ content, nested: [] }] };
    if (level === 0) this.blocks.push({ list });
    else this.stack[level - 1]!.items.at(-1)!.nested.push(list);
    this.stack.push(list);
  }
}

/** The words of inline content, mentions by their label: for checks and messages. */
export function inlineText(content: readonly InlineContent[]): string {
  return content.map((piece) => (isMention(piece) ? piece.label : piece.text)).join('');
}
