import { EventEmitter } from 'node:events';
import type * as NodeEvents from 'node:events';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { Channels, type MinuteBookBridge } from '../../../shared/ipc/contract';

/** A stand-in for ipcRenderer: an emitter that records invoke and send. */
const electron = vi.hoisted(() => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- vi.hoisted runs before imports
  const { EventEmitter: Emitter } = require('node:events') as typeof NodeEvents;
  const ipcRenderer = Object.assign(new Emitter(), {
    invoke: vi.fn(async (..._args: unknown[]): Promise<unknown> => ({ status: 'cancelled' })),
    send: vi.fn(),
  });
  return { ipcRenderer, contextBridge: { exposeInMainWorld: vi.fn() } };
});
vi.mock('electron', () => electron);

await import('../../../electron/preload/index');
// Read before any test runs: mocks' call records are cleared between tests.
const exposed = [...electron.contextBridge.exposeInMainWorld.mock.calls];
const { createMinuteBookBridge } = await import('../../../electron/preload/bridge');

describe('the preload script', () => {
  it('exposes exactly saveFile, onFlushBeforeQuit, the backup functions and the storage functions as window.minuteBook', () => {
    expect(exposed).toHaveLength(1);
    const [key, bridge] = exposed[0] ?? [];
    expect(key).toBe('minuteBook');
    expect(Object.keys(bridge as object).sort()).toEqual([
      'backupMeeting',
      'chooseEmergencyFolder',
      'emergencyBackup',
      'guardDatabaseFiles',
      'listBackups',
      'onDiskSpace',
      'onFlushBeforeQuit',
      'readBackup',
      'saveFile',
    ]);
    expect(Object.values(bridge as object).every((value) => typeof value === 'function')).toBe(true);
  });
});

