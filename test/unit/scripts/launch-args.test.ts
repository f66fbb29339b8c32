import { describe, expect, it } from 'vitest';
import { browserAppArgs } from '../../../scripts/lib/launch-args';

const base = { url: 'http://127.0.0.1:47213/', profileDir: '/home/me/.local/share/minute-book/browser-profile' };

describe('browserAppArgs', () => {
  it('opens an app window on its own profile with no background traffic', () => {
    expect(browserAppArgs({ ...base, platform: 'linux', isRoot: false })).toEqual([
      '--app=http://127.0.0.1:47213/',
      '--user-data-dir=/home/me/.local/share/minute-book/browser-profile',
      '--no-first-run',
      '--no-default-browser-check',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ]);
  });

  it('turns the sandbox off only for root on Linux', () => {
    expect(browserAppArgs({ ...base, platform: 'linux', isRoot: true })).toContain('--no-sandbox');
    expect(browserAppArgs({ ...base, platform: 'darwin', isRoot: true })).not.toContain('--no-sandbox');
    expect(browserAppArgs({ ...base, platform: 'linux', isRoot: false })).not.toContain('--no-sandbox');
  });
});
