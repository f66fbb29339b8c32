/**
 * The benchmark's comparison page (built into dist/bench by test/bench/vite.config.ts, never into dist/renderer):
 * the same paragraphs as the generated minutes in either
 * - a bare Lexical editor: createEditor with rich-text handling only (no React, no plugins, no custom nodes), or
 * - a plain contenteditable <div> of <p>s,
 * so the app's keystroke latency can be compared with what the browser and Lexical cost on their own.
 */
import { registerRichText } from '@lexical/rich-text';
import { $createParagraphNode, $createTextNode, $getRoot, createEditor, type LexicalEditor } from 'lexical';
import './bench.css';

declare global {
  interface Window {
    benchEditors: {
      loadLexical(paragraphs: string[]): void;
      loadContentEditable(paragraphs: string[]): void;
    };
    benchLexical?: LexicalEditor;
  }
}

const host = document.getElementById('editor')!;

window.benchEditors = {
  loadLexical(paragraphs) {
    const editor = createEditor({
      namespace: 'bench-bare',
      onError: (error) => {
        throw error;
      },
    });
    host.contentEditable = 'true';
    editor.setRootElement(host);
    registerRichText(editor);
    editor.update(
      () => {
        const root = $getRoot();
        root.clear();
        for (const text of paragraphs) root.append($createParagraphNode().append($createTextNode(text)));
      },
      { discrete: true },
    );
    window.benchLexical = editor;
  },
  loadContentEditable(paragraphs) {
    host.contentEditable = 'true';
    const fragment = document.createDocumentFragment();
    for (const text of paragraphs) {
      const p = document.createElement('p');
      p.textContent = text;
      fragment.append(p);
    }
    host.replaceChildren(fragment);
  },
};
