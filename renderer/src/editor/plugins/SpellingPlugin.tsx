import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { allowedWords } from '@shared/spelling/allowed-words';
import { useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import { SpellingWorkerClient } from '../../spelling/spelling-client';
import { SpellingMenu, type SpellingMenuChoice } from '../../spelling/SpellingMenu';
import { SpellingSession, type SpellingFlag } from '../../spelling/spelling-session';
import { describeError } from '../../ui/plain-errors';
import { useLive } from '../../ui/live-value';
import { whenIdle } from '../../ui/when-idle';
import { useMinutesContext } from '../minutes-context';
import { useMinutesPort } from '../minutes-port';

interface OpenMenu {
  flag: SpellingFlag;
  suggestions: string[];
  x: number;
  y: number;
}

/** Whether this browser can underline without touching the DOM (the CSS Custom Highlight API). */
const canHighlight = typeof Highlight === 'function' && typeof CSS !== 'undefined' && 'highlights' in CSS;

/**
 * Offline British English spelling in the minutes: misspelt words underlined as the officer types, and a menu
 * on them (right-click, Shift+F10 or the context-menu key) with corrections, Add to dictionary and Ignore in
 * this meeting. The checker is a worker started once the editor is up, so opening a meeting never waits for it.
 * On a word that is spelt correctly the browser's own menu is left alone.
 */
export function SpellingPlugin(): ReactNode {
  const [editor] = useLexicalComposerContext();
  const { roster } = useMinutesContext();
  const port = useMinutesPort();
  const personal = useLive(port.personalWords);
  const ignored = useLive(port.ignoredWords);
  const [session, setSession] = useState<SpellingSession | null>(null);
  const [menu, setMenu] = useState<OpenMenu | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  // Start the worker when the browser is first idle after the editor is up.
  useEffect(() => {
    if (!canHighlight) return;
    let started: SpellingSession | null = null;
    const start = () => {
      started = new SpellingSession(editor, new SpellingWorkerClient((message) => setNotice(message)));
      setSession(started);
    };
    const cancelStart = whenIdle(start, 1000);
    return () => {
      cancelStart();
      started?.dispose();
      setSession(null);
    };
  }, [editor]);

  const allowed = useMemo(
    () => (personal && ignored ? allowedWords({ roster, personal, ignored }) : null),
    [roster, personal, ignored],
  );
  useEffect(() => {
    if (session && allowed) session.setAllowed(allowed);
  }, [session, allowed]);

  const openMenuOn = useCallback(
    async (flag: SpellingFlag, x: number, y: number) => {
      if (!session) return;
      const suggestions = await session.suggest(flag);
      setMenu({ flag, suggestions, x, y });
    },
    [session],
  );

  // Right-click on an underlined word, or Shift+F10 / the context-menu key with the caret in one.
  useEffect(() => {
    if (!session) return;
    let keyboardMenuAt = 0;
    const onContextMenu = (event: MouseEvent) => {
      // A read-only window (the meeting is open for typing elsewhere) offers no corrections.
      if (!editor.isEditable()) return;
      // On Windows the context-menu key fires a contextmenu event (on key up) after our keydown opened the menu:
      // swallow that one. A right-click (button 2) is never swallowed.
      const afterKeyboardMenu = performance.now() - keyboardMenuAt < 1000;
      keyboardMenuAt = 0;
      if (afterKeyboardMenu && event.button !== 2) {
        event.preventDefault();
        return;
      }
      const flag = session.flagAtPoint(event.clientX, event.clientY);
      if (!flag) return;
      event.preventDefault();
      void openMenuOn(flag, event.clientX, event.clientY);
    };
    const onKeyDown = (event: KeyboardEvent) => {
      const menuKey = event.key === 'ContextMenu' || (event.key === 'F10' && event.shiftKey);
      if (!menuKey || !editor.isEditable()) return;
      const flag = session.flagAtCaret();
      if (!flag) return;
      event.preventDefault();
      keyboardMenuAt = performance.now();
      const box = flag.range.getBoundingClientRect();
      void openMenuOn(flag, box.left, box.bottom);
    };
    return editor.registerRootListener((root, previous) => {
      previous?.removeEventListener('contextmenu', onContextMenu);
      previous?.removeEventListener('keydown', onKeyDown);
      root?.addEventListener('contextmenu', onContextMenu);
      root?.addEventListener('keydown', onKeyDown);
    });
  }, [editor, session, openMenuOn]);

  const closeMenu = useCallback(() => {
    setMenu(null);
    editor.focus();
  }, [editor]);

  let menuView: ReactNode = null;
  if (menu && session) {
    const { flag } = menu;
    const suggestions: SpellingMenuChoice[] = menu.suggestions.map((suggestion) => ({
      label: suggestion,
      run: () => {
        setMenu(null);
        session.replace(flag, suggestion);
        editor.focus();
      },
    }));
    // A word the database refuses (a full disk) is said plainly; the underline simply stays.
    const remember = (action: Promise<unknown>, what: string) => {
      closeMenu();
      action.then(
        () => setNotice(null),
        (error: unknown) => setNotice(`“${flag.word}” could not be ${what}: ${describeError(error)}`),
      );
    };
    const actions: SpellingMenuChoice[] = [
      { label: 'Add to dictionary', run: () => remember(port.addToDictionary(flag.word), 'added to the dictionary') },
      { label: 'Ignore in this meeting', run: () => remember(port.ignoreInMeeting(flag.word), 'ignored') },
    ];
    menuView = <SpellingMenu word={flag.word} x={menu.x} y={menu.y} suggestions={suggestions} actions={actions} onClose={closeMenu} />;
  }

  return (
    <>
      {menuView}
      {notice && (
        <p className="spelling-failure" role="status">
          {notice}
        </p>
      )}
    </>
  );
}
