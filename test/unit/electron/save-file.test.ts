import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { describeWriteFailure, saveFile, type SaveFileDependencies } from '../../../electron/main/save-file';

const target = path.join(path.sep, 'home', 'officer', 'Documents', 'Cabinet.docx');
const errno = (code: string) => Object.assign(new Error(`${code}: failed`), { code });
const bytes = new Uint8Array([1, 2, 3]);
const meetingFile = new Uint8Array(readFileSync(new URL('../../fixtures/meeting-files/kcsp-2015-03-19.json', import.meta.url)));

describe('describeWriteFailure', () => {
  it.each([
    ['ENOSPC', `The disk is full: ${target} could not be saved. Free some space or choose another drive, then export again.`],
    ['EACCES', `You do not have permission to write to ${target}. Choose another folder, such as Documents, or close the file if it is open in Word.`],
    ['EPERM', `You do not have permission to write to ${target}. Choose another folder, such as Documents, or close the file if it is open in Word.`],
    ['EBUSY', `${target} is in use by another program, perhaps Word. Close it there, then export again.`],
    ['EROFS', `The disk holding ${target} is read-only. Choose another folder.`],
  ])('%s reads as plain words', (code, message) => {
    expect(describeWriteFailure(errno(code), target)).toBe(message);
  });

  it('falls back to the error text for anything unforeseen', () => {
    expect(describeWriteFailure(new Error('the cable was pulled'), target)).toBe(`${target} could not be saved: the cable was pulled`);
  });
});

describe('saveFile', () => {
  function deps(chosen: string | null, writeFile = vi.fn(async () => undefined)): SaveFileDependencies & { writeFile: typeof writeFile } {
    return { documentsFolder: path.dirname(target), chooseSavePath: vi.fn(async () => chosen), writeFile };
  }

  it('adds .docx when the file chooser left it off (Linux)', async () => {
    const d = deps(path.join(path.dirname(target), 'Cabinet final'));
    expect(await saveFile({ kind: 'docx', suggestedName: 'Cabinet.docx', bytes }, d)).toEqual({
      status: 'saved',
      path: path.join(path.dirname(target), 'Cabinet final.docx'),
    });
    expect(d.writeFile).toHaveBeenCalledWith(path.join(path.dirname(target), 'Cabinet final.docx'), bytes);
  });

  it('keeps an upper-case .DOCX as chosen', async () => {
    const chosen = path.join(path.dirname(target), 'CABINET.DOCX');
    expect(await saveFile({ kind: 'docx', suggestedName: 'Cabinet.docx', bytes }, deps(chosen))).toEqual({ status: 'saved', path: chosen });
  });

  it('reports a full disk as failed, in plain words', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const d = deps(target, vi.fn(() => Promise.reject(errno('ENOSPC'))));
    expect(await saveFile({ kind: 'docx', suggestedName: 'Cabinet.docx', bytes }, d)).toEqual({
      status: 'failed',
      message: describeWriteFailure(errno('ENOSPC'), target),
    });
  });
});

describe('saveFile for a meeting file', () => {
  it('offers the meeting-file filter and adds .json when the chooser left it off', async () => {
    const chooseSavePath = vi.fn(async () => path.join(path.sep, 'home', 'officer', 'Documents', 'KCSP March'));
    const writeFile = vi.fn(async () => undefined);
    const result = await saveFile(
      { kind: 'meeting', suggestedName: 'KCSP March.json', bytes: meetingFile },
      { documentsFolder: path.join(path.sep, 'home', 'officer', 'Documents'), chooseSavePath, writeFile },
    );
    expect(chooseSavePath).toHaveBeenCalledWith(path.join(path.sep, 'home', 'officer', 'Documents', 'KCSP March.json'), 'meeting');
    expect(result).toEqual({ status: 'saved', path: path.join(path.sep, 'home', 'officer', 'Documents', 'KCSP March.json') });
  });

  it('checks a meeting file whole before anything is asked or written, and refuses a broken one with the reason', async () => {
    const chooseSavePath = vi.fn(async () => path.join(path.sep, 'tmp', 'x.json'));
    const writeFile = vi.fn(async () => undefined);
    const result = await saveFile({ kind: 'meeting', suggestedName: 'KCSP March.json', bytes }, { documentsFolder: path.sep, chooseSavePath, writeFile });
    expect(result).toEqual({ status: 'failed', message: 'The file is not a Minute Book meeting file: it is not JSON (at line 1, column 1 there is “<U+0001>” where a value should be).' });
    expect(chooseSavePath).not.toHaveBeenCalled();
    expect(writeFile).not.toHaveBeenCalled();
  });
});
