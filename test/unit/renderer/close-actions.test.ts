import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { CloseActions } from '../../../renderer/src/ui/Modal';

const renderer = fileURLToPath(new URL('../../../renderer/src/', import.meta.url));

/** A dialog's foot holding a Close button and nothing else, written out by hand. */
const LONE_CLOSE_FOOTER = /<div className="dialog-actions">\s*<button[^>]*>\s*Close\s*<\/button>\s*<\/div>/g;

describe('the Close footer of dialogs that only tell', () => {
  it('is one primary button named Close, with the focus as the dialog opens', () => {
    const markup = renderToStaticMarkup(createElement(CloseActions, { onClose: () => {} }));
    expect(markup).toBe('<div class="dialog-actions"><button type="button" class="primary" autofocus="">Close</button></div>');
  });

  it('closes the dialog when pressed', () => {
    const onClose = () => {};
    const button = (CloseActions({ onClose }) as { props: { children: { props: { onClick: unknown } } } }).props.children;
    expect(button.props.onClick).toBe(onClose);
  });

  it('is written once, in ui/Modal.tsx: the dialogs use CloseActions', () => {
    const files = readdirSync(renderer, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.tsx'));
    const written = files.flatMap((file) => [...readFileSync(`${renderer}${file}`, 'utf8').matchAll(LONE_CLOSE_FOOTER)].map(() => file.replaceAll('\\', '/')));
    expect(written).toEqual(['ui/Modal.tsx']);
    for (const file of ['features/import/ImportWordMinutes.tsx', 'features/import/ImportMeetingButton.tsx', 'editor/plugins/ShortcutsPanelPlugin.tsx']) {
      expect(readFileSync(`${renderer}${file}`, 'utf8')).toContain('<CloseActions onClose={close} />');
    }
  });
});
