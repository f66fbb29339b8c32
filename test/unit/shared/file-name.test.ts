import { describe, expect, it } from 'vitest';
import { MAX_FILE_NAME_STEM, minutesFileName } from '../../../shared/export/file-name';
import { SaveFileRequestSchema } from '../../../shared/ipc/contract';

const kcsp = { bodyName: 'Kent Community Safety Partnership', date: '2015-03-19', documentWord: 'NOTES' as const };
const acceptedByTheShell = (name: string) => SaveFileRequestSchema.safeParse({ kind: 'docx', suggestedName: name, bytes: new Uint8Array([1]) }).success;

describe('minutesFileName', () => {
  it('names the file after the body, the date and the document word', () => {
    expect(minutesFileName(kcsp)).toBe('Kent Community Safety Partnership - 19 March 2015 - NOTES.docx');
    expect(minutesFileName({ ...kcsp, documentWord: 'MINUTES', date: '2023-03-21' })).toBe(
      'Kent Community Safety Partnership - 21 March 2023 - MINUTES.docx',
    );
  });

  it('removes characters file systems refuse, and control characters', () => {
    const name = minutesFileName({ ...kcsp, bodyName: 'Health/Wellbeing: "Adults" <Board> | A\\B? *Kent*\u0007\u001f' });
    expect(name).toBe('Health Wellbeing Adults Board A B Kent - 19 March 2015 - NOTES.docx');
    expect(acceptedByTheShell(name)).toBe(true);
  });

  it('keeps accents, ampersands and apostrophes', () => {
    expect(minutesFileName({ ...kcsp, bodyName: 'Kent & Medway Café Owners’ Forum' })).toBe(
      'Kent & Medway Café Owners’ Forum - 19 March 2015 - NOTES.docx',
    );
  });

  it('shortens a long body name so the name stays within 150 characters and keeps the date', () => {
    const name = minutesFileName({ ...kcsp, bodyName: 'Kent and Medway '.repeat(12).trim() });
    const stem = name.slice(0, -'.docx'.length);
    expect([...stem].length).toBeLessThanOrEqual(MAX_FILE_NAME_STEM);
    expect(stem.endsWith(' - 19 March 2015 - NOTES')).toBe(true);
    expect(stem.startsWith('Kent and Medway Kent and Medway')).toBe(true);
    expect(stem).not.toMatch(/\s - 19/);
    expect(acceptedByTheShell(name)).toBe(true);
  });

  it('still gives a usable name when nothing of the body name survives', () => {
    const name = minutesFileName({ ...kcsp, bodyName: '???' });
    expect(name).toBe('19 March 2015 - NOTES.docx');
    expect(acceptedByTheShell(name)).toBe(true);
  });
});
