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
export class Officer {
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
      const offered = await this.suggestion();
      if (offered && isNextWords(rest, offered)) {
        await this.press('Tab');
        this.taken.whole += 1;
        at += offered.length;
        continue;
      }
      const word = offered ? nextWordOf(offered) : '';
      if (word.length >= 2 && isNextWords(rest, word)) {
        await this.press('Control+ArrowRight');
        this.taken.words += 1;
        at += word.length;
        continue;
      }
      const character = String.fromCodePoint(rest.codePointAt(0)!);
      this.keystrokes += 1;
      await this.page.keyboard.type(character);
      at += character.length;
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
