import { useEffect, useRef, useState, type ReactNode } from 'react';
import { describeTextZoom, nextTextZoom, readTextZoom, textZoomActionFor, writeTextZoom, type TextZoomAction } from './text-zoom';

/** How long "Text size 120%" stays on screen after a change. */
const SHOWN_FOR_MS = 2500;

/** Sets the window's text size (the --text-zoom property app.css scales the root font size by). */
export function applyTextZoom(zoom: number): void {
  document.documentElement.style.setProperty('--text-zoom', String(zoom));
}

/** The size kept from last time, applied before the first paint so the window never jumps. */
export function applyStoredTextZoom(): void {
  applyTextZoom(readTextZoom(localStorage));
}

/**
 * Ctrl+= / Ctrl++ / Ctrl+- / Ctrl+0 (and Ctrl with the mouse wheel) anywhere in the window change
 * the text size a step, remember it, and say the new size in a polite live region (shown briefly
 * too). The browser's own zoom is prevented, so the two never compound.
 */
export function TextZoom(): ReactNode {
  const zoom = useRef(readTextZoom(localStorage));
  const [message, setMessage] = useState('');
  const hideTimer = useRef<number | undefined>(undefined);

  useEffect(() => {
    const change = (action: TextZoomAction) => {
      zoom.current = nextTextZoom(zoom.current, action);
      applyTextZoom(zoom.current);
      writeTextZoom(localStorage, zoom.current);
      setMessage(describeTextZoom(zoom.current));
      window.clearTimeout(hideTimer.current);
      hideTimer.current = window.setTimeout(() => setMessage(''), SHOWN_FOR_MS);
    };
    const onKeyDown = (event: KeyboardEvent) => {
      const action = textZoomActionFor(event);
      if (!action) return;
      event.preventDefault();
      change(action);
    };
    const onWheel = (event: WheelEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.deltaY === 0) return;
      event.preventDefault();
      change(event.deltaY < 0 ? 'larger' : 'smaller');
    };
    // Capture: before the editor or a dialog handles the key, so the size changes wherever the focus is.
    window.addEventListener('keydown', onKeyDown, { capture: true });
    window.addEventListener('wheel', onWheel, { passive: false });
    return () => {
      window.removeEventListener('keydown', onKeyDown, { capture: true });
      window.removeEventListener('wheel', onWheel);
      window.clearTimeout(hideTimer.current);
    };
  }, []);

  return (
    <p className="text-zoom-status" role="status" aria-live="polite" data-testid="text-zoom-status">
      {message}
    </p>
  );
}
