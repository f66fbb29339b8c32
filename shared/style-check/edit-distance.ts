/**
 * The optimal string alignment distance between two words: letters inserted, deleted, changed or two
 * neighbours swapped ("Thomspon" / "Thompson" is 1, "Annan-Vetch" / "Annan-Veitch" is 1).
 */
export function editDistance(a: string, b: string): number {
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d: number[][] = Array.from({ length: rows }, (_, i) => Array.from({ length: cols }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i < rows; i += 1) {
    for (let j = 1; j < cols; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, d[i - 2]![j - 2]! + 1);
      d[i]![j] = best;
    }
  }
  return d[a.length]![b.length]!;
}

/**
 * Whether two different spellings are close enough to be one name: one slip in a name of four to seven letters,
 * two in a longer one. Shorter names differ by one letter too often to say ("Hill", "Hall").
 */
export function looksLikeOneName(a: string, b: string): boolean {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  if (x === y) return false;
  const shorter = Math.min(x.length, y.length);
  if (shorter < 4) return false;
  const distance = editDistance(x, y);
  return distance === 1 || (distance === 2 && shorter >= 8);
}
