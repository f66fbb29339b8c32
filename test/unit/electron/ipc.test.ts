import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { Channels, DEFAULT_IPC_PAYLOAD_LIMIT, ipcPayloadLimit, MAX_SAVED_FILE_BYTES, type SaveFileResult } from '../../../shared/ipc/contract';

type InvokeHandler = (event: unknown, payload: unknown) => Promise<unknown>;

const electron = vi.hoisted(() => {
  const handlers = new Map<string, InvokeHandler>();
  return {
    handlers,
    ipcMain: { handle: (channel: string, handler: InvokeHandler) => handlers.set(channel, handler) },
    app: { getPath: vi.fn<(name: string) => string>() },
    dialog: { showSaveDialog: vi.fn() },
    BrowserWindow: { fromWebContents: vi.fn() },
  };
});
vi.mock('electron', () => electron);

const { handleValidated, registerIpcHandlers } = await import('../../../electron/main/ipc');

const topFrame = { url: 'app://minutes/index.html', parent: null };
const ourWindow = { id: 1 };
const eventFrom = (senderFrame: unknown) => ({ senderFrame, sender: { id: 7 } });
const docxBytes = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]);

let documents: string;
let warn: ReturnType<typeof vi.spyOn>;

beforeEach(async () => {
  documents = await mkdtemp(path.join(tmpdir(), 'minute-book-ipc-'));
  electron.handlers.clear();
  electron.app.getPath.mockImplementation((name) => (name === 'documents' ? documents : '/nowhere'));
  electron.BrowserWindow.fromWebContents.mockReturnValue(ourWindow);
  electron.dialog.showSaveDialog.mockReset();
  warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
  registerIpcHandlers();
});

afterEach(async () => {
  vi.restoreAllMocks();
  await rm(documents, { recursive: true, force: true });
});

function saveFile(event: unknown, payload: unknown): Promise<SaveFileResult> {
  const handler = electron.handlers.get(Channels.saveFile);
  if (!handler) throw new Error('saveFile is not registered');
  return handler(event, payload) as Promise<SaveFileResult>;
}

describe('saveFile over IPC', () => {
  it('saves to the chosen path, starting the dialog in Documents with a Word filter', async () => {
    const chosen = path.join(documents, 'Cabinet 19 March 2015.docx');
    electron.dialog.showSaveDialog.mockResolvedValue({ canceled: false, filePath: chosen });
    const result = await saveFile(eventFrom(topFrame), { kind: 'docx', suggestedName: 'Cabinet.docx', bytes: docxBytes });
    expect(result).toEqual({ status: 'saved', path: chosen });
    expect(electron.dialog.showSaveDialog).toHaveBeenCalledWith(ourWindow, {
      defaultPath: path.join(documents, 'Cabinet.docx'),
      filters: [{ name: 'Word document', extensions: ['docx'] }],
    });
    expect([...(await readFile(chosen))]).toEqual([...docxBytes]);
    expect(await readdir(documents)).toEqual(['Cabinet 19 March 2015.docx']);
  });

  it('answers cancelled and writes nothing when the officer cancels', async () => {
    electron.dialog.showSaveDialog.mockResolvedValue({ canceled: true, filePath: '' });
    const result = await saveFile(eventFrom(topFrame), { kind: 'docx', suggestedName: 'Cabinet.docx', bytes: docxBytes });
    expect(result).toEqual({ status: 'cancelled' });
    expect(await readdir(documents)).toEqual([]);
  });

  it('answers failed in plain words when the folder cannot be written', async () => {
    const chosen = path.join(documents, 'no-such-folder', 'Cabinet.docx');
    electron.dialog.showSaveDialog.mockResolvedValue({ canceled: false, filePath: chosen });
    const result = await saveFile(eventFrom(topFrame), { kind: 'docx', suggestedName: 'Cabinet.docx', bytes: docxBytes });
    expect(result).toEqual({ status: 'failed', message: `The folder for ${chosen} no longer exists. Choose another folder.` });
  });

  it('refuses a sender on another origin, logs it and shows no dialog', async () => {
    const event = eventFrom({ url: 'https://evil.example/', parent: null });
    await expect(saveFile(event, { kind: 'docx', suggestedName: 'Cabinet.docx', bytes: docxBytes })).rejects.toThrow(
      'minutes:save-file refused: the sender is not on app://minutes/ (https://evil.example/)',
    );
    expect(warn).toHaveBeenCalledWith('IPC minutes:save-file refused: the sender is not on app://minutes/ (https://evil.example/)');
    expect(electron.dialog.showSaveDialog).not.toHaveBeenCalled();
  });

  it('refuses a sub-frame of our own origin', async () => {
    const event = eventFrom({ url: 'app://minutes/index.html', parent: topFrame });
    await expect(saveFile(event, { kind: 'docx', suggestedName: 'Cabinet.docx', bytes: docxBytes })).rejects.toThrow(
      'the sender is a sub-frame, not the top frame',
    );
    expect(warn).toHaveBeenCalledWith('IPC minutes:save-file refused: the sender is a sub-frame, not the top frame');
    expect(electron.dialog.showSaveDialog).not.toHaveBeenCalled();
  });

  it('refuses a sender whose frame is gone', async () => {
    await expect(saveFile(eventFrom(null), { kind: 'docx', suggestedName: 'Cabinet.docx', bytes: docxBytes })).rejects.toThrow(
      'the sending frame is gone',
    );
  });

  it.each([
    ['a name with a path in it', { kind: 'docx', suggestedName: '../../.bashrc.docx', bytes: docxBytes }, 'suggestedName: File name has characters a file system refuses'],
    ['a name not ending .docx', { kind: 'docx', suggestedName: 'Cabinet.exe', bytes: docxBytes }, 'suggestedName: File name must end in the extension of its kind (.docx or .json)'],
    ['a Word file sent as a meeting file', { kind: 'meeting', suggestedName: 'Cabinet.docx', bytes: docxBytes }, 'suggestedName: File name must end in the extension of its kind (.docx or .json)'],
    ['an unknown kind', { kind: 'exe', suggestedName: 'Cabinet.exe', bytes: docxBytes }, 'kind: '],
    ['empty bytes', { kind: 'docx', suggestedName: 'Cabinet.docx', bytes: new Uint8Array() }, 'bytes: The file is empty'],
    ['bytes as a plain array', { kind: 'docx', suggestedName: 'Cabinet.docx', bytes: [1, 2, 3] }, 'bytes: '],
    ['no payload', undefined, '(payload): '],
  ])('refuses %s, names the issue and never opens the dialog', async (_what, payload, issue) => {
    await expect(saveFile(eventFrom(topFrame), payload)).rejects.toThrow(issue);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining(`IPC minutes:save-file refused: invalid payload: ${issue}`));
    expect(electron.dialog.showSaveDialog).not.toHaveBeenCalled();
  });
});

