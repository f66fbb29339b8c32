import type { Page } from '@playwright/test';

/**
 * The minutes on screen, one entry per minute: its heading as printed and its
 * paragraphs, with numbers as the reader sees them ("1. …", "(a) …") and
 * bullets as "- …". Read from the page, so it checks what the officer sees.
 */
export async function minutesOnScreen(page: Page): Promise<{ heading: string; reference: string | null; paragraphs: string[] }[]> {
  return page.locator('.mb-minute-item').evaluateAll((sections) => {
    const fold = (text: string) => text.replace(/\s+/g, ' ').trim();
    const ownText = (li: Element) => {
      const clone = li.cloneNode(true) as Element;
      clone.querySelectorAll('ol, ul').forEach((nested) => nested.remove());
      return fold(clone.textContent ?? '');
    };
    const walkList = (list: Element, depth: number, out: string[]) => {
      let index = Number(list.getAttribute('start') ?? '1');
      for (const li of Array.from(list.children)) {
        const nested = Array.from(li.children).filter((c) => c.tagName === 'OL' || c.tagName === 'UL');
        const text = ownText(li);
        if (text) {
          const value = Number(li.getAttribute('value') ?? index);
          if (list.tagName === 'UL') out.push(`- ${text}`);
          else if (depth === 0) out.push(`${value}. ${text}`);
          else out.push(`(${String.fromCharCode(96 + value)}) ${text}`);
          index = value + 1;
        }
        for (const child of nested) walkList(child, depth + 1, out);
      }
    };
    return sections.map((section) => {
      const heading = fold(section.querySelector('.minute-title')?.textContent ?? '');
      const reference = section.querySelector('.minute-reference')?.textContent ?? null;
      const paragraphs: string[] = [];
      for (const block of Array.from(section.children)) {
        if (block.classList.contains('mb-minute-heading')) continue;
        if (block.tagName === 'OL' || block.tagName === 'UL') walkList(block, 0, paragraphs);
        else if (fold(block.textContent ?? '')) paragraphs.push(fold(block.textContent ?? ''));
      }
      return { heading, reference, paragraphs };
    });
  });
}
