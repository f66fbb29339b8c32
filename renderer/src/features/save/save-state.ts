/** What the save indicator shows: the minutes' standing against IndexedDB. */
export type SaveState =
  | { kind: 'saved'; at: number }
  | { kind: 'unchanged' }
  | { kind: 'pending' }
  | { kind: 'saving' }
  | { kind: 'failed'; message: string; lastSavedAt: number | null };
