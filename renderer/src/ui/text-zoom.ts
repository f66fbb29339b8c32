/**
 * Text size for the whole window, chosen with Ctrl+= / Ctrl+- / Ctrl+0 (as in Word and the
 * browsers) and kept between sessions. It scales the root font size: every size in app.css is
 * in rem, the minutes' 12 pt included, so text, controls and the layout around them grow together.
 * The browser's (or Electron's) own page zoom is kept out of it, so the two never compound.
 */
import { z } from 'zod';

/** The sizes offered, as fractions of the usual size: 80% to 200%. */
export const TEXT_ZOOM_STEPS = [0.8, 0.9, 1, 1.1, 1.2, 1.35, 1.5, 1.75, 2] as const;
export const DEFAULT_TEXT_ZOOM = 1;

/** Where the chosen size is kept (localStorage: it belongs to this computer's officer, not to a meeting). */
export const TEXT_ZOOM_STORAGE_KEY = 'minute-book.text-zoom';

export type TextZoomAction = 'larger' | 'smaller' | 'reset';

/** The keys and what they do, for the shortcuts panel (the same table the keys are matched with below). */
export const TEXT_ZOOM_SHORTCUTS: readonly { keys: string; description: string }[] = [
  { keys: 'Ctrl+= or Ctrl++', description: 'Larger text (up to 200%)' },
  { keys: 'Ctrl+-', description: 'Smaller text (down to 80%)' },
  { keys: 'Ctrl+0', description: 'Text back to its usual size' },
];

/** Which text-size action a key press asks for, if any: by key and by key position, so the number pad and other layouts work too. */
export function textZoomActionFor(event: Pick<KeyboardEvent, 'key' | 'code' | 'ctrlKey' | 'metaKey' | 'altKey'>): TextZoomAction | null {
  if (!(event.ctrlKey || event.metaKey) || event.altKey) return null;
  if (event.key === '=' || event.key === '+' || event.code === 'Equal' || event.code === 'NumpadAdd') return 'larger';
  if (event.key === '-' || event.key === '_' || event.code === 'Minus' || event.code === 'NumpadSubtract') return 'smaller';
  if (event.key === '0' || event.code === 'Digit0' || event.code === 'Numpad0') return 'reset';
  return null;
}

/** The size after `action`, one step at a time, staying within 80%–200%. */
export function nextTextZoom(current: number, action: TextZoomAction): number {
  if (action === 'reset') return DEFAULT_TEXT_ZOOM;
  const index = TEXT_ZOOM_STEPS.indexOf(snapToStep(current));
  const next = action === 'larger' ? Math.min(index + 1, TEXT_ZOOM_STEPS.length - 1) : Math.max(index - 1, 0);
  return TEXT_ZOOM_STEPS[next]!;
}

/** The nearest offered size (a value from an older version or typed into storage by hand). */
export function snapToStep(value: number): (typeof TEXT_ZOOM_STEPS)[number] {
  return TEXT_ZOOM_STEPS.reduce((best, step) => (Math.abs(step - value) < Math.abs(best - value) ? step : best));
}

/** "Text size 120%": what the screen reader says and the window shows after a change. */
export function describeTextZoom(zoom: number): string {
  return `Text size ${Math.round(zoom * 100)}%`;
}

const storedZoom = z.coerce.number().min(TEXT_ZOOM_STEPS[0]).max(TEXT_ZOOM_STEPS[TEXT_ZOOM_STEPS.length - 1]!);

/** The size kept in storage; anything missing, unreadable or out of range is the usual size. */
export function readTextZoom(storage: Pick<Storage, 'getItem'>): number {
  let raw: string | null;
  try {
    raw = storage.getItem(TEXT_ZOOM_STORAGE_KEY);
  } catch {
    return DEFAULT_TEXT_ZOOM; // storage refused (a locked-down profile): the usual size, nothing lost
  }
  if (raw === null) return DEFAULT_TEXT_ZOOM;
  const parsed = storedZoom.safeParse(raw);
  return parsed.success ? snapToStep(parsed.data) : DEFAULT_TEXT_ZOOM;
}

/** Keeps the size for next time; a refusal only means it is not remembered. */
export function writeTextZoom(storage: Pick<Storage, 'setItem' | 'removeItem'>, zoom: number): void {
  try {
    if (zoom === DEFAULT_TEXT_ZOOM) storage.removeItem(TEXT_ZOOM_STORAGE_KEY);
    else storage.setItem(TEXT_ZOOM_STORAGE_KEY, String(zoom));
  } catch {
    // Not remembered, but the size on screen has changed: nothing the officer typed is at stake.
  }
}