describe('the three refusals an IT reviewer asks for, each rejected and logged', () => {
  const payload = { kind: 'docx', suggestedName: 'Cabinet.docx', bytes: docxBytes };

  it('a wrong sender', async () => {
    await expect(saveFile(eventFrom({ url: 'https://evil.example/', parent: null }), payload)).rejects.toThrow('minutes:save-file refused');
    expect(warn).toHaveBeenCalledWith('IPC minutes:save-file refused: the sender is not on app://minutes/ (https://evil.example/)');
  });

  it('a malformed payload', async () => {
    await expect(saveFile(eventFrom(topFrame), { ...payload, kind: 42 })).rejects.toThrow('minutes:save-file refused: invalid payload');
    expect(warn).toHaveBeenCalledWith(expect.stringMatching(/^IPC minutes:save-file refused: invalid payload: kind: /));
  });

  it('an oversized payload: a file past the limit, refused before zod reads it and before any dialog', async () => {
    const limit = ipcPayloadLimit(Channels.saveFile);
    expect(limit).toBe(MAX_SAVED_FILE_BYTES + 64 * 1024);
    const oversized = { ...payload, bytes: new Uint8Array(limit + 1) };
    await expect(saveFile(eventFrom(topFrame), oversized)).rejects.toThrow(
      'minutes:save-file refused: the payload is larger than the 50.1 MB this channel accepts',
    );
    expect(warn).toHaveBeenCalledWith('IPC minutes:save-file refused: the payload is larger than the 50.1 MB this channel accepts');
    expect(electron.dialog.showSaveDialog).not.toHaveBeenCalled();
  });

  it('an oversized payload made of many small parts', async () => {
    const flood = { ...payload, extra: Array.from({ length: 2000 }, () => 'x'.repeat(30_000)) };
    await expect(saveFile(eventFrom(topFrame), flood)).rejects.toThrow('the payload is larger than');
    expect(warn).toHaveBeenCalledWith('IPC minutes:save-file refused: the payload is larger than the 50.1 MB this channel accepts');
  });

  it('a file just within the 50 MB limit still reaches the dialog', async () => {
    electron.dialog.showSaveDialog.mockResolvedValue({ canceled: true, filePath: '' });
    const result = await saveFile(eventFrom(topFrame), { ...payload, bytes: new Uint8Array(MAX_SAVED_FILE_BYTES) });
    expect(result).toEqual({ status: 'cancelled' });
    expect(warn).not.toHaveBeenCalled();
  });
});

describe('handleValidated', () => {
  it('checks the size before the schema, so zod never walks an oversized payload', async () => {
    const schema = z.object({ text: z.string() });
    const safeParse = vi.spyOn(schema, 'safeParse');
    handleValidated('minutes:test', schema, () => 'handled');
    const invoke = electron.handlers.get('minutes:test')!;
    await expect(invoke(eventFrom(topFrame), { text: 'x'.repeat(DEFAULT_IPC_PAYLOAD_LIMIT) })).rejects.toThrow(
      'minutes:test refused: the payload is larger than',
    );
    expect(safeParse).not.toHaveBeenCalled();
    await expect(invoke(eventFrom(topFrame), { text: 'short' })).resolves.toBe('handled');
    expect(safeParse).toHaveBeenCalledTimes(1);
  });

  it('refuses to register a channel without the minutes: prefix', () => {
    expect(() => handleValidated('save-file', z.object({}), () => undefined)).toThrow('must start with minutes:');
  });

  it('hands the parsed payload, not the raw one, to the handler', async () => {
    const handler = vi.fn((payload: { count: number }) => payload.count * 2);
    handleValidated('minutes:test', z.object({ count: z.number() }).strip(), handler);
    const result = await electron.handlers.get('minutes:test')?.(eventFrom(topFrame), { count: 21, extra: 'dropped' });
    expect(result).toBe(42);
    expect(handler.mock.calls[0]?.[0]).toEqual({ count: 21 });
  });
});
