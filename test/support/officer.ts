import { expect, type Page } from '@playwright/test';
import { nextWordOf } from '../../renderer/src/editor/plugins/prediction/completion';

/**
 * The officer's hands on the keyboard: types and presses through Playwright,
 * counting every key (a chord like Ctrl+Alt+R counts once, as an officer feels
 * it), so a test can report keystrokes per character of minutes produced.
 *
 * An officer who `takesSuggestions` reads the suggestion greyed after the caret
 * (the element with `data-completion`) before each key, once prediction has
 * answered for the text as it stands, and takes it with Tab whenever it is
 * exactly the next words of what they mean to type, or its next word with
 * Ctrl+Right when only that is right.
 */
/** What the minutes typist (type-minutes.ts) does with the officer's hands: the browser's, or a replay's. */
export interface OfficerHands {
  keystrokes: number;
  clicks: number;
  taken: { whole: number; words: number };
  type(text: string): Promise<void>;
  press(key: string): Promise<void>;
  mention(letters: string): Promise<void>;
  phrase(shortWord: string): Promise<void>;
  suggestion(): Promise<string | null>;
}

/**
 * What an expert officer does next with `rest` still to type and `offered` shown after the caret: Tab when the
 * suggestion is exactly the next words, Ctrl+Right when its next word (two characters or more) is, else the next
 * character. `length` is how much of `rest` the move types.
 */
export function nextMove(rest: string, offered: string | null): { move: 'whole' | 'word' | 'key'; length: number } {
  if (offered && isNextWords(rest, offered)) return { move: 'whole', length: offered.length };
  const word = offered ? nextWordOf(offered) : '';
  if (word.length >= 2 && isNextWords(rest, word)) return { move: 'word', length: word.length };
  return { move: 'key', length: String.fromCodePoint(rest.codePointAt(0)!).length };
}

export class Officer implements OfficerHands {
  keystrokes = 0;
  clicks = 0;
  /** Suggestions taken whole (Tab) and word by word (Ctrl+Right). */
  taken = { whole: 0, words: 0 };

  constructor(
    private readonly page: Page,
    private readonly options: { takesSuggestions?: boolean } = {},
  ) {}

  /** Types text key by key, as fast as the browser takes it (taking suggestions, for an officer who does). */
  async type(text: string): Promise<void> {
    if (!this.options.takesSuggestions) {
      this.keystrokes += [...text].length;
      await this.page.keyboard.type(text);
      return;
    }
    let at = 0;
    while (at < text.length) {
      const rest = text.slice(at);
      const { move, length } = nextMove(rest, await this.suggestion());
      if (move === 'whole') {
        await this.press('Tab');
        this.taken.whole += 1;
      } else if (move === 'word') {
        await this.press('Control+ArrowRight');
        this.taken.words += 1;
      } else {
        this.keystrokes += 1;
        await this.page.keyboard.type(rest.slice(0, length));
      }
      at += length;
    }
  }

  /** Presses one key or chord ("Enter", "Control+Alt+R"). */
  async press(key: string): Promise<void> {
    this.keystrokes += 1;
    await this.page.keyboard.press(key);
  }

  /** Names someone: "@" and the first letters of their name, then Enter to take the first match. */
  async mention(letters: string): Promise<void> {
    this.keystrokes += 1 + [...letters].length;
    await this.page.keyboard.type(`@${letters}`);
    // Every letter must have reached the editor before Enter, or a slow machine picks from an older query.
    await expect(this.page.getByRole('textbox', { name: 'Minutes' })).toContainText(`@${letters}`);
    await this.page.getByRole('listbox', { name: 'People at the meeting' }).getByRole('option').first().waitFor({ timeout: 5000 });
    await this.press('Enter');
  }

  /** Inserts a standard phrase: "/" and its short word, then Enter. */
  async phrase(shortWord: string): Promise<void> {
    this.keystrokes += 1 + [...shortWord].length;
    await this.page.keyboard.type(`/${shortWord}`);
    await expect(this.page.getByRole('textbox', { name: 'Minutes' })).toContainText(`/${shortWord}`);
    await this.page.getByRole('listbox', { name: 'Standard phrases' }).getByRole('option').first().waitFor({ timeout: 5000 });
    await this.press('Enter');
  }

  /**
   * The suggestion shown after the caret once prediction has answered for the text as it stands, or null for
   * none (or suggestions off). Waits for the frame after the last key, then for the answer.
   */
  async suggestion(): Promise<string | null> {
    return this.page.evaluate(
      () =>
        new Promise<string | null>((resolve) => {
          const started = performance.now();
          const check = () => {
            const overlay = document.querySelector<HTMLElement>('.completion');
            if (!overlay) return resolve(null);
            // An answer is always on its way after a change; a stuck one must not hang the officer.
            if (overlay.dataset.prediction === 'pending' && performance.now() - started < 5000) return void setTimeout(check, 2);
            resolve(overlay.hidden ? null : (overlay.dataset.completion ?? null));
          };
          requestAnimationFrame(() => setTimeout(check, 0));
        }),
    );
  }
}

/** Whether `words` is exactly how `text` goes on, up to a word's end. */
function isNextWords(text: string, words: string): boolean {
  return text.startsWith(words) && !/^[\p{L}\p{N}]/u.test(text.slice(words.length));
}
