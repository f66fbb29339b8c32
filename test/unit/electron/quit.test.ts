import { EventEmitter } from 'node:events';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { installQuitHandshake, type QuitHandshakeDependencies } from '../../../electron/main/quit';
import { Channels } from '../../../shared/ipc/contract';
import { QUIT_FLUSH_TIMEOUT_MS } from '../../../shared/ipc/quit-handshake';

const topFrame = { url: 'app://minutes/index.html', parent: null };

/** An app that quits only when before-quit goes unprevented, as Electron's does. */
class FakeApp extends EventEmitter {
  quitAttempts = 0;
  quitted = false;
  quit(): void {
    this.quitAttempts += 1;
    let prevented = false;
    this.emit('before-quit', { preventDefault: () => (prevented = true) });
    if (!prevented) this.quitted = true;
  }
}

function setUp(options: { window?: boolean } = {}) {
  const app = new FakeApp();
  const ipcMain = new EventEmitter();
  const send = vi.fn();
  const window = { isDestroyed: () => false, webContents: { isDestroyed: () => false, send } };
  const handshake = installQuitHandshake({
    app,
    ipcMain,
    getWindow: () => (options.window === false ? null : window),
  } as unknown as QuitHandshakeDependencies);
  const answer = (payload: unknown, senderFrame: unknown = topFrame): void => {
    ipcMain.emit(Channels.flushedBeforeQuit, { senderFrame }, payload);
  };
  return { app, send, handshake, answer };
}

beforeEach(() => {
  vi.useFakeTimers();
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  vi.spyOn(console, 'info').mockImplementation(() => undefined);
});

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('the quit handshake', () => {
  it('holds the quit, asks the renderer to flush and quits when it answers', () => {
    const { app, send, answer } = setUp();
    app.quit();
    expect(app.quitted).toBe(false);
    expect(send).toHaveBeenCalledTimes(1);
    expect(send).toHaveBeenCalledWith(Channels.flushBeforeQuit, { requestId: 0 });
    answer({ requestId: 0, saved: true });
    expect(app.quitted).toBe(true);
    expect(app.quitAttempts).toBe(2);
  });

  it('quits after the renderer answers that it could not save', () => {
    const { app, answer } = setUp();
    app.quit();
    answer({ requestId: 0, saved: false });
    expect(app.quitted).toBe(true);
  });

  it('ignores an answer to another request id and keeps waiting', () => {
    const { app, answer } = setUp();
    app.quit();
    answer({ requestId: 41, saved: true });
    expect(app.quitted).toBe(false);
    answer({ requestId: 0, saved: true });
    expect(app.quitted).toBe(true);
  });

  it('ignores an answer from a foreign or sub-frame sender, or a malformed one', () => {
    const { app, answer } = setUp();
    app.quit();
    answer({ requestId: 0, saved: true }, { url: 'https://evil.example/', parent: null });
    answer({ requestId: 0, saved: true }, { url: 'app://minutes/index.html', parent: topFrame });
    answer({ requestId: 0, saved: true }, null);
    answer({ requestId: '0', saved: true });
    answer({ requestId: 0 });
    expect(app.quitted).toBe(false);
    expect(console.warn).toHaveBeenCalledTimes(5);
  });

  it('refuses and logs an oversized answer, and keeps waiting', () => {
    const { app, answer } = setUp();
    app.quit();
    answer({ requestId: 0, saved: true, padding: 'x'.repeat(2048) });
    expect(app.quitted).toBe(false);
    expect(console.warn).toHaveBeenCalledWith('IPC minutes:flushed-before-quit refused: the payload is larger than the 1.0 KB this channel accepts');
  });

  it('logs a malformed answer with what is wrong with it', () => {
    const { app, answer } = setUp();
    app.quit();
    answer({ requestId: '0', saved: true });
    expect(app.quitted).toBe(false);
    expect(console.warn).toHaveBeenCalledWith(expect.stringMatching(/^IPC minutes:flushed-before-quit refused: invalid payload: requestId: /));
  });

  it('quits after the timeout when the renderer never answers, and not before', () => {
    const { app } = setUp();
    app.quit();
    vi.advanceTimersByTime(QUIT_FLUSH_TIMEOUT_MS - 1);
    expect(app.quitted).toBe(false);
    vi.advanceTimersByTime(1);
    expect(app.quitted).toBe(true);
  });

  it('does not restart the wait when Quit is chosen again meanwhile', () => {
    const { app, send } = setUp();
    app.quit();
    vi.advanceTimersByTime(QUIT_FLUSH_TIMEOUT_MS - 100);
    app.quit();
    expect(send).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(100);
    expect(app.quitted).toBe(true);
  });

  it('ignores a late answer after the timeout has already quit', () => {
    const { app, answer } = setUp();
    app.quit();
    vi.advanceTimersByTime(QUIT_FLUSH_TIMEOUT_MS);
    const attempts = app.quitAttempts;
    answer({ requestId: 0, saved: true });
    expect(app.quitAttempts).toBe(attempts);
  });

  it('quits at once when there is no window', () => {
    const { app, send } = setUp({ window: false });
    app.quit();
    expect(app.quitted).toBe(true);
    expect(send).not.toHaveBeenCalled();
  });

  it('holds the window close too, since closing it quits the app', () => {
    const { app, send, handshake, answer } = setUp();
    const close = { preventDefault: vi.fn() };
    handshake.onWindowClose(close);
    expect(close.preventDefault).toHaveBeenCalledTimes(1);
    expect(send).toHaveBeenCalledWith(Channels.flushBeforeQuit, { requestId: 0 });
    answer({ requestId: 0, saved: true });
    expect(app.quitted).toBe(true);
    // Electron then closes the window as part of quitting: that close must pass.
    const secondClose = { preventDefault: vi.fn() };
    handshake.onWindowClose(secondClose);
    expect(secondClose.preventDefault).not.toHaveBeenCalled();
  });
});
