import { expect, type Page } from '@playwright/test';

/** Committees → the named body's page (its settings, roster and standard phrases). */
export async function openBodyPage(page: Page, bodyName: string): Promise<void> {
  await page.getByRole('navigation', { name: 'Set-up' }).getByRole('button', { name: 'Committees' }).click();
  // The list's button reads the body's name, then its council and numbering.
  const escaped = bodyName.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  await page.locator('.bodies-list').getByRole('button', { name: new RegExp(`^${escaped}\\b`) }).click();
  await expect(page.getByRole('heading', { level: 1, name: bodyName })).toBeVisible();
}

/** On a body's page: adds one of its own standard phrases. */
export async function addStandardPhrase(page: Page, phrase: { name: string; shortWord: string; text: string }): Promise<void> {
  await page.getByRole('button', { name: 'Add a standard phrase' }).click();
  const form = page.getByRole('form', { name: 'Standard phrase' });
  await form.getByLabel('Name').fill(phrase.name);
  await form.getByLabel('Short word (typed after /)').fill(phrase.shortWord);
  await form.getByLabel('Wording').fill(phrase.text);
  await form.getByRole('button', { name: 'Save phrase' }).click();
  await expect(page.locator('.template-list').getByText(phrase.text, { exact: true })).toBeVisible();
}
