/**
 * The n-gram counts of a large body of text (a committee's past minutes, the stock phrases), held compactly for
 * quick look-up: a trie of token ids kept in typed arrays, built once by sorting every position of the text by the
 * `order` tokens that start there. A million words come to about two million nodes of 8–12 bytes, against
 * the hundreds of megabytes string-keyed maps would take. It never changes once built; what the officer types
 * in the meeting is counted separately (SessionCounts) and the two are added up when predicting.
 *
 * Level 0 holds one node per token id (the id is the node); level L holds the distinct (L+1)-token sequences,
 * sorted, so each node's children (the tokens seen after it) are one contiguous, sorted run of the next level.
 */

/** Token id 0 starts every paragraph: paragraph-start contexts ("BOS The") are learnt, and no n-gram spans two paragraphs. */
export const PARAGRAPH_START = 0;

/** The successors of one context: a run of nodes at the next level, with the context's own count. */
export interface Successors {
  level: number;
  from: number;
  to: number;
  /** Weighted number of times the context was seen. */
  total: number;
}

export class NgramTable {
  private constructor(
    readonly order: number,
    readonly vocabularySize: number,
    /** Level 0: count per token id; levels ≥ 1: count per node. */
    private readonly counts: Float32Array[],
    /** Levels ≥ 1: the last token of each node. */
    private readonly tokens: Uint32Array[],
    /** Levels < order - 1: where each node's children start in the next level (one extra entry at the end). */
    private readonly children: Uint32Array[],
    /** Sum of level-0 counts. */
    readonly totalCount: number,
  ) {}

  /** Nodes at all levels: the size of the table. */
  get nodeCount(): number {
    return this.counts.reduce((sum, level) => sum + level.length, 0);
  }

  /** Bytes held by the typed arrays. */
  get byteSize(): number {
    return [...this.counts, ...this.tokens, ...this.children].reduce((sum, array) => sum + array.byteLength, 0);
  }

  /**
   * Counts every n-gram of up to `order` tokens in `corpus` (token ids; each paragraph begins with PARAGRAPH_START),
   * each occurrence counted `weights[i]` times (the weight of the paragraph position i belongs to).
   */
  static build(corpus: Uint32Array, weights: Uint8Array, vocabularySize: number, order: number): NgramTable {
    const n = corpus.length;
    // How many tokens of its paragraph follow each position (at most order − 1): the window starting there ends
    // with the paragraph.
    const room = new Uint8Array(n);
    for (let i = n - 1, left = 0; i >= 0; i -= 1) {
      room[i] = left;
      left = corpus[i] === PARAGRAPH_START ? 0 : Math.min(order - 1, left + 1);
    }
    // The k-th token of the window starting at i, or 0 once the paragraph has ended.
    const key = (i: number, k: number): number => (k <= room[i]! ? corpus[i + k]! : 0);

    // Least-significant-digit radix sort of the window starts by their `order` tokens.
    let sorted = new Uint32Array(n);
    // Two buffers swapped at each pass; the spare is garbage once sorting ends.
    let spare = new Uint32Array(n);
    for (let i = 0; i < n; i += 1) sorted[i] = i;
    const bucket = new Uint32Array(vocabularySize + 1);
    for (let k = order - 1; k >= 0; k -= 1) {
      bucket.fill(0);
      for (let i = 0; i < n; i += 1) bucket[key(sorted[i]!, k) + 1]! += 1;
      for (let v = 1; v <= vocabularySize; v += 1) bucket[v]! += bucket[v - 1]!;
      for (let i = 0; i < n; i += 1) {
        const position = sorted[i]!;
        spare[bucket[key(position, k)]!++] = position;
      }
      [sorted, spare] = [spare, sorted];
    }

    // First pass: how many nodes each level needs. Second: fill them.
    const sizes = new Array<number>(order).fill(0);
    const previous = new Int32Array(order).fill(-1);
    const current = new Int32Array(order);
    const firstDifference = (position: number): number => {
      let differs = order;
      for (let k = 0; k < order; k += 1) {
        current[k] = key(position, k);
        if (differs === order && current[k] !== previous[k]) differs = k;
      }
      previous.set(current);
      return differs;
    };
    for (let i = 0; i < n; i += 1) {
      const differs = firstDifference(sorted[i]!);
      for (let k = Math.max(differs, 1); k < order && current[k] !== 0; k += 1) sizes[k]! += 1;
    }

    const counts = [new Float32Array(vocabularySize), ...sizes.slice(1).map((size) => new Float32Array(size))];
    const tokens = [new Uint32Array(0), ...sizes.slice(1).map((size) => new Uint32Array(size))];
    const children = sizes.slice(0, -1).map((size, level) => new Uint32Array((level === 0 ? vocabularySize : size) + 1));
    const UNSET = 0xffffffff;
    children[0]?.fill(UNSET);
    const filled = new Array<number>(order).fill(0);
    const node = new Int32Array(order);
    previous.fill(-1);
    let total = 0;
    for (let i = 0; i < n; i += 1) {
      const position = sorted[i]!;
      const differs = firstDifference(position);
      const weight = weights[position]!;
      node[0] = current[0]!;
      if (differs === 0 && children[0]) children[0][current[0]!] = filled[1]!;
      counts[0]![current[0]!]! += weight;
      total += weight;
      for (let k = 1; k < order && current[k] !== 0; k += 1) {
        if (k >= differs) {
          const created = filled[k]!++;
          tokens[k]![created] = current[k]!;
          if (k < order - 1) children[k]![created] = filled[k + 1]!;
          node[k] = created;
        }
        counts[k]![node[k]!]! += weight;
      }
    }
    // Ids that never start a window (none in practice) get an empty run; each level ends with its size.
    if (children[0]) {
      children[0][vocabularySize] = filled[1]!;
      for (let v = vocabularySize - 1; v >= 0; v -= 1) if (children[0][v] === UNSET) children[0][v] = children[0][v + 1]!;
    }
    for (let level = 1; level < order - 1; level += 1) children[level]![sizes[level]!] = filled[level + 1]!;
    return new NgramTable(order, vocabularySize, counts, tokens, children, total);
  }

