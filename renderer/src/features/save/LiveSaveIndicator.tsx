import { useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import type { DraftSaver } from './draft-saver';
import { SaveIndicator, saveIndicatorView } from './SaveIndicator';

/**
 * The save indicator following one saver as saves come and go (pending, saving, saved: three changes a save).
 * It rewrites its own few DOM properties instead of re-rendering through React: while the caret is in the
 * minutes, every React commit anywhere in the window walks the whole editor's DOM (React saves and restores the
 * selection of the focused contenteditable around each commit), which at 100,000 words costs more than a frame.
 * So nothing about saving commits while the officer types.
 */
export function LiveSaveIndicator({ saver, compact = false }: { saver: DraftSaver; compact?: boolean }): ReactNode {
  const element = useRef<HTMLParagraphElement>(null);
  // What React renders once; from then on `show` keeps the element up to date.
  const [initial] = useState(() => saver.current);

  useLayoutEffect(() => {
    const show = () => {
      const p = element.current;
      if (!p) return;
      const view = saveIndicatorView(saver.current, compact);
      if (p.className !== view.className) p.className = view.className;
      if (view.role) p.setAttribute('role', view.role);
      else p.removeAttribute('role');
      if (view.title !== undefined) p.title = view.title;
      const words = p.querySelector('.save-words');
      if (words && words.textContent !== view.text) words.textContent = view.text;
    };
    show();
    return saver.subscribe(show);
  }, [saver, compact]);

  return <SaveIndicator ref={element} state={initial} compact={compact} />;
}
