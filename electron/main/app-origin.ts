/**
 * The one origin Minute Book's pages live at. IndexedDB, and so every draft of the
 * minutes, belongs to this origin: change the scheme or host and the officer's
 * saved meetings "disappear". It must never change.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'minutes';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_START_URL = `${APP_ORIGIN}/index.html`;

/** True when `url` is a page or file of our own origin, app://minutes/ (no port, no user). */
export function isAppUrl(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  // Compare the parts, not URL.origin: Node reports "null" as the origin of a
  // scheme it does not know, while Chromium knows ours is standard.
  return (
    parsed.protocol === `${APP_SCHEME}:` &&
    parsed.host === APP_HOST &&
    parsed.username === '' &&
    parsed.password === ''
  );
}
