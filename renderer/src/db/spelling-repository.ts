import { DictionaryWordSchema } from '@shared/spelling/words';
import type { DictionaryEntry, MinuteBookDatabase } from './database';

/** The officer's personal dictionary and the words ignored per meeting. */
export class SpellingRepository {
  constructor(
    private readonly db: MinuteBookDatabase,
    private readonly now: () => number = Date.now,
  ) {}

  /** The personal dictionary, alphabetically. */
  async listWords(): Promise<DictionaryEntry[]> {
    const entries = await this.db.dictionary.toArray();
    return entries.sort((a, b) => a.word.localeCompare(b.word, 'en-GB'));
  }

  /** Adds a word (checked: one word, no spaces); adding it again changes nothing. Returns the word as stored. */
  async addWord(word: string): Promise<string> {
    const checked = DictionaryWordSchema.parse(word);
    await this.db.transaction('rw', this.db.dictionary, async () => {
      if (!(await this.db.dictionary.get(checked))) await this.db.dictionary.add({ word: checked, addedAt: this.now() });
    });
    return checked;
  }

  /** Removes a word: it is underlined again wherever it is not in the dictionary. */
  async removeWord(word: string): Promise<void> {
    await this.db.dictionary.delete(word);
  }

  /** The words ignored in one meeting. */
  async ignoredWords(meetingId: string): Promise<string[]> {
    const rows = await this.db.ignoredWords.where('meetingId').equals(meetingId).toArray();
    return rows.map((row) => row.word);
  }

  /** Stops underlining a word in one meeting's minutes. */
  async ignoreWord(meetingId: string, word: string): Promise<void> {
    const checked = DictionaryWordSchema.parse(word);
    await this.db.ignoredWords.put({ meetingId, word: checked, ignoredAt: this.now() });
  }
}
