import { describe, expect, it } from 'vitest';
import { browserProfileDir } from '../../../scripts/lib/profile-dir';

describe('browserProfileDir', () => {
  it('uses XDG_DATA_HOME on Linux when it is absolute', () => {
    expect(browserProfileDir('linux', { XDG_DATA_HOME: '/data/me' }, '/home/me')).toBe('/data/me/minute-book/browser-profile');
  });

  it('falls back to ~/.local/share on Linux, ignoring a relative XDG_DATA_HOME', () => {
    expect(browserProfileDir('linux', {}, '/home/me')).toBe('/home/me/.local/share/minute-book/browser-profile');
    expect(browserProfileDir('linux', { XDG_DATA_HOME: 'relative' }, '/home/me')).toBe(
      '/home/me/.local/share/minute-book/browser-profile',
    );
  });

  it('uses Application Support on macOS', () => {
    expect(browserProfileDir('darwin', {}, '/Users/me')).toBe('/Users/me/Library/Application Support/Minute Book/browser-profile');
  });

  it('uses %APPDATA% on Windows, or Roaming under the home folder', () => {
    expect(browserProfileDir('win32', { APPDATA: 'C:\\Users\\me\\AppData\\Roaming' }, 'C:\\Users\\me')).toBe(
      'C:\\Users\\me\\AppData\\Roaming\\Minute Book\\browser-profile',
    );
    expect(browserProfileDir('win32', {}, 'C:\\Users\\me')).toBe('C:\\Users\\me\\AppData\\Roaming\\Minute Book\\browser-profile');
  });

  it('lets MINUTE_BOOK_PROFILE override every platform', () => {
    expect(browserProfileDir('linux', { MINUTE_BOOK_PROFILE: '/tmp/p', XDG_DATA_HOME: '/x' }, '/home/me')).toBe('/tmp/p');
    expect(browserProfileDir('darwin', { MINUTE_BOOK_PROFILE: '/tmp/p' }, '/Users/me')).toBe('/tmp/p');
  });
});
