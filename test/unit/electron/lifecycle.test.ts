import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type * as NodeEvents from 'node:events';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { Channels } from '../../../shared/ipc/contract';

const electron = vi.hoisted(() => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- vi.hoisted runs before imports
  const { EventEmitter } = require('node:events') as typeof NodeEvents;
  let markReady: () => void = () => undefined;
  const app = Object.assign(new EventEmitter(), {
    requestSingleInstanceLock: vi.fn(() => true),
    whenReady: vi.fn(() => new Promise<void>((resolve) => (markReady = resolve))),
    quit: vi.fn(),
    exit: vi.fn(),
    getPath: vi.fn(() => '/home/officer/Documents'),
    setPath: vi.fn(),
  });
  const windows: Array<InstanceType<typeof EventEmitter> & Record<string, unknown>> = [];
  class BrowserWindow extends EventEmitter {
    static fromWebContents = vi.fn();
    options: unknown;
    loadURL = vi.fn(async () => undefined);
    show = vi.fn();
    focus = vi.fn();
    restore = vi.fn();
    isMinimized = vi.fn(() => true);
    isDestroyed = vi.fn(() => false);
    webContents = { isDestroyed: () => false, send: vi.fn(), on: vi.fn() };
    constructor(options: unknown) {
      super();
      this.options = options;
      windows.push(this as unknown as InstanceType<typeof EventEmitter> & Record<string, unknown>);
    }
  }
  const defaultSession = {
    setPermissionRequestHandler: vi.fn(),
    setPermissionCheckHandler: vi.fn(),
    setSpellCheckerDictionaryDownloadURL: vi.fn(),
    webRequest: { onBeforeRequest: vi.fn() },
  };
  return {
    app,
    ready: () => markReady(),
    windows,
    BrowserWindow,
    session: { defaultSession },
    protocol: { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() },
    ipcMain: Object.assign(new EventEmitter(), { handle: vi.fn() }),
    dialog: { showSaveDialog: vi.fn() },
    Menu: { buildFromTemplate: vi.fn((template: unknown) => template), setApplicationMenu: vi.fn() },
    nativeTheme: { shouldUseDarkColors: false, themeSource: 'system' },
  };
});
vi.mock('electron', () => electron);

const { startMinuteBook } = await import('../../../electron/main/lifecycle');

const shellDir = path.join(path.sep, 'opt', 'minute-book', 'resources', 'app', 'dist', 'electron');
const flushMicrotasks = () => new Promise((resolve) => setTimeout(resolve, 0));

beforeEach(() => {
  electron.app.removeAllListeners();
  electron.ipcMain.removeAllListeners();
  electron.windows.length = 0;
});

