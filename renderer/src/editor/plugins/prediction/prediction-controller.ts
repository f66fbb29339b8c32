import type { Attendance } from '@shared/model/attendance';
import type { Person } from '@shared/model/person';
import { predictionPeople } from '@shared/prediction/prediction-people';
import type { PredictionHistory } from '@shared/prediction/worker-messages';
import { $getNodeByKey, $getSelection, $isRangeSelection, $isTextNode, type EditorState, type LexicalEditor, type NodeKey } from 'lexical';
import type { Predictions } from '../../../prediction/prediction-client';
import { $allTextBlocks, $blockText, $caretText, $textBlockOf } from './caret-text';
import { $insertCompletion, $toCompletion, firstWord, restOf, type Completion } from './completion';

/** Where a suggestion is drawn and said: the page's overlay and live region, or a fake in a test. */
export interface CompletionView {
  /**
   * Shows `text` greyed after the caret (called after the frame: it may read the layout). `spoken`, for a new
   * suggestion, is what a screen reader says: the whole word or words it makes ("interest." for "est." after "inter").
   */
  show(text: string, spoken: string | null): void;
  hide(): void;
  /** Whether an answer for the text as it stands is still awaited (for tests and the benchmark). */
  setPending(pending: boolean): void;
  /** Whether a pop-up list (people, phrases) is open: Tab and Escape are its own then. */
  menuOpen(): boolean;
  /** The model is built: from how many words of past minutes, in how long (for the benchmark). */
  learnt(words: number, ms: number): void;
}

/** When to do the work: after the frame that shows a keystroke, and when the browser is idle. */
export interface Scheduling {
  afterFrame(work: () => void): void;
  whenIdle(work: () => void): void;
}

/** How long after a change its paragraph is learnt: after a pause, never on the keystroke. */
const LEARN_DELAY_MS = 300;
/** Paragraphs read for learning in one idle slice. */
const LEARN_SLICE = 400;

interface Shown {
  completion: Completion;
  /** The text node the caret was in when it was shown, and its text up to the caret then. */
  anchorKey: NodeKey | null;
  textBefore: string;
  /** How much of it the officer has since typed (or taken with Ctrl+Right). */
  consumed: number;
}

/**
 * Predictive completion in the minutes editor. After each update it asks the worker (after the frame, never on the
 * keystroke) what to offer at the caret, and shows the answer greyed there when the text has not moved on in the
 * meantime. Typing along a suggestion keeps the rest of it. Tab takes it, Ctrl+Right its next word, Escape puts it
 * away until the text changes. It also keeps the worker's picture of this meeting's minutes up to date, paragraph
 * by paragraph, a moment after each change. The suggestion is never part of the document: nothing here changes
 * the editor's state except taking one.
 */
export class PredictionController {
  private version = 0;
  private contentVersion = 0;
  private shown: Shown | null = null;
  private latestRequest = 0;
  private dismissedAt = -1;
  private refreshQueued = false;
  private asking = false;
  private askAgain = false;
  private roster = new Map<string, Person>();
  /** Paragraph key → the text the worker last learnt for it. */
  private readonly learnt = new Map<NodeKey, string>();
  private learnQueue = new Set<NodeKey>();
  private learnAll = false;
  private learnTimer: ReturnType<typeof setTimeout> | null = null;
  private caretBlock: NodeKey | null = null;
  private disposed = false;
  private readonly unregister: () => void;

  constructor(
    private readonly editor: LexicalEditor,
    private readonly predictions: Predictions,
    private readonly view: CompletionView,
    private readonly scheduling: Scheduling,
  ) {
    this.unregister = editor.registerUpdateListener(({ editorState, dirtyElements, dirtyLeaves }) => this.updated(editorState, dirtyElements, dirtyLeaves));
    // Everything already in the minutes is learnt once the browser is idle.
    this.learnAll = true;
    this.queueLearning();
  }

  /** The roster (for names offered as mentions) and who is at the meeting. */
  setPeople(roster: readonly Person[], attendance: Attendance): void {
    this.roster = new Map(roster.map((person) => [person.id, person]));
    this.predictions.setPeople(predictionPeople(roster, attendance));
  }

  /** Builds the model from the committee's records and the agenda; then offers at the caret. */
  async learn(history: PredictionHistory, agenda: readonly string[]): Promise<void> {
    const built = await this.predictions.learn(history, agenda);
    if (this.disposed) return;
    if (built) this.view.learnt(built.words, built.ms);
    this.queueRefresh();
  }

