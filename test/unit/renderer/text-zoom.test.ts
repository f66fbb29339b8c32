import { describe, expect, it } from 'vitest';
import {
  describeTextZoom,
  nextTextZoom,
  readTextZoom,
  TEXT_ZOOM_STEPS,
  TEXT_ZOOM_STORAGE_KEY,
  textZoomActionFor,
  writeTextZoom,
} from '../../../renderer/src/ui/text-zoom';

/** A Map standing in for localStorage. */
function memoryStorage(initial: Record<string, string> = {}) {
  const map = new Map(Object.entries(initial));
  return {
    map,
    getItem: (key: string) => map.get(key) ?? null,
    setItem: (key: string, value: string) => void map.set(key, value),
    removeItem: (key: string) => void map.delete(key),
  };
}

const press = (key: string, code: string, mods: { ctrl?: boolean; meta?: boolean; alt?: boolean } = { ctrl: true }) =>
  textZoomActionFor({ key, code, ctrlKey: mods.ctrl ?? false, metaKey: mods.meta ?? false, altKey: mods.alt ?? false });

describe('text zoom keys', () => {
  it('reads Ctrl+= and Ctrl++ (Ctrl+Shift+= and the number pad) as larger, Ctrl+- as smaller, Ctrl+0 as reset', () => {
    expect(press('=', 'Equal')).toBe('larger');
    expect(press('+', 'Equal')).toBe('larger'); // Ctrl+Shift+= on a British or American keyboard
    expect(press('+', 'NumpadAdd')).toBe('larger');
    expect(press('+', 'BracketRight')).toBe('larger'); // German layout's own + key
    expect(press('-', 'Minus')).toBe('smaller');
    expect(press('-', 'NumpadSubtract')).toBe('smaller');
    expect(press('0', 'Digit0')).toBe('reset');
    expect(press('0', 'Numpad0')).toBe('reset');
    expect(press('=', 'Equal', { meta: true })).toBe('larger'); // Cmd on a Mac
  });

  it('leaves other keys alone: no Ctrl, Ctrl+Alt (AltGr), and ordinary Ctrl shortcuts', () => {
    expect(press('=', 'Equal', {})).toBeNull();
    expect(press('-', 'Minus', { ctrl: true, alt: true })).toBeNull();
    expect(press('s', 'KeyS')).toBeNull();
    expect(press('1', 'Digit1')).toBeNull();
  });
});

describe('text zoom steps', () => {
  it('goes up and down one step at a time between 80% and 200%, and resets to 100%', () => {
    expect(nextTextZoom(1, 'larger')).toBe(1.1);
    expect(nextTextZoom(1.1, 'larger')).toBe(1.2);
    expect(nextTextZoom(1, 'smaller')).toBe(0.9);
    expect(nextTextZoom(0.8, 'smaller')).toBe(0.8);
    expect(nextTextZoom(2, 'larger')).toBe(2);
    expect(nextTextZoom(1.75, 'reset')).toBe(1);
    let zoom = 1;
    const seen = [];
    for (let i = 0; i < 12; i++) seen.push((zoom = nextTextZoom(zoom, 'larger')));
    expect(seen.slice(0, 6)).toEqual([1.1, 1.2, 1.35, 1.5, 1.75, 2]);
    expect(TEXT_ZOOM_STEPS[0]).toBe(0.8);
  });

  it('says the size in words for the screen reader', () => {
    expect(describeTextZoom(1.2)).toBe('Text size 120%');
    expect(describeTextZoom(1.35)).toBe('Text size 135%');
  });
});

describe('remembering the text size', () => {
  it('keeps a chosen size and forgets the usual one', () => {
    const storage = memoryStorage();
    writeTextZoom(storage, 1.2);
    expect(storage.map.get(TEXT_ZOOM_STORAGE_KEY)).toBe('1.2');
    expect(readTextZoom(storage)).toBe(1.2);
    writeTextZoom(storage, 1);
    expect(storage.map.has(TEXT_ZOOM_STORAGE_KEY)).toBe(false);
    expect(readTextZoom(storage)).toBe(1);
  });

  it('reads anything damaged or out of range as the usual size, and snaps an in-between value to a step', () => {
    expect(readTextZoom(memoryStorage({ [TEXT_ZOOM_STORAGE_KEY]: 'large' }))).toBe(1);
    expect(readTextZoom(memoryStorage({ [TEXT_ZOOM_STORAGE_KEY]: '9' }))).toBe(1);
    expect(readTextZoom(memoryStorage({ [TEXT_ZOOM_STORAGE_KEY]: '0.1' }))).toBe(1);
    expect(readTextZoom(memoryStorage({ [TEXT_ZOOM_STORAGE_KEY]: '1.24' }))).toBe(1.2);
  });

  it('carries on when storage refuses', () => {
    const refusing = {
      getItem: () => {
        throw new Error('SecurityError');
      },
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
      removeItem: () => {
        throw new Error('SecurityError');
      },
    };
    expect(readTextZoom(refusing)).toBe(1);
    expect(() => writeTextZoom(refusing, 1.5)).not.toThrow();
  });
});
