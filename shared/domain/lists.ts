/** "A", "A and B", "A, B and C": the house style joins lists with commas and a final " and " (no Oxford comma). */
export function joinWithAnd(names: readonly string[]): string {
  if (names.length <= 1) return names[0] ?? '';
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}