  /** Tab: takes the whole suggestion. False when none is shown (Tab then does what it always does). */
  acceptAll(): boolean {
    const rest = this.rest();
    if (!rest) return false;
    this.editor.update(() => $insertCompletion(rest));
    return true;
  }

  /** Ctrl+Right: takes the suggestion's next word. False when none is shown. */
  acceptWord(): boolean {
    const rest = this.rest();
    if (!rest) return false;
    const word = firstWord(rest);
    this.editor.update(() => $insertCompletion(word));
    return true;
  }

  /** Escape: puts the suggestion away until the text changes. False when none is shown. */
  dismiss(): boolean {
    if (!this.shown) return false;
    this.hide();
    this.dismissedAt = this.contentVersion;
    this.view.setPending(false);
    return true;
  }

  /** Whether a suggestion is showing. */
  get showing(): boolean {
    return this.shown !== null;
  }

  /** Puts the suggestion back at the caret after the page moved under it (a scroll). */
  reposition(): void {
    const rest = this.rest();
    if (rest) this.view.show(rest.text, null);
  }

  dispose(): void {
    this.disposed = true;
    this.unregister();
    if (this.learnTimer) clearTimeout(this.learnTimer);
    this.view.hide();
  }

  /** The part of the shown suggestion not yet typed. */
  private rest(): Completion | null {
    if (!this.shown) return null;
    return restOf(this.shown.completion, this.shown.consumed);
  }

  private hide(): void {
    if (this.shown) this.view.hide();
    this.shown = null;
  }

  /**
   * After every update: keeps a suggestion the officer is typing along (the frame shows their letter over its
   * own), hides one the caret has left at once, and leaves the rest for after the frame.
   */
  private updated(editorState: EditorState, dirtyElements: ReadonlyMap<NodeKey, boolean>, dirtyLeaves: ReadonlySet<NodeKey>): void {
    if (this.disposed) return;
    this.version += 1;
    const contentChanged = dirtyElements.size > 0 || dirtyLeaves.size > 0;
    if (contentChanged) this.contentVersion += 1;
    if (this.shown && !editorState.read(() => this.$typedAlong())) this.hide();
    if (contentChanged) {
      // A whole new document (undo, a restore) marks only the root: look at every paragraph again.
      if (dirtyLeaves.size === 0 && dirtyElements.size === 1 && dirtyElements.has('root')) this.learnAll = true;
      else for (const key of dirtyElements.keys()) if (key !== 'root') this.learnQueue.add(key);
      this.queueLearning();
    }
    this.view.setPending(true);
    this.queueRefresh();
  }

  /** Whether the caret has moved on only by typing the suggestion's own next characters (inside a read). */
  private $typedAlong(): boolean {
    const shown = this.shown!;
    const selection = $getSelection();
    if (!$isRangeSelection(selection) || !selection.isCollapsed() || shown.anchorKey === null) return false;
    const node = selection.anchor.getNode();
    if (node.getKey() !== shown.anchorKey || !$isTextNode(node)) return false;
    const text = node.getTextContent();
    if (selection.anchor.offset !== text.length || !text.startsWith(shown.textBefore)) return false;
    const typed = text.slice(shown.textBefore.length);
    if (typed.length >= shown.completion.text.length || !shown.completion.text.startsWith(typed)) return false;
    if (restOf(shown.completion, typed.length) === null) return false;
    shown.consumed = typed.length;
    return true;
  }

  private queueRefresh(): void {
    if (this.refreshQueued) return;
    this.refreshQueued = true;
    this.scheduling.afterFrame(() => {
      this.refreshQueued = false;
      if (!this.disposed) this.refresh();
    });
  }

