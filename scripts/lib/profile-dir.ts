import path from 'node:path';

/** The environment variables the profile choice reads (a subset of process.env). */
export interface ProfileEnv {
  MINUTE_BOOK_PROFILE?: string | undefined;
  XDG_DATA_HOME?: string | undefined;
  APPDATA?: string | undefined;
}

/**
 * Where the browser host keeps its Chromium profile, and with it the IndexedDB
 * that holds every draft. It lives in the user's own data folder (never in the
 * repository or a temp folder) so that drafts survive a fresh clone, `npm ci`
 * and a reboot. MINUTE_BOOK_PROFILE overrides it.
 */
export function browserProfileDir(platform: NodeJS.Platform, env: ProfileEnv, home: string): string {
  const paths = platform === 'win32' ? path.win32 : path.posix;
  if (env.MINUTE_BOOK_PROFILE) return paths.resolve(env.MINUTE_BOOK_PROFILE);
  if (platform === 'win32') {
    const appData = env.APPDATA || paths.join(home, 'AppData', 'Roaming');
    return paths.join(appData, 'Minute Book', 'browser-profile');
  }
  if (platform === 'darwin') {
    return paths.join(home, 'Library', 'Application Support', 'Minute Book', 'browser-profile');
  }
  // XDG Base Directory spec: a relative XDG_DATA_HOME is invalid and must be ignored.
  const xdg = env.XDG_DATA_HOME && paths.isAbsolute(env.XDG_DATA_HOME) ? env.XDG_DATA_HOME : undefined;
  return paths.join(xdg ?? paths.join(home, '.local', 'share'), 'minute-book', 'browser-profile');
}
