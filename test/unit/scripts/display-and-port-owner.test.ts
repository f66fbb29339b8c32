import { describe, expect, it } from 'vitest';
import { hasDisplay } from '../../../scripts/lib/display';
import { parseMarker } from '../../../scripts/lib/port-owner';

describe('hasDisplay', () => {
  it('needs DISPLAY or WAYLAND_DISPLAY on Linux only', () => {
    expect(hasDisplay('linux', {})).toBe(false);
    expect(hasDisplay('linux', { DISPLAY: ':0' })).toBe(true);
    expect(hasDisplay('linux', { WAYLAND_DISPLAY: 'wayland-0' })).toBe(true);
    expect(hasDisplay('darwin', {})).toBe(true);
    expect(hasDisplay('win32', {})).toBe(true);
  });
});

describe('parseMarker', () => {
  it('recognises only a Minute Book server', () => {
    expect(parseMarker(200, '{"app":"minute-book","root":"/r"}')).toEqual({ kind: 'minute-book', root: '/r' });
    expect(parseMarker(200, '{"app":"other","root":"/r"}')).toEqual({ kind: 'other' });
    expect(parseMarker(404, '{"app":"minute-book","root":"/r"}')).toEqual({ kind: 'other' });
    expect(parseMarker(200, '<html>')).toEqual({ kind: 'other' });
  });
});