  /** After the frame: shows what is left of a suggestion typed along, and asks the worker about the caret. */
  private refresh(): void {
    const version = this.version;
    const caret = this.editor.getEditorState().read(() => $caretText());
    if (caret?.blockKey !== this.caretBlock) {
      // The caret left a paragraph: its last word, held back while it was being typed, can be learnt now.
      if (this.caretBlock) this.learnQueue.add(this.caretBlock);
      this.caretBlock = caret?.blockKey ?? null;
      this.queueLearning();
    }
    // Nothing in an empty paragraph: Tab indents there (the worker would say the same; no need to ask it).
    const offering = caret !== null && caret.before.trim() !== '' && this.editor.isEditable() && !this.view.menuOpen() && !/[@/]\S*$/.test(caret.before) && this.dismissedAt !== this.contentVersion;
    if (!offering) {
      this.hide();
      this.view.setPending(false);
      return;
    }
    const rest = this.rest();
    if (rest && this.shown) this.view.show(rest.text, null);
    // One question at a time: keys typed faster than the worker answers are asked about together, once it has (so
    // fast typing never sends the worker, nor the page, more work than one question in flight).
    if (this.asking) {
      this.askAgain = true;
      return;
    }
    this.asking = true;
    const id = ++this.latestRequest;
    void this.predictions.suggest(caret.before, caret.fromParagraphStart).then((suggestion) => {
      this.asking = false;
      if (this.askAgain) {
        this.askAgain = false;
        this.queueRefresh();
      }
      if (this.disposed || id !== this.latestRequest || version !== this.version) return;
      this.receive(suggestion);
    });
  }

  /** The worker's answer for the text as it still stands. */
  private receive(suggestion: Awaited<ReturnType<Predictions['suggest']>>): void {
    const next = this.editor.getEditorState().read(() => {
      const caret = $caretText();
      if (!caret || !suggestion) return null;
      const completion = $toCompletion(suggestion, this.roster, caret.last, caret.before);
      if (!completion) return null;
      const anchor = caret.anchorKey === null ? null : $getNodeByKey(caret.anchorKey);
      // Said as the words it makes: the start typed, then the rest.
      const typed = completion.replace > 0 ? caret.before.slice(-completion.replace) : (/[\p{L}\p{N}'’-]*$/u.exec(caret.before)?.[0] ?? '');
      const shown: Shown = { completion, anchorKey: caret.anchorKey, textBefore: $isTextNode(anchor) ? anchor.getTextContent() : '', consumed: 0 };
      return { shown, spoken: `${typed}${completion.text}`.trim() };
    });
    const previous = this.rest();
    if (!next) {
      this.hide();
      this.view.setPending(false);
      return;
    }
    this.shown = next.shown;
    // Said again only when it is not simply what was left of the last one.
    this.view.show(next.shown.completion.text, previous?.text !== next.shown.completion.text ? next.spoken : null);
    this.view.setPending(false);
  }

  private queueLearning(): void {
    if (this.learnTimer || this.disposed) return;
    this.learnTimer = setTimeout(() => {
      this.learnTimer = null;
      this.scheduling.whenIdle(() => this.learnSome());
    }, LEARN_DELAY_MS);
  }

  /**
   * Sends the worker the paragraphs that changed (a slice at a time), each as it now reads: the word at the caret
   * held back while it is being typed, a paragraph gone as null.
   */
  private learnSome(): void {
    if (this.disposed) return;
    const changes = this.editor.getEditorState().read(() => {
      if (this.learnAll) {
        this.learnAll = false;
        const blocks = new Set($allTextBlocks().map((block) => block.getKey()));
        for (const key of this.learnt.keys()) if (!blocks.has(key)) this.learnQueue.add(key);
        for (const key of blocks) this.learnQueue.add(key);
      }
      const selection = $getSelection();
      const caretBlock = $isRangeSelection(selection) ? $textBlockOf(selection.anchor.getNode())?.getKey() : undefined;
      const found: { key: string; text: string | null }[] = [];
      let read = 0;
      for (const key of this.learnQueue) {
        if (read++ >= LEARN_SLICE) break;
        this.learnQueue.delete(key);
        const node = $getNodeByKey(key);
        const block = node && node.isAttached() ? $textBlockOf(node) : null;
        let text: string | null = block && block.is(node) ? $blockText(block) : null;
        if (text !== null && key === caretBlock) text = text.replace(/[\p{L}\p{N}'’\-/.&]+$/u, '');
        if (text === null && !this.learnt.has(key)) continue;
        if (text === this.learnt.get(key)) continue;
        if (text === null) this.learnt.delete(key);
        else this.learnt.set(key, text);
        found.push({ key, text });
      }
      return found;
    });
    this.predictions.setParagraphs(changes);
    if (this.learnQueue.size > 0) this.scheduling.whenIdle(() => this.learnSome());
  }
}
