import { expect, type Page } from '@playwright/test';
import { nextWordOf } from '../../renderer/src/editor/plugins/prediction/completion';
import { GIVES_WAY_TO } from '../../renderer/src/editor/space-after-insert';

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
  /** Tab on the suggestion shown; `space` is what the editor's space after it will be (see EditorSpace). */
  takeSuggestion(space: EditorSpace): Promise<void>;
  /** The editor's space after what was last taken or named, as the officer reckons with it before the next key. */
  editorSpace: EditorSpace;
}

/**
 * What an expert officer does next with `rest` still to type and `offered` shown after the caret: Tab when the
 * suggestion is exactly the next words, Ctrl+Right when its next word (two characters or more) is, else the next
 * character. `length` is how much of `rest` the move types. A suggestion taken ends with the editor's space after
 * its last word (renderer/src/editor/space-after-insert.ts): it fits when `rest` goes on with that space, or with
 * punctuation that takes the space's place; `space` says which (null when what was taken ends otherwise).
 */
export function nextMove(rest: string, offered: string | null): { move: 'whole' | 'word' | 'key'; length: number; space: EditorSpace } {
  const whole = offered ? taking(rest, offered) : null;
  if (whole) return { move: 'whole', ...whole };
  const word = offered ? nextWordOf(offered) : '';
  const byWord = word.trim().length >= 2 ? taking(rest, word) : null;
  if (byWord) return { move: 'word', ...byWord };
  return { move: 'key', length: String.fromCodePoint(rest.codePointAt(0)!).length, space: null };
}

/**
 * The editor's space after a suggestion taken or a person chosen, until the next key: 'wanted' when the minutes go
 * on with a space there, 'unwanted' when they do not (punctuation typed next takes its place; leaving the paragraph
 * takes it away; anything else needs a Backspace first).
 */
export type EditorSpace = 'wanted' | 'unwanted' | null;

/** How taking `words` types the start of `rest`, or null when it would not. */
function taking(rest: string, words: string): { length: number; space: EditorSpace } | null {
  const spaced = words.endsWith(' ');
  if (isNextWords(rest, words)) return { length: words.length, space: spaced ? 'wanted' : null };
  const bare = words.slice(0, -1);
  if (spaced && rest.startsWith(bare) && GIVES_WAY_TO.test(rest.charAt(bare.length))) return { length: bare.length, space: 'unwanted' };
  return null;
}

/**
 * The keys that type `character` next, with the editor's space after the last thing taken in the state `space`:
 * a space or punctuation after a wanted one needs a space first (which keeps it: the editor swallows the first
 * space straight after its own); after an unwanted one, punctuation takes its place, a space is already there,
 * anything else needs a Backspace first.
 */
export function keysFor(character: string, space: EditorSpace): string[] {
  if (space === 'wanted' && (character === ' ' || GIVES_WAY_TO.test(character))) return [' ', character];
  if (space === 'unwanted') {
    if (character === ' ') return [];
    if (!GIVES_WAY_TO.test(character)) return ['Backspace', character];
  }
  return [character];
}

/** The keys that move to another paragraph, which take an unwanted space of the editor's away (a wanted one is kept with a space first). */
export const LEAVING_KEYS = new Set(['Enter', 'Alt+PageDown', 'Control+Alt+N', 'Control+Alt+A', 'Control+Alt+R']);

export class Officer implements OfficerHands {
  keystrokes = 0;
  clicks = 0;
  /** Suggestions taken whole (Tab) and word by word (Ctrl+Right). */
  taken = { whole: 0, words: 0 };
  /** The editor's space after what was last taken, until the next key. */
  editorSpace: EditorSpace = null;

  constructor(
    private readonly page: Page,
    private readonly options: { takesSuggestions?: boolean } = {},
  ) {}

  /** Types text key by key, as fast as the browser takes it (taking suggestions, for an officer who does). */
  async type(text: string): Promise<void> {
    if (!this.options.takesSuggestions) {
      // Minding the editor's space takes only the first key; the rest goes in one call (fewer round trips).
      const first = text === '' ? '' : String.fromCodePoint(text.codePointAt(0)!);
      if (this.editorSpace && first) {
        await this.typeKey(first);
        text = text.slice(first.length);
      }
      this.keystrokes += [...text].length;
      if (text) await this.page.keyboard.type(text);
      return;
    }
    let at = 0;
    while (at < text.length) {
      const rest = text.slice(at);
      const { move, length, space } = nextMove(rest, await this.suggestion());
      if (move === 'whole') {
        await this.press('Tab');
        this.taken.whole += 1;
      } else if (move === 'word') {
        await this.press('Control+ArrowRight');
        this.taken.words += 1;
      } else {
        await this.typeKey(rest.slice(0, length));
      }
      this.editorSpace = space;
      at += length;
    }
  }

  /** Types one character, minding the editor's space after what was last taken (see keysFor). */
  private async typeKey(character: string): Promise<void> {
    const keys = keysFor(character, this.editorSpace);
    this.editorSpace = null;
    for (const key of keys) {
      this.keystrokes += 1;
      if (key === 'Backspace') await this.page.keyboard.press(key);
      else await this.page.keyboard.type(key);
    }
  }

  /**
   * Presses one key or chord ("Enter", "Control+Alt+R"). Before leaving the paragraph, a wanted space of the
   * editor's is kept with a space (the first straight after it is swallowed); an unwanted one goes by itself.
   */
  async press(key: string): Promise<void> {
    if (this.editorSpace === 'wanted' && LEAVING_KEYS.has(key)) await this.typeKey(' ');
    if (LEAVING_KEYS.has(key) || key === 'Backspace') this.editorSpace = null;
    this.keystrokes += 1;
    await this.page.keyboard.press(key);
  }

  /** Takes the suggestion shown, ending with the editor's space as `space` says. */
  async takeSuggestion(space: EditorSpace): Promise<void> {
    await this.press('Tab');
    this.taken.whole += 1;
    this.editorSpace = space;
  }

  /** Names someone: "@" and the first letters of their name, then Enter to take the first match. */
  async mention(letters: string): Promise<void> {
    await this.clearUnwantedSpace();
    this.keystrokes += 1 + [...letters].length;
    await this.page.keyboard.type(`@${letters}`);
    // Every letter must have reached the editor before Enter, or a slow machine picks from an older query.
    await expect(this.page.getByRole('textbox', { name: 'Minutes' })).toContainText(`@${letters}`);
    await this.page.getByRole('listbox', { name: 'People at the meeting' }).getByRole('option').first().waitFor({ timeout: 5000 });
    await this.press('Enter');
  }

  /** An unwanted space of the editor's before something that is not punctuation: Backspace. */
  private async clearUnwantedSpace(): Promise<void> {
    if (this.editorSpace === 'unwanted') await this.press('Backspace');
    this.editorSpace = null;
  }

  /** Inserts a standard phrase: "/" and its short word, then Enter. */
  async phrase(shortWord: string): Promise<void> {
    await this.clearUnwantedSpace();
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

/** Whether `words` is exactly how `text` goes on, up to a word's end (or the space after one). */
function isNextWords(text: string, words: string): boolean {
  return text.startsWith(words) && (words.endsWith(' ') || !/^[\p{L}\p{N}]/u.test(text.slice(words.length)));
}
