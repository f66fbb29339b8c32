import { spellingWords } from '@shared/spelling/words';
import { NodeType } from '@shared/minutes/editor-json';
import { $findMatchingParent } from '@lexical/utils';
import {
  $createRangeSelection,
  $getNodeByKey,
  $getRoot,
  $getSelection,
  $isElementNode,
  $isRangeSelection,
  $isTextNode,
  $setSelection,
  type ElementNode,
  type LexicalEditor,
  type LexicalNode,
  type NodeKey,
} from 'lexical';
import { whenIdle } from '../ui/when-idle';
import type { SpellingChecker } from './spelling-client';

/** The name the stylesheet underlines: ::highlight(spelling-error). */
export const SPELLING_HIGHLIGHT = 'spelling-error';

/** How long after a change its paragraph is checked: never on the keystroke itself. */
const CHECK_DELAY_MS = 200;
/** Main-thread time one slice of checking may take before it yields to typing, when the browser is not idle. */
const SLICE_MS = 6;
/** At most this long even when idle: a key pressed meanwhile waits for the slice to end. */
const IDLE_SLICE_MS = 12;
/** An update dirtying more elements than this (a paste, an agenda re-layout, undo of a lot) rechecks everything. */
const MANY_DIRTY = 200;

/** A point in the minutes: a text node and an offset in it. */
interface TextPoint {
  key: NodeKey;
  offset: number;
}

/** A word underlined as misspelt: where it is in Lexical and, for the highlight, in the page. */
export interface SpellingFlag {
  word: string;
  blockKey: NodeKey;
  from: TextPoint;
  to: TextPoint;
  range: Range;
}

/** A text node's stretch of its paragraph's text. */
interface Segment {
  key: NodeKey;
  from: number;
  to: number;
}

/** A paragraph's words, read from the editor state. */
interface BlockText {
  text: string;
  segments: Segment[];
  /** The caret's offset in this paragraph's text while the officer is typing in it. */
  typingAt: number | null;
}

/** Whether a node holds text of its own to check: a paragraph, list item, heading or resolution. */
function $isTextBlock(node: LexicalNode | null): node is ElementNode {
  return $isElementNode(node) && !node.isInline();
}

/** The paragraph (or list item…) a node's text belongs to. */
function $textBlockOf(node: LexicalNode): ElementNode | null {
  return $findMatchingParent(node, $isTextBlock);
}

/**
 * A paragraph's text for spelling: its text nodes, in order. Mentions (names from the roster, printed by the
 * editor) and unfilled template blanks are not the officer's spelling: they become a line break, so no word
 * runs across them.
 */
function $readBlock(block: ElementNode, typing: TextPoint | null): BlockText {
  let text = '';
  const segments: Segment[] = [];
  let typingAt: number | null = null;
  for (const child of block.getChildren()) {
    if ($isTextNode(child) && child.getType() !== NodeType.templateField) {
      const from = text.length;
      text += child.getTextContent();
      segments.push({ key: child.getKey(), from, to: text.length });
      if (typing && typing.key === child.getKey()) typingAt = from + typing.offset;
    } else {
      text += '\n';
    }
  }
  return { text, segments, typingAt };
}

/** The page's text node behind a Lexical text node (its element's first text descendant). */
function domTextOf(editor: LexicalEditor, key: NodeKey): Text | null {
  let node: Node | null = editor.getElementByKey(key);
  while (node && node.nodeType !== Node.TEXT_NODE) node = node.firstChild;
  return node as Text | null;
}

/**
 * Runs `work` when the browser is idle, telling it how many milliseconds it may take: the idle time left (so a
 * long meeting is checked quickly while the officer is not typing), or SLICE_MS when it had to run anyway.
 */
function whenIdleWithBudget(work: (budgetMs: number) => void): () => void {
  return whenIdle((idle) => work(idle.didTimeout ? SLICE_MS : Math.min(IDLE_SLICE_MS, Math.max(SLICE_MS, idle.timeRemaining()))), 500);
}

/**
 * Spell-checks the minutes as they are typed and underlines misspelt words with the CSS Custom Highlight API, so
 * Lexical's DOM is never touched (its reconciler owns every node; a wrapped word would be undone or would break
 * undo). Only the paragraphs an update changed are checked, a moment later and in slices of a few milliseconds;
 * each word's verdict is asked of the worker once and remembered, so a paragraph is re-underlined from memory as
 * soon as it is read. The word being typed is not underlined until the caret leaves it.
 */
