/**
 * How many words the minutes hold, read straight off the editor's saved JSON (the text of its text nodes).
 * Shown beside each revision so the officer can tell a full copy from an early one at a glance; counted
 * only when a revision is made, never while typing.
 */
export function minutesWordCount(editorState: unknown): number {
  let json = editorState;
  if (typeof json === 'string') {
    try {
      json = JSON.parse(json);
    } catch {
      return 0;
    }
  }
  let words = 0;
  // A text node's words end where the node ends only when the next node begins a new block; text
  // nodes of one paragraph are joined first, so "re" + bold "solved" is one word, not two.
  const visit = (node: unknown): string => {
    if (node === null || typeof node !== 'object') return '';
    const { type, text, children } = node as { type?: unknown; text?: unknown; children?: unknown };
    if (type === 'text' && typeof text === 'string') return text;
    if (!Array.isArray(children)) return ' ';
    let inline = '';
    for (const child of children) {
      const childIsBlock = child !== null && typeof child === 'object' && Array.isArray((child as { children?: unknown }).children);
      if (childIsBlock) {
        words += countWords(inline);
        inline = '';
        visit(child);
      } else {
        inline += visit(child);
      }
    }
    words += countWords(inline);
    return '';
  };
  visit((json as { root?: unknown } | null)?.root);
  return words;
}

function countWords(text: string): number {
  return text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
}
