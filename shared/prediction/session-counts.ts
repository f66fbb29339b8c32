/**
 * The n-gram counts of the minutes being typed, kept up to date paragraph by paragraph: when a paragraph changes,
 * its old n-grams are taken away and its new ones added, so the counts always equal the minutes as they stand
 * (an edit or a deletion unlearns what it removed) without ever counting the whole meeting again. A meeting is
 * at most tens of thousands of words, so plain maps do.
 */
export class SessionCounts {
  /** Context (token ids joined by ",") → weighted total and counts of each token seen after it. */
  private readonly contexts = new Map<string, { total: number; next: Map<number, number> }>();
  /** Each paragraph's tokens as last counted, by the paragraph's key. */
  private readonly paragraphs = new Map<string, Uint32Array>();
  private readonly people = new Map<string, number>();
  private readonly paragraphPeople = new Map<string, string[]>();

  constructor(readonly order: number) {}

  /** How many paragraphs are counted. */
  get paragraphCount(): number {
    return this.paragraphs.size;
  }

  /** Replaces a paragraph's counts with those of `tokens` (starting with the paragraph-start id); null removes it. */
  setParagraph(key: string, tokens: Uint32Array | null, people: readonly string[] = []): void {
    const old = this.paragraphs.get(key);
    if (old) this.count(old, -1);
    for (const person of this.paragraphPeople.get(key) ?? []) this.addPerson(person, -1);
    if (tokens) {
      this.count(tokens, 1);
      this.paragraphs.set(key, tokens);
      this.paragraphPeople.set(key, [...people]);
      for (const person of people) this.addPerson(person, 1);
    } else {
      this.paragraphs.delete(key);
      this.paragraphPeople.delete(key);
    }
  }

  /** Forgets everything (another meeting opened). */
  clear(): void {
    this.contexts.clear();
    this.paragraphs.clear();
    this.people.clear();
    this.paragraphPeople.clear();
  }

  /** A paragraph's tokens as last counted (starting with the paragraph-start id), or undefined. */
  tokensOf(key: string): Uint32Array | undefined {
    return this.paragraphs.get(key);
  }

  /** The counts after a context of 0 to order−1 token ids, or undefined if never seen. */
  after(context: readonly number[]): { total: number; next: ReadonlyMap<number, number> } | undefined {
    return this.contexts.get(context.join(','));
  }

  /** How often each person is named in the minutes so far. */
  mentions(personId: string): number {
    return this.people.get(personId) ?? 0;
  }

  private addPerson(personId: string, delta: number): void {
    const next = (this.people.get(personId) ?? 0) + delta;
    if (next <= 0) this.people.delete(personId);
    else this.people.set(personId, next);
  }

  private count(tokens: Uint32Array, delta: number): void {
    for (let i = 0; i < tokens.length; i += 1) {
      const token = tokens[i]!;
      // Contexts of 0 … order−1 tokens ending just before i (never before the paragraph's start).
      for (let length = 0; length < this.order && length <= i; length += 1) {
        if (length === 0 && i === 0) continue; // the paragraph-start id is never predicted
        const key = length === 0 ? '' : Array.prototype.join.call(tokens.subarray(i - length, i), ',');
        let entry = this.contexts.get(key);
        if (!entry) {
          if (delta < 0) continue;
          entry = { total: 0, next: new Map() };
          this.contexts.set(key, entry);
        }
        entry.total += delta;
        const count = (entry.next.get(token) ?? 0) + delta;
        if (count <= 0) entry.next.delete(token);
        else entry.next.set(token, count);
        if (entry.total <= 0) this.contexts.delete(key);
      }
    }
  }
}