export class SpellingSession {
  /** Each word's verdict (true: misspelt) under the current allowed words. */
  private verdicts = new Map<string, boolean>();
  /**
   * The verdicts under the previous allowed words: shown until the worker has answered again, so a change to the
   * personal dictionary does not make every underline blink.
   */
  private previousVerdicts = new Map<string, boolean>();
  private readonly asked = new Set<string>();
  /** Words asked of the worker, with the paragraphs to re-read if the answer is "misspelt". */
  private readonly awaiting = new Map<string, Set<NodeKey>>();
  private readonly flags = new Map<NodeKey, SpellingFlag[]>();
  private readonly dirty = new Set<NodeKey>();
  private readonly highlight = new Highlight();
  private typing: { blockKey: NodeKey; point: TextPoint } | null = null;
  private checkAll = false;
  private generation = 0;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private cancelSlice: (() => void) | null = null;
  private stopListening: (() => void) | null = null;
  private disposed = false;

  constructor(
    private readonly editor: LexicalEditor,
    private readonly checker: SpellingChecker,
    /** Told whenever the underlined words change (for tests and the menu). */
    private readonly onFlagsChanged: () => void = () => {},
  ) {}

  /**
   * Sets the words never flagged in this meeting (allowedWords) and checks the whole minutes again with them.
   * The first call starts the checking: before it, a roster name would be flagged and then unflagged.
   */
  setAllowed(words: readonly string[]): void {
    if (this.disposed) return;
    this.checker.allow(words);
    this.generation += 1;
    this.previousVerdicts = new Map([...this.previousVerdicts, ...this.verdicts]);
    this.verdicts = new Map();
    this.asked.clear();
    this.awaiting.clear();
    // Words now allowed lose their underline at once; the recheck that follows settles the rest.
    const allowed = new Set(words);
    for (const word of this.previousVerdicts.keys()) {
      if (allowed.has(word.replace(/[’‘]/g, "'").toLowerCase())) this.previousVerdicts.set(word, false);
    }
    for (const [blockKey, flags] of this.flags) {
      const kept = flags.filter((flag) => this.previousVerdicts.get(flag.word) !== false);
      if (kept.length !== flags.length) this.setFlags(blockKey, kept);
    }
    if (!this.stopListening) {
      CSS.highlights.set(SPELLING_HIGHLIGHT, this.highlight);
      this.stopListening = this.editor.registerUpdateListener((update) => this.onUpdate(update));
    }
    this.checkAll = true;
    this.schedule(0);
  }

  /** Every word underlined now, in no particular order. */
  allFlags(): SpellingFlag[] {
    return [...this.flags.values()].flat();
  }

  /**
   * The underlined word drawn at a point of the window (a right-click), if any. Only the word at the text position
   * under the point is measured: measuring every underline would make Chromium lay out every minute it skips
   * (content-visibility), about 300 ms at 100,000 words.
   */
  flagAtPoint(x: number, y: number): SpellingFlag | null {
    const position = document.caretPositionFromPoint(x, y);
    if (!position) return null;
    const flag = this.allFlags().find((candidate) => candidate.range.comparePoint(position.offsetNode, position.offset) === 0);
    if (!flag) return null;
    for (const rect of flag.range.getClientRects()) {
      if (x >= rect.left && x <= rect.right && y >= rect.top && y <= rect.bottom) return flag;
    }
    return null;
  }

  /** The underlined word the caret is in or touches (Shift+F10, the context-menu key), if any. */
  flagAtCaret(): SpellingFlag | null {
    const selection = window.getSelection();
    const node = selection?.focusNode;
    if (!selection || !node) return null;
    return this.allFlags().find((flag) => flag.range.comparePoint(node, selection.focusOffset) === 0) ?? null;
  }

  /** Corrections for an underlined word. */
  suggest(flag: SpellingFlag): Promise<string[]> {
    return this.checker.suggest(flag.word);
  }

