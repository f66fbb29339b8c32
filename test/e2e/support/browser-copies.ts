import type { Page } from '@playwright/test';

/**
 * The minutes of every meeting the app has copied into the browser's own file storage (outside IndexedDB), as
 * text. A copy the app is writing at this moment cannot be read (NotReadableError): it is left out, and a test
 * polling for it reads it next time.
 */
export async function browserCopies(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    const texts: string[] = [];
    const root = await navigator.storage.getDirectory();
    const copies = await root.getDirectoryHandle('minute-book-copies', { create: true });
    for await (const [, folder] of copies.entries()) {
      if (folder.kind !== 'directory') continue;
      const latest = await (folder as FileSystemDirectoryHandle).getFileHandle('latest.json').catch(() => null);
      if (!latest) continue;
      const text = await latest
        .getFile()
        .then((file) => file.text())
        .catch((error: unknown) => (error instanceof DOMException && error.name === 'NotReadableError' ? null : Promise.reject(error)));
      if (text !== null) texts.push(text);
    }
    return texts;
  });
}
