import type { LexicalEditor } from 'lexical';
import type { CompletionView } from './prediction-controller';

/**
 * The suggestion on screen: an element of its own, fixed over the page at the caret, never inside the editor's
 * DOM (Lexical owns that, and anything there would be saved, undone, spell-checked, exported and counted). It is
 * laid out like the paragraph it continues: starting at the caret (a text indent), wrapping at the paragraph's
 * edges, in the paragraph's font. A screen reader hears it through a polite live region instead, since the
 * overlay is hidden from it.
 * For tests and the benchmark: the overlay's `data-completion` holds exactly what Tab inserts, and
 * `data-prediction` is "pending" while an answer for the text as it stands is awaited, "ready" otherwise;
 * `data-learnt-words` and `data-learnt-ms` appear once the model is built (from how many words of past minutes, in
 * how many milliseconds in the worker).
 */
export class DomCompletionView implements CompletionView {
  private pending = false;
  /** What is on screen, and what is to be at the next frame (null: nothing). */
  private text = '';
  private wanted: string | null = null;
  private frame: number | null = null;

  constructor(
    private readonly editor: LexicalEditor,
    private readonly overlay: HTMLElement,
    private readonly live: HTMLElement,
  ) {}

  show(text: string, spoken: string | null): void {
    this.wanted = text;
    if (spoken) this.live.textContent = `Suggestion: ${spoken} Tab to take it.`;
    // Placed in the next frame's own layout (just before it is drawn), never in a layout of its own: a key typed
    // meanwhile would otherwise have the page laid out twice.
    this.frame ??= requestAnimationFrame(() => {
      this.frame = null;
      const wanted = this.wanted;
      if (wanted !== null && this.place()) {
        if (this.text !== wanted) {
          this.overlay.firstElementChild!.textContent = wanted;
          this.text = wanted;
        }
        this.overlay.dataset.completion = wanted;
        this.overlay.hidden = false;
      } else {
        this.hide();
      }
      this.writePending();
    });
  }

  hide(): void {
    this.wanted = null;
    if (this.overlay.hidden && this.overlay.dataset.completion === undefined) return;
    this.overlay.hidden = true;
    delete this.overlay.dataset.completion;
  }

  setPending(pending: boolean): void {
    this.pending = pending;
    // "ready" waits for a suggestion on its way to be on screen, so tests and the benchmark read what the officer sees.
    if (this.frame === null) this.writePending();
  }

  private writePending(): void {
    const value = this.pending ? 'pending' : 'ready';
    if (this.overlay.dataset.prediction !== value) this.overlay.dataset.prediction = value;
  }

  menuOpen(): boolean {
    return this.overlay.ownerDocument.querySelector('.typeahead') !== null;
  }

  learnt(words: number, ms: number): void {
    this.overlay.dataset.learntWords = String(words);
    this.overlay.dataset.learntMs = ms.toFixed(0);
  }

  /** Puts the overlay at the caret, in the caret's paragraph's font; false when the caret is not on screen. */
  private place(): boolean {
    const root = this.editor.getRootElement();
    const selection = root?.ownerDocument.getSelection();
    if (!root || !selection || selection.rangeCount === 0 || !root.contains(selection.anchorNode)) return false;
    const range = selection.getRangeAt(0).cloneRange();
    range.collapse(true);
    const rects = range.getClientRects();
    let caret: DOMRect | undefined = rects[rects.length - 1];
    const anchorElement = selection.anchorNode instanceof Element ? selection.anchorNode : selection.anchorNode?.parentElement;
    const block = anchorElement?.closest('p, li, h1, h2, h3, h4, h5, h6, blockquote');
    if (!block || !anchorElement) return false;
    const blockBox = block.getBoundingClientRect();
    const style = getComputedStyle(anchorElement);
    const blockStyle = getComputedStyle(block);
    if (!caret || (caret.width === 0 && caret.height === 0)) {
      // An empty paragraph has no text to measure: its content box's start.
      const left = blockBox.left + parseFloat(blockStyle.paddingLeft);
      caret = new DOMRect(left, blockBox.top + parseFloat(blockStyle.paddingTop), 0, parseFloat(style.lineHeight) || blockBox.height);
    }
    if (blockBox.width === 0 || caret.bottom < 0 || caret.top > window.innerHeight) return false;
    const contentLeft = blockBox.left + parseFloat(blockStyle.paddingLeft);
    const contentWidth = blockBox.width - parseFloat(blockStyle.paddingLeft) - parseFloat(blockStyle.paddingRight);
    const line = parseFloat(style.lineHeight) || caret.height;
    const o = this.overlay.style;
    o.left = `${contentLeft}px`;
    o.top = `${caret.top + (caret.height - line) / 2}px`;
    o.width = `${contentWidth}px`;
    o.textIndent = `${caret.left - contentLeft}px`;
    o.font = style.font;
    o.lineHeight = style.lineHeight;
    o.letterSpacing = style.letterSpacing;
    return true;
  }
}