describe('startMinuteBook', () => {
  it('uses the data folder named by MINUTE_BOOK_USER_DATA before taking the single-instance lock', () => {
    process.env.MINUTE_BOOK_USER_DATA = 'profiles/test-1';
    try {
      const order: string[] = [];
      electron.app.setPath.mockImplementationOnce(() => void order.push('setPath'));
      electron.app.requestSingleInstanceLock.mockImplementationOnce(() => (order.push('lock'), false));
      startMinuteBook(shellDir);
      expect(electron.app.setPath).toHaveBeenCalledWith('userData', path.resolve('profiles/test-1'));
      expect(order).toEqual(['setPath', 'lock']);
    } finally {
      delete process.env.MINUTE_BOOK_USER_DATA;
    }
  });

  it('leaves at once, registering nothing, when another Minute Book holds the lock', () => {
    electron.app.requestSingleInstanceLock.mockReturnValueOnce(false);
    startMinuteBook(shellDir);
    expect(electron.app.quit).toHaveBeenCalledTimes(1);
    expect(electron.protocol.registerSchemesAsPrivileged).not.toHaveBeenCalled();
    expect(electron.app.whenReady).not.toHaveBeenCalled();
  });

  it('registers app:// as privileged before ready, then guards, serves and opens the window on ready', async () => {
    startMinuteBook(shellDir);
    expect(electron.protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      { scheme: 'app', privileges: expect.objectContaining({ standard: true, secure: true }) },
    ]);
    expect(electron.protocol.handle).not.toHaveBeenCalled();
    expect(electron.windows).toHaveLength(0);

    electron.ready();
    await flushMicrotasks();

    expect(electron.session.defaultSession.setPermissionCheckHandler).toHaveBeenCalledTimes(1);
    expect(electron.session.defaultSession.webRequest.onBeforeRequest).toHaveBeenCalledTimes(1);
    expect(electron.protocol.handle).toHaveBeenCalledWith('app', expect.any(Function));
    expect(electron.ipcMain.handle).toHaveBeenCalledWith(Channels.saveFile, expect.any(Function));
    for (const channel of [Channels.emergencyBackup, Channels.chooseEmergencyFolder, Channels.guardDatabaseFiles]) {
      expect(electron.ipcMain.handle).toHaveBeenCalledWith(channel, expect.any(Function));
    }
    expect(electron.Menu.setApplicationMenu).toHaveBeenCalledTimes(1); // without Electron's zoom accelerators
    expect(electron.windows).toHaveLength(1);
    const window = electron.windows[0];
    expect(window?.loadURL).toHaveBeenCalledWith('app://minutes/index.html');
    expect(window?.options).toMatchObject({ webPreferences: { preload: path.join(shellDir, 'preload.cjs'), sandbox: true } });
  });

  it('serves the renderer from dist/renderer beside dist/electron', async () => {
    const dist = await mkdtemp(path.join(tmpdir(), 'minute-book-dist-'));
    try {
      await mkdir(path.join(dist, 'renderer'), { recursive: true });
      await writeFile(path.join(dist, 'renderer', 'index.html'), '<title>Minute Book</title>');
      startMinuteBook(path.join(dist, 'electron'));
      electron.ready();
      await flushMicrotasks();
      const handler = electron.protocol.handle.mock.calls[0]?.[1] as (request: Request) => Promise<Response>;
      const response = await handler(new Request('app://minutes/'));
      expect(response.status).toBe(200);
      expect(await response.text()).toBe('<title>Minute Book</title>');
    } finally {
      await rm(dist, { recursive: true, force: true });
    }
  });

  it('focuses and restores the existing window when Minute Book is launched again', async () => {
    startMinuteBook(shellDir);
    electron.ready();
    await flushMicrotasks();
    electron.app.emit('second-instance');
    expect(electron.windows[0]?.restore).toHaveBeenCalledTimes(1);
    expect(electron.windows[0]?.focus).toHaveBeenCalledTimes(1);
  });

  it('quits when the window is closed, on every platform', () => {
    startMinuteBook(shellDir);
    electron.app.emit('window-all-closed');
    expect(electron.app.quit).toHaveBeenCalledTimes(1);
  });

  it('guards every web contents as it is created', () => {
    startMinuteBook(shellDir);
    const contents = { on: vi.fn(), setWindowOpenHandler: vi.fn() };
    electron.app.emit('web-contents-created', {}, contents);
    expect(contents.setWindowOpenHandler).toHaveBeenCalledTimes(1);
    expect(contents.on.mock.calls.map(([name]) => name).sort()).toEqual(['will-attach-webview', 'will-navigate', 'will-redirect']);
  });

  it('asks the renderer to flush when the window is closed', async () => {
    startMinuteBook(shellDir);
    electron.ready();
    await flushMicrotasks();
    const window = electron.windows[0];
    const close = { preventDefault: vi.fn() };
    window?.emit('close', close);
    expect(close.preventDefault).toHaveBeenCalledTimes(1);
    expect((window?.webContents as { send: ReturnType<typeof vi.fn> }).send).toHaveBeenCalledWith(Channels.flushBeforeQuit, {
      requestId: 0,
    });
  });
});