  /**
   * Replaces an underlined word by a correction, as one undoable edit. Returns false (and changes nothing) when
   * the word is no longer there as it was underlined.
   */
  replace(flag: SpellingFlag, replacement: string): boolean {
    let replaced = false;
    this.editor.update(
      () => {
        const from = $getNodeByKey(flag.from.key);
        const to = $getNodeByKey(flag.to.key);
        if (!$isTextNode(from) || !$isTextNode(to)) return;
        if (flag.from.offset > from.getTextContentSize() || flag.to.offset > to.getTextContentSize()) return;
        const selection = $createRangeSelection();
        selection.anchor.set(flag.from.key, flag.from.offset, 'text');
        selection.focus.set(flag.to.key, flag.to.offset, 'text');
        if (selection.getTextContent() !== flag.word) return;
        $setSelection(selection);
        selection.insertText(replacement);
        replaced = true;
      },
      { discrete: true },
    );
    return replaced;
  }

  /** Stops checking and removes every underline. */
  dispose(): void {
    this.disposed = true;
    this.stopListening?.();
    if (this.timer) clearTimeout(this.timer);
    this.cancelSlice?.();
    this.checker.dispose();
    this.highlight.clear();
    if (CSS.highlights.get(SPELLING_HIGHLIGHT) === this.highlight) CSS.highlights.delete(SPELLING_HIGHLIGHT);
    this.flags.clear();
  }

  private onUpdate({ dirtyElements, dirtyLeaves, editorState, prevEditorState, tags }: Parameters<Parameters<LexicalEditor['registerUpdateListener']>[0]>[0]): void {
    const wasTyping = this.typing;
    // Undo, redo and a whole new state are reconciled in full: Lexical names no dirty paragraphs then, and may
    // have rewritten the text under every underline. Check everything again (from memory, in slices).
    const wholeState = tags.has('historic') || (editorState !== prevEditorState && dirtyLeaves.size === 0 && dirtyElements.size === 1 && dirtyElements.has('root'));
    if (wholeState) {
      this.typing = null;
      this.checkAll = true;
      this.schedule(CHECK_DELAY_MS);
      return;
    }
    editorState.read(() => {
      this.typing = null;
      const selection = $getSelection();
      if (dirtyLeaves.size > 0 && $isRangeSelection(selection) && selection.isCollapsed() && selection.anchor.type === 'text') {
        const anchor = selection.anchor.getNode();
        const block = $textBlockOf(anchor);
        if (block) this.typing = { blockKey: block.getKey(), point: { key: anchor.getKey(), offset: selection.anchor.offset } };
      }
      if (dirtyElements.size > MANY_DIRTY) {
        this.checkAll = true;
        return;
      }
      for (const key of dirtyLeaves) {
        const node = $getNodeByKey(key);
        const block = node && $textBlockOf(node);
        if (block) this.dirty.add(block.getKey());
      }
      for (const key of dirtyElements.keys()) {
        // A paragraph, or a container whose paragraphs may have gone: either way its underlines are re-read.
        if (key !== 'root') this.dirty.add(key);
      }
      // Paragraphs deleted with their container leave no key behind: drop their underlines.
      for (const blockKey of this.flags.keys()) {
        if (!$getNodeByKey(blockKey)) this.dirty.add(blockKey);
      }
    });
    // The caret left the word being typed: that word may now be underlined.
    if (wasTyping && wasTyping.blockKey !== this.typing?.blockKey) this.dirty.add(wasTyping.blockKey);
    else if (wasTyping && !this.typing) this.dirty.add(wasTyping.blockKey);
    if (this.dirty.size > 0 || this.checkAll) this.schedule(CHECK_DELAY_MS);
  }

  private schedule(delay: number): void {
    if (this.timer || this.cancelSlice || this.disposed) return;
    this.timer = setTimeout(() => {
      this.timer = null;
      this.cancelSlice = whenIdleWithBudget((budgetMs) => this.runSlice(budgetMs));
    }, delay);
  }

