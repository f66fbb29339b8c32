/**
 * Words the officer has passed over: a word offered, which they went on typing letter by letter instead of taking
 * (Tab or Ctrl+Right would have taken it in one key), is not the word they mean, so it is not offered again for the
 * same word ("inv" → "involved"; typing on "o" → "involving", not "involved" again). Forgotten once that word is done.
 */
export class DeclinedWords {
  /** The text before the word the declined ids were offered for. */
  private wordStart = '';
  private readonly ids = new Set<number>();
  private offer: { before: string; rest: string; id: number } | null = null;

  /**
   * At each ask: `before` is the text before the caret, `start` where the word being typed begins in it. A letter
   * typed since the last offer that follows that offer's word (without finishing it) declines the word.
   */
  ask(before: string, start: number): void {
    const wordStart = before.slice(0, start);
    if (wordStart !== this.wordStart) {
      this.wordStart = wordStart;
      this.ids.clear();
    }
    const offer = this.offer;
    this.offer = null;
    if (!offer || !before.startsWith(offer.before)) return;
    const typed = before.slice(offer.before.length);
    if (typed !== '' && typed.length < offer.rest.length && offer.rest.startsWith(typed)) this.ids.add(offer.id);
  }

  /** Whether the word (a token id) was passed over for the word being typed. */
  has(id: number): boolean {
    return this.ids.has(id);
  }

  /** The offer made at `before`: its first word (a token id), and the rest of that word shown after the caret. */
  offered(before: string, id: number, rest: string): void {
    this.offer = { before, rest, id };
  }
}
