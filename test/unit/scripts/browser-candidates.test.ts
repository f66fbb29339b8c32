import { describe, expect, it } from 'vitest';
import { browserCandidates, describeSearch, findBrowser } from '../../../scripts/lib/browser-candidates';

describe('browserCandidates', () => {
  it('looks for each Chromium-family command on PATH and in /usr/bin on Linux, Chromium first', () => {
    const list = browserCandidates('linux', { PATH: '/opt/bin:/usr/bin' }).map((c) => c.executable);
    expect(list[0]).toBe('/opt/bin/chromium');
    expect(list).toContain('/usr/bin/chromium-browser');
    expect(list).toContain('/usr/bin/google-chrome');
    expect(list).toContain('/opt/bin/google-chrome-stable');
    expect(list).toContain('/usr/bin/microsoft-edge');
    expect(new Set(list).size).toBe(list.length);
  });

  it('still tries /usr/bin when PATH is empty', () => {
    expect(browserCandidates('linux', {}).map((c) => c.executable)).toContain('/usr/bin/chromium');
  });

  it('looks in the .app bundles under /Applications on macOS', () => {
    const list = browserCandidates('darwin', { HOME: '/Users/me' }).map((c) => c.executable);
    expect(list).toContain('/Applications/Google Chrome.app/Contents/MacOS/Google Chrome');
    expect(list).toContain('/Applications/Chromium.app/Contents/MacOS/Chromium');
    expect(list).toContain('/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge');
    expect(list).toContain('/Users/me/Applications/Google Chrome.app/Contents/MacOS/Google Chrome');
  });

  it('looks for Chrome and Edge under Program Files and LocalAppData on Windows', () => {
    const list = browserCandidates('win32', {
      PROGRAMFILES: 'C:\\Program Files',
      'PROGRAMFILES(X86)': 'C:\\Program Files (x86)',
      LOCALAPPDATA: 'C:\\Users\\me\\AppData\\Local',
    }).map((c) => c.executable);
    expect(list).toContain('C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe');
    expect(list).toContain('C:\\Users\\me\\AppData\\Local\\Google\\Chrome\\Application\\chrome.exe');
    expect(list).toContain('C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe');
  });

  it('uses only MINUTE_BOOK_BROWSER when it is set, as a path or a command on PATH', () => {
    expect(browserCandidates('linux', { MINUTE_BOOK_BROWSER: '/opt/edge/msedge', PATH: '/usr/bin' })).toEqual([
      { name: 'Microsoft Edge', executable: '/opt/edge/msedge' },
    ]);
    expect(browserCandidates('linux', { MINUTE_BOOK_BROWSER: 'brave', PATH: '/a:/b' }).map((c) => c.executable)).toEqual([
      '/a/brave',
      '/b/brave',
    ]);
    expect(describeSearch('linux', { MINUTE_BOOK_BROWSER: 'brave' })).toBe('MINUTE_BOOK_BROWSER=brave');
  });

  it('describes the Linux search by command name', () => {
    expect(describeSearch('linux', {})).toMatch(/^chromium, chromium-browser, google-chrome, .*microsoft-edge/);
  });
});

describe('findBrowser', () => {
  it('returns the first candidate that is executable, or null', () => {
    const candidates = browserCandidates('linux', { PATH: '/usr/bin' });
    expect(findBrowser(candidates, (file) => file === '/usr/bin/google-chrome')).toEqual({
      name: 'Google Chrome',
      executable: '/usr/bin/google-chrome',
    });
    expect(findBrowser(candidates, () => false)).toBeNull();
  });
});