  /** Checks paragraphs for `budgetMs`, then yields; goes on until none is left. */
  private runSlice(budgetMs: number): void {
    this.cancelSlice = null;
    if (this.disposed) return;
    const started = performance.now();
    const unknown = new Set<string>();
    const editorState = this.editor.getEditorState();
    editorState.read(() => {
      if (this.checkAll) {
        this.checkAll = false;
        for (const key of this.flags.keys()) this.dirty.add(key);
        const visit = (node: ElementNode) => {
          for (const child of node.getChildren()) {
            if (!$isElementNode(child) || child.isInline()) continue;
            this.dirty.add(child.getKey());
            visit(child);
          }
        };
        visit($getRoot());
      }
      for (const key of this.dirty) {
        if (performance.now() - started > budgetMs) break;
        this.dirty.delete(key);
        const node = $getNodeByKey(key);
        if (!$isTextBlock(node) || !node.isAttached()) {
          this.setFlags(key, []);
          continue;
        }
        const typing = this.typing?.blockKey === key ? this.typing.point : null;
        this.underline(key, $readBlock(node, typing), unknown);
      }
    });
    if (unknown.size > 0) this.ask([...unknown]);
    if (this.dirty.size > 0 || this.checkAll) this.schedule(0);
  }

  /** Underlines a paragraph's misspelt words; words not known yet are collected in `unknown`. */
  private underline(blockKey: NodeKey, block: BlockText, unknown: Set<string>): void {
    const flags: SpellingFlag[] = [];
    for (const token of spellingWords(block.text)) {
      let misspelt = this.verdicts.get(token.word);
      if (misspelt === undefined) {
        unknown.add(token.word);
        const blocks = this.awaiting.get(token.word) ?? new Set<NodeKey>();
        blocks.add(blockKey);
        this.awaiting.set(token.word, blocks);
        misspelt = this.previousVerdicts.get(token.word);
      }
      if (!misspelt) continue;
      if (block.typingAt !== null && token.start <= block.typingAt && block.typingAt <= token.end) continue;
      const flag = this.flagFor(blockKey, block.segments, token.word, token.start, token.end);
      if (flag) flags.push(flag);
    }
    this.setFlags(blockKey, flags);
  }

  /** The flag for a word at [start, end) of a paragraph's text, with its live DOM range. */
  private flagFor(blockKey: NodeKey, segments: Segment[], word: string, start: number, end: number): SpellingFlag | null {
    const first = segments.find((segment) => segment.from <= start && start < segment.to);
    const last = segments.find((segment) => segment.from < end && end <= segment.to);
    if (!first || !last) return null;
    const from = { key: first.key, offset: start - first.from };
    const to = { key: last.key, offset: end - last.from };
    const startText = domTextOf(this.editor, from.key);
    const endText = domTextOf(this.editor, to.key);
    if (!startText || !endText || from.offset > startText.length || to.offset > endText.length) return null;
    const range = new Range();
    range.setStart(startText, from.offset);
    range.setEnd(endText, to.offset);
    return { word, blockKey, from, to, range };
  }

  private setFlags(blockKey: NodeKey, flags: SpellingFlag[]): void {
    const old = this.flags.get(blockKey) ?? [];
    if (old.length === 0 && flags.length === 0) return;
    for (const flag of old) this.highlight.delete(flag.range);
    for (const flag of flags) this.highlight.add(flag.range);
    if (flags.length === 0) this.flags.delete(blockKey);
    else this.flags.set(blockKey, flags);
    this.onFlagsChanged();
  }

  /** Asks the worker about new words, then re-reads the paragraphs that hold them. */
  private ask(words: string[]): void {
    const fresh = words.filter((word) => !this.asked.has(word));
    if (fresh.length === 0) return;
    for (const word of fresh) this.asked.add(word);
    const generation = this.generation;
    void this.checker.misspelt(fresh).then((misspelt) => {
      // An answer given under an older list of allowed words is stale; the recheck has asked again.
      if (this.disposed || generation !== this.generation) return;
      const wrong = new Set(misspelt);
      for (const word of fresh) {
        this.verdicts.set(word, wrong.has(word));
        // Re-read the paragraphs whose underlines this answer changes: a new slip, or one no longer wrong.
        if (wrong.has(word) || this.previousVerdicts.get(word)) {
          for (const blockKey of this.awaiting.get(word) ?? []) this.dirty.add(blockKey);
        }
        this.previousVerdicts.delete(word);
        this.awaiting.delete(word);
      }
      if (this.dirty.size > 0) this.schedule(0);
    });
  }
}
