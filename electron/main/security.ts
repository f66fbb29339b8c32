import type { Session, WebContents } from 'electron';
import { isAppUrl } from './app-origin';

/**
 * Schemes a page of ours may request. app: is our own origin; data: and blob:
 * never leave the process; devtools: is Chromium's own inspector. Everything
 * else (http, https, ws, file, ftp…) is cancelled: minutes, some of them
 * confidential Part 2 business, must never leave the machine.
 */
const LOCAL_SCHEMES = new Set(['devtools:', 'data:', 'blob:']);

/** True when a request for `url` stays on this machine and inside our origin. */
export function isLocalRequest(url: string): boolean {
  if (isAppUrl(url)) return true;
  let scheme: string;
  try {
    scheme = new URL(url).protocol;
  } catch {
    return false;
  }
  return LOCAL_SCHEMES.has(scheme);
}

/** The parts of WebContents the guard listens to (a fake will do in tests). */
export type GuardedContents = Pick<WebContents, 'on' | 'setWindowOpenHandler'>;

/** Keeps one web contents on app://minutes/: no navigating away, no pop-ups, no <webview>. */
export function guardWebContents(contents: GuardedContents): void {
  // A link or a redirect to anywhere else would load a page that could reach
  // the preload bridge, or would simply leave the officer stranded offline.
  contents.on('will-navigate', (event) => {
    if (!isAppUrl(event.url)) {
      event.preventDefault();
      console.warn(`Navigation to ${event.url} refused`);
    }
  });
  contents.on('will-redirect', (event) => {
    if (!isAppUrl(event.url)) {
      event.preventDefault();
      console.warn(`Redirect to ${event.url} refused`);
    }
  });
  contents.setWindowOpenHandler(({ url }) => {
    console.warn(`New window for ${url} refused`);
    return { action: 'deny' };
  });
  contents.on('will-attach-webview', (event) => {
    event.preventDefault();
    console.warn('<webview> refused');
  });
}

/** The parts of Session the guard configures (a fake will do in tests). */
export type GuardedSession = Pick<
  Session,
  'setPermissionRequestHandler' | 'setPermissionCheckHandler' | 'setSpellCheckerDictionaryDownloadURL' | 'webRequest'
>;

/**
 * An address nothing listens on. Chromium would otherwise download spelling
 * dictionaries from Google's servers on Windows and Linux; offline means bundled,
 * and spelling arrives in a later issue.
 */
export const NO_DICTIONARY_DOWNLOADS_URL = 'http://127.0.0.1:9/no-dictionary-downloads/';

/**
 * The one permission our own page may have: persistent storage, so Chromium
 * never evicts the IndexedDB that holds the minutes when the disk runs low.
 */
const GRANTED_TO_OUR_PAGE = new Set(['persistent-storage']);

/** Whether `permission`, asked for by a page at `requestingUrl`, is granted. */
export function isPermissionGranted(permission: string, requestingUrl: string): boolean {
  return GRANTED_TO_OUR_PAGE.has(permission) && isAppUrl(requestingUrl);
}

/** Refuses every permission but persistent storage, cancels every request that would leave the machine, stops dictionary downloads. */
export function guardSession(session: GuardedSession): void {
  // Minute-taking needs no camera, microphone, location, notifications or
  // clipboard-read: refuse them, both when asked and when a page merely checks.
  session.setPermissionRequestHandler((_contents, permission, callback, details) => {
    const granted = isPermissionGranted(permission, details.requestingUrl);
    if (!granted) console.warn(`Permission ${permission} refused for ${details.requestingUrl}`);
    callback(granted);
  });
  session.setPermissionCheckHandler((_contents, permission, requestingOrigin) =>
    isPermissionGranted(permission, requestingOrigin),
  );
  session.setSpellCheckerDictionaryDownloadURL(NO_DICTIONARY_DOWNLOADS_URL);
  session.webRequest.onBeforeRequest((details, callback) => {
    const cancel = !isLocalRequest(details.url);
    if (cancel) console.warn(`Request to ${details.url} cancelled: Minute Book works offline`);
    callback({ cancel });
  });
}