  /** Weighted count of a token on its own (0 for ids the table has never seen). */
  unigram(token: number): number {
    return token < this.vocabularySize ? this.counts[0]![token]! : 0;
  }

  /** The successors of a context of 1 to order−1 tokens, or null when the context was never seen. */
  successors(context: readonly number[]): Successors | null {
    if (context.length === 0 || context.length >= this.order) return null;
    const first = context[0]!;
    if (first >= this.vocabularySize) return null;
    let nodeIndex = first;
    let total = this.counts[0]![first]!;
    if (total === 0) return null;
    for (let level = 1; level < context.length; level += 1) {
      const found = this.find(level, this.children[level - 1]![nodeIndex]!, this.children[level - 1]![nodeIndex + 1]!, context[level]!);
      if (found < 0) return null;
      nodeIndex = found;
      total = this.counts[level]![found]!;
    }
    const level = context.length;
    return { level, from: this.children[level - 1]![nodeIndex]!, to: this.children[level - 1]![nodeIndex + 1]!, total };
  }

  /** The count of `token` among a context's successors (0 if never seen after it). */
  countAfter(successors: Successors, token: number): number {
    const found = this.find(successors.level, successors.from, successors.to, token);
    return found < 0 ? 0 : this.counts[successors.level]![found]!;
  }

  /** Calls `visit` with each successor's token and count. */
  forEachSuccessor(successors: Successors, visit: (token: number, count: number) => void): void {
    const tokens = this.tokens[successors.level]!;
    const counts = this.counts[successors.level]!;
    for (let i = successors.from; i < successors.to; i += 1) visit(tokens[i]!, counts[i]!);
  }

  /** Binary search for `token` among the sorted nodes [from, to) of a level; −1 if absent. */
  private find(level: number, from: number, to: number, token: number): number {
    const tokens = this.tokens[level]!;
    let low = from;
    let high = to - 1;
    while (low <= high) {
      const middle = (low + high) >>> 1;
      const value = tokens[middle]!;
      if (value === token) return middle;
      if (value < token) low = middle + 1;
      else high = middle - 1;
    }
    return -1;
  }
}
