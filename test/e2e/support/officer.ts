import { expect, type Page } from '@playwright/test';

/**
 * The officer's hands on the keyboard: types and presses through Playwright,
 * counting every key (a chord like Ctrl+Alt+R counts once, as an officer feels
 * it), so a test can report keystrokes per character of minutes produced.
 */
export class Officer {
  keystrokes = 0;
  clicks = 0;

  constructor(private readonly page: Page) {}

  /** Types text key by key, as fast as the browser takes it. */
  async type(text: string): Promise<void> {
    this.keystrokes += [...text].length;
    await this.page.keyboard.type(text);
  }

  /** Presses one key or chord ("Enter", "Control+Alt+R"). */
  async press(key: string): Promise<void> {
    this.keystrokes += 1;
    await this.page.keyboard.press(key);
  }

  /** Names someone: "@" and the first letters of their name, then Enter to take the first match. */
  async mention(letters: string): Promise<void> {
    await this.type(`@${letters}`);
    // Every letter must have reached the editor before Enter, or a slow machine picks from an older query.
    await expect(this.page.getByRole('textbox', { name: 'Minutes' })).toContainText(`@${letters}`);
    await this.page.getByRole('listbox', { name: 'People at the meeting' }).getByRole('option').first().waitFor({ timeout: 5000 });
    await this.press('Enter');
  }

  /** Inserts a standard phrase: "/" and its short word, then Enter. */
  async phrase(shortWord: string): Promise<void> {
    await this.type(`/${shortWord}`);
    await expect(this.page.getByRole('textbox', { name: 'Minutes' })).toContainText(`/${shortWord}`);
    await this.page.getByRole('listbox', { name: 'Standard phrases' }).getByRole('option').first().waitFor({ timeout: 5000 });
    await this.press('Enter');
  }
}