describe('createMinuteBookBridge', () => {
  let ipc: EventEmitter & { invoke: ReturnType<typeof vi.fn>; send: ReturnType<typeof vi.fn> };
  let bridge: MinuteBookBridge;

  beforeEach(() => {
    ipc = Object.assign(new EventEmitter(), { invoke: vi.fn(), send: vi.fn() });
    bridge = createMinuteBookBridge(ipc as unknown as Parameters<typeof createMinuteBookBridge>[0]);
  });

  /** Lets the bridge's promise chain run to the end. */
  const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

  it('saveFile invokes the save channel with the request and returns main’s answer', async () => {
    ipc.invoke.mockResolvedValue({ status: 'saved', path: '/home/officer/Documents/Cabinet.docx' });
    const request = { kind: 'docx' as const, suggestedName: 'Cabinet.docx', bytes: new Uint8Array([1]) };
    await expect(bridge.saveFile(request)).resolves.toEqual({ status: 'saved', path: '/home/officer/Documents/Cabinet.docx' });
    expect(ipc.invoke).toHaveBeenCalledWith(Channels.saveFile, request);
  });

  it('backupMeeting, listBackups and readBackup invoke their channels with the request and nothing else', async () => {
    ipc.invoke.mockResolvedValueOnce({ status: 'ignored by the bridge' });
    await expect(bridge.backupMeeting({ meetingId: 'kcsp-2015-03-19', meetingFile: '{}' })).resolves.toBeUndefined();
    expect(ipc.invoke).toHaveBeenLastCalledWith(Channels.backupMeeting, { meetingId: 'kcsp-2015-03-19', meetingFile: '{}' });

    const listed = [{ meetingId: 'kcsp-2015-03-19', backupId: '20150319T103000000Z-periodic' }];
    ipc.invoke.mockResolvedValueOnce(listed);
    await expect(bridge.listBackups({})).resolves.toBe(listed);
    expect(ipc.invoke).toHaveBeenLastCalledWith(Channels.listBackups, {});

    ipc.invoke.mockResolvedValueOnce('{"format":"minute-book/meeting"}');
    await expect(bridge.readBackup({ meetingId: 'kcsp-2015-03-19', backupId: '20150319T103000000Z-periodic' })).resolves.toBe('{"format":"minute-book/meeting"}');
    expect(ipc.invoke).toHaveBeenLastCalledWith(Channels.readBackup, { meetingId: 'kcsp-2015-03-19', backupId: '20150319T103000000Z-periodic' });
  });

  it('emergencyBackup, chooseEmergencyFolder and guardDatabaseFiles invoke their channels with the request and return main’s answer', async () => {
    const written = { status: 'written', path: '/home/officer/.config/Minute Book/backups/kcsp/x-emergency.json', place: 'backups' };
    ipc.invoke.mockResolvedValueOnce(written);
    await expect(bridge.emergencyBackup({ meetingId: 'kcsp-2015-03-19', meetingFile: '{}' })).resolves.toBe(written);
    expect(ipc.invoke).toHaveBeenLastCalledWith(Channels.emergencyBackup, { meetingId: 'kcsp-2015-03-19', meetingFile: '{}' });

    ipc.invoke.mockResolvedValueOnce({ status: 'cancelled' });
    await expect(bridge.chooseEmergencyFolder({ meetingId: 'kcsp-2015-03-19' })).resolves.toEqual({ status: 'cancelled' });
    expect(ipc.invoke).toHaveBeenLastCalledWith(Channels.chooseEmergencyFolder, { meetingId: 'kcsp-2015-03-19' });

    ipc.invoke.mockResolvedValueOnce({ status: 'ready' });
    await expect(bridge.guardDatabaseFiles({ step: 'before-open', reason: 'reopen' })).resolves.toEqual({ status: 'ready' });
    expect(ipc.invoke).toHaveBeenLastCalledWith(Channels.guardDatabaseFiles, { step: 'before-open', reason: 'reopen' });
  });

  it('passes main’s free-space readings to the page, checked, never the event, and stops when asked', () => {
    const heard: unknown[] = [];
    const stop = bridge.onDiskSpace((space) => heard.push(space));
    ipc.emit(Channels.diskSpace, { sender: 'secret' }, { freeBytes: 150 * 1024 * 1024, low: true });
    ipc.emit(Channels.diskSpace, {}, { freeBytes: -1, low: 'yes' });
    ipc.emit(Channels.diskSpace, {}, 'full');
    expect(heard).toEqual([{ freeBytes: 150 * 1024 * 1024, low: true }]);
    stop();
    ipc.emit(Channels.diskSpace, {}, { freeBytes: 100 * 1024 * 1024, low: true });
    expect(heard).toHaveLength(1);
  });

  it('gives a screen that listens late the reading main sent before it listened', () => {
    ipc.emit(Channels.diskSpace, {}, { freeBytes: 150 * 1024 * 1024, low: true });
    ipc.emit(Channels.diskSpace, {}, { freeBytes: 120 * 1024 * 1024, low: true });
    const heard: unknown[] = [];
    bridge.onDiskSpace((space) => heard.push(space));
    expect(heard).toEqual([{ freeBytes: 120 * 1024 * 1024, low: true }]);
  });

  it('passes a refusal from main on to the page', async () => {
    ipc.invoke.mockRejectedValueOnce(new Error('minutes:backup-meeting refused: invalid payload'));
    await expect(bridge.backupMeeting({ meetingId: '../etc', meetingFile: '{}' })).rejects.toThrow('refused');
  });

  it('answers a flush request with its id once the flush has saved', async () => {
    let finish: (saved: boolean) => void = () => undefined;
    bridge.onFlushBeforeQuit(() => new Promise((resolve) => (finish = resolve)));
    ipc.emit(Channels.flushBeforeQuit, { sender: 'secret' }, { requestId: 3 });
    await settle();
    expect(ipc.send).not.toHaveBeenCalled();
    finish(true);
    await settle();
    expect(ipc.send).toHaveBeenCalledWith(Channels.flushedBeforeQuit, { requestId: 3, saved: true });
  });

  it('answers saved: false when the flush throws', async () => {
    bridge.onFlushBeforeQuit(() => Promise.reject(new Error('QuotaExceededError')));
    ipc.emit(Channels.flushBeforeQuit, {}, { requestId: 8 });
    await settle();
    expect(ipc.send).toHaveBeenCalledWith(Channels.flushedBeforeQuit, { requestId: 8, saved: false });
  });

  it('never passes the IPC event to the page’s flush function', async () => {
    const flush = vi.fn(async () => true);
    bridge.onFlushBeforeQuit(flush);
    ipc.emit(Channels.flushBeforeQuit, { sender: 'secret' }, { requestId: 1 });
    await settle();
    expect(flush).toHaveBeenCalledWith();
  });

  it('ignores a malformed flush request', async () => {
    const flush = vi.fn(async () => true);
    bridge.onFlushBeforeQuit(flush);
    ipc.emit(Channels.flushBeforeQuit, {}, { requestId: -1 });
    ipc.emit(Channels.flushBeforeQuit, {}, 'quit');
    await settle();
    expect(flush).not.toHaveBeenCalled();
    expect(ipc.send).not.toHaveBeenCalled();
  });

  it('stops listening once unsubscribed', async () => {
    const flush = vi.fn(async () => true);
    const unsubscribe = bridge.onFlushBeforeQuit(flush);
    unsubscribe();
    ipc.emit(Channels.flushBeforeQuit, {}, { requestId: 2 });
    await settle();
    expect(flush).not.toHaveBeenCalled();
    expect(ipc.listenerCount(Channels.flushBeforeQuit)).toBe(0);
  });
});
