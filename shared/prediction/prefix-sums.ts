/**
 * Counts by position that change one at a time and are summed over runs of positions, both in O(log n) (a Fenwick
 * tree): how often the words of this meeting that begin with what was typed have been used so far, read at every
 * suggestion without going through the meeting's whole vocabulary.
 */
export class PrefixSums {
  private readonly tree: Float64Array;

  constructor(readonly size: number) {
    this.tree = new Float64Array(size + 1);
  }

  /** Adds `delta` to the count at `position`. */
  add(position: number, delta: number): void {
    for (let i = position + 1; i <= this.size; i += i & -i) this.tree[i]! += delta;
  }

  /** The sum of the counts at positions [from, to). */
  sum(from: number, to: number): number {
    return this.before(to) - this.before(from);
  }

  clear(): void {
    this.tree.fill(0);
  }

  /** The sum of the counts at positions [0, end). */
  private before(end: number): number {
    let total = 0;
    for (let i = end; i > 0; i -= i & -i) total += this.tree[i]!;
    return total;
  }
}
