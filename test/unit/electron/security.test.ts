import { EventEmitter } from 'node:events';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import {
  guardSession,
  guardWebContents,
  isLocalRequest,
  NO_DICTIONARY_DOWNLOADS_URL,
  type GuardedContents,
  type GuardedSession,
} from '../../../electron/main/security';

beforeEach(() => {
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
});

/** A stand-in for WebContents: an emitter plus the window-open handler it was given. */
class FakeContents extends EventEmitter {
  windowOpenHandler: ((details: { url: string }) => { action: string }) | undefined;
  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }): void {
    this.windowOpenHandler = handler;
  }
  /** Emits a preventable event with `url` and says whether a listener prevented it. */
  navigate(eventName: string, url: string): boolean {
    let prevented = false;
    this.emit(eventName, { url, preventDefault: () => (prevented = true) });
    return prevented;
  }
}

function guardedContents(): FakeContents {
  const contents = new FakeContents();
  guardWebContents(contents as unknown as GuardedContents);
  return contents;
}

describe('guardWebContents', () => {
  it.each(['will-navigate', 'will-redirect'])('%s stays on app://minutes/', (eventName) => {
    const contents = guardedContents();
    expect(contents.navigate(eventName, 'app://minutes/index.html#/meetings/4')).toBe(false);
    expect(contents.navigate(eventName, 'https://example.com/')).toBe(true);
    expect(contents.navigate(eventName, 'file:///etc/passwd')).toBe(true);
    expect(contents.navigate(eventName, 'app://evil/index.html')).toBe(true);
    expect(contents.navigate(eventName, 'http://127.0.0.1:5173/')).toBe(true);
  });

  it('denies every new window', () => {
    const contents = guardedContents();
    expect(contents.windowOpenHandler?.({ url: 'app://minutes/index.html' })).toEqual({ action: 'deny' });
    expect(contents.windowOpenHandler?.({ url: 'https://example.com/' })).toEqual({ action: 'deny' });
  });

  it('refuses to attach a <webview>', () => {
    expect(guardedContents().navigate('will-attach-webview', 'app://minutes/index.html')).toBe(true);
  });
});

describe('guardSession', () => {
  type RequestHandler = (
    contents: unknown,
    permission: string,
    callback: (granted: boolean) => void,
    details: { requestingUrl: string },
  ) => void;
  type CheckHandler = (...args: unknown[]) => boolean;
  type BeforeRequest = (details: { url: string }, callback: (response: { cancel?: boolean }) => void) => void;

  function guardedSession() {
    const session = {
      setPermissionRequestHandler: vi.fn<(handler: RequestHandler) => void>(),
      setPermissionCheckHandler: vi.fn<(handler: CheckHandler) => void>(),
      setSpellCheckerDictionaryDownloadURL: vi.fn<(url: string) => void>(),
      webRequest: { onBeforeRequest: vi.fn<(listener: BeforeRequest) => void>() },
    };
    guardSession(session as unknown as GuardedSession);
    return session;
  }

  function permissionAnswers(permission: string, url: string, origin: string) {
    const session = guardedSession();
    const request = session.setPermissionRequestHandler.mock.calls[0]?.[0];
    const check = session.setPermissionCheckHandler.mock.calls[0]?.[0];
    let requested: boolean | undefined;
    request?.({}, permission, (granted) => (requested = granted), { requestingUrl: url });
    return { requested, checked: check?.(null, permission, origin, {}) };
  }

  it.each(['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal', 'fullscreen'])(
    'refuses %s even to our own page',
    (permission) => {
      expect(permissionAnswers(permission, 'app://minutes/index.html', 'app://minutes')).toEqual({ requested: false, checked: false });
    },
  );

  it('grants persistent storage to our own page only, so the minutes are never evicted', () => {
    expect(permissionAnswers('persistent-storage', 'app://minutes/index.html', 'app://minutes')).toEqual({
      requested: true,
      checked: true,
    });
    expect(permissionAnswers('persistent-storage', 'https://evil.example/', 'https://evil.example')).toEqual({
      requested: false,
      checked: false,
    });
  });

  it('points dictionary downloads at a local address nothing serves', () => {
    const session = guardedSession();
    expect(session.setSpellCheckerDictionaryDownloadURL).toHaveBeenCalledWith(NO_DICTIONARY_DOWNLOADS_URL);
    expect(new URL(NO_DICTIONARY_DOWNLOADS_URL).hostname).toBe('127.0.0.1');
  });

  it('cancels every request that would leave the machine', () => {
    const listener = guardedSession().webRequest.onBeforeRequest.mock.calls[0]?.[0];
    const cancelled = (url: string): boolean | undefined => {
      let answer: boolean | undefined;
      listener?.({ url }, (response) => (answer = response.cancel));
      return answer;
    };
    expect(cancelled('app://minutes/assets/app.js')).toBe(false);
    expect(cancelled('data:image/png;base64,iVBORw0KGgo=')).toBe(false);
    expect(cancelled('blob:app://minutes/4b0f3c1e')).toBe(false);
    expect(cancelled('devtools://devtools/bundled/inspector.html')).toBe(false);
    expect(cancelled('https://fonts.googleapis.com/css')).toBe(true);
    expect(cancelled('http://127.0.0.1:9/no-dictionary-downloads/en-GB-10-1.bdic')).toBe(true);
    expect(cancelled('wss://example.com/socket')).toBe(true);
    expect(cancelled('file:///home/officer/minutes.docx')).toBe(true);
    expect(cancelled('app://elsewhere/x.js')).toBe(true);
  });
});

describe('isLocalRequest', () => {
  it('refuses what is not a URL', () => {
    expect(isLocalRequest('::not a url::')).toBe(false);
  });
});
