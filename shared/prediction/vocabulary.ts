import { prefixKey } from './tokens';

/**
 * Token text ↔ id, and which tokens begin with what the officer has typed so far. Ids are given out as tokens are
 * first seen; `freeze()` sorts the tokens seen until then by their lower-case key, so the tokens beginning with a
 * prefix are one contiguous run found by binary search. Tokens first seen later (words typed in this meeting) are
 * kept in a second, smaller sorted list, so finding a prefix costs the same however long the meeting grows.
 */
export class Vocabulary {
  private readonly ids = new Map<string, number>();
  private readonly texts: string[] = [];
  private readonly keys: string[] = [];
  /** Token ids in prefix-key order, for the ids given before freeze(). */
  private sorted: Uint32Array = new Uint32Array(0);
  private sortedKeys: string[] = [];
  /** Each frozen id's position in `sorted`. */
  private positions: Uint32Array = new Uint32Array(0);
  private frozenSize = 0;
  /** Ids given after freeze(), in prefix-key order, and their keys. */
  private readonly later: number[] = [];
  private readonly laterKeys: string[] = [];

  constructor(reserved: readonly string[]) {
    for (const text of reserved) this.idOf(text);
  }

  get size(): number {
    return this.texts.length;
  }

  /** The ids given before freeze(): the static table's vocabulary. */
  get frozenCount(): number {
    return this.frozenSize;
  }

  /** The id of a token, given a new one the first time it is seen. */
  idOf(text: string): number {
    let id = this.ids.get(text);
    if (id === undefined) {
      id = this.texts.length;
      this.ids.set(text, id);
      this.texts.push(text);
      const key = prefixKey(text);
      this.keys.push(key);
      if (this.frozenSize > 0) {
        const at = lowerBound(this.laterKeys, key);
        this.later.splice(at, 0, id);
        this.laterKeys.splice(at, 0, key);
      }
    }
    return id;
  }

  /** The id of a token already seen, or undefined. */
  find(text: string): number | undefined {
    return this.ids.get(text);
  }

  text(id: number): string {
    return this.texts[id]!;
  }

  /** Sorts the tokens seen so far for prefix search. */
  freeze(): void {
    this.frozenSize = this.texts.length;
    const order = Array.from({ length: this.frozenSize }, (_, id) => id);
    order.sort((a, b) => (this.keys[a]! < this.keys[b]! ? -1 : this.keys[a]! > this.keys[b]! ? 1 : a - b));
    this.sorted = Uint32Array.from(order);
    this.sortedKeys = order.map((id) => this.keys[id]!);
    this.positions = new Uint32Array(this.frozenSize);
    order.forEach((id, position) => (this.positions[id] = position));
  }

  /**
   * The frozen ids whose key begins with `prefix`'s key, as a run [from, to) of `sortedId` positions. Case is
   * folded here; the caller checks each candidate fits what was typed (completeWith).
   */
  prefixRange(prefix: string): { from: number; to: number } {
    return prefixRun(this.sortedKeys, prefixKey(prefix));
  }

  /** The id at a position of the prefix order. */
  sortedId(position: number): number {
    return this.sorted[position]!;
  }

  /** A frozen id's position in the prefix order (for sums over a run of positions). */
  positionOf(id: number): number {
    return this.positions[id]!;
  }

  /** Ids given after freeze() whose key begins with `prefix`'s key. */
  laterMatching(prefix: string): number[] {
    const { from, to } = prefixRun(this.laterKeys, prefixKey(prefix));
    return this.later.slice(from, to);
  }
}

/** The run [from, to) of sorted `keys` that begin with `key`. */
function prefixRun(keys: readonly string[], key: string): { from: number; to: number } {
  // Every key beginning with `key` sorts before key + the highest code unit.
  return { from: lowerBound(keys, key), to: lowerBound(keys, `${key}\uffff`) };
}

/** The first position of sorted `keys` whose key is not below `key`. */
function lowerBound(keys: readonly string[], key: string): number {
  let low = 0;
  let high = keys.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (keys[middle]! < key) low = middle + 1;
    else high = middle;
  }
  return low;
}
