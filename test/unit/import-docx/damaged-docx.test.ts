import { strToU8 } from 'fflate';
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { exportMeetingDocx } from '../../../shared/export/docx';
import { DOCX_MAX_BYTES, importMinutesDocx } from '../../../shared/import-docx';
import { parsePart } from '../../../shared/import-docx/word-xml';
import { meetingExportInput, parseMeetingFile } from '../../../shared/meeting-file/meeting-file';
import { PACKAGE_RELATIONSHIPS as RELS, docx, documentXml, para, withDirectoryEntry } from '../../support/minimal-docx';


/** Generous: each test exports or imports whole Word files, and the suite must pass on a loaded two-core machine. */
const TIMEOUT = 60_000;
/*
 * Files that are not good Word minutes are refused with one plain sentence and nothing else: not a zip, an old .doc,
 * too large, a zip bomb (stated honestly, or lying about its size), no document part, broken or unsafe XML, an
 * encrypted part, a file cut short — and a hundred random corruptions of a real export, none of which may throw.
 */

const MINUTES_BODY = [
  para('NOTES of a meeting of the Test Partnership held Online on Tuesday, 21 March 2023.'),
  para('PRESENT: Mr H Hill (Chair) and Ms S Brinson'),
  para('RESOLVED that the notes be agreed.'),
].join('');

const minimal = (body = MINUTES_BODY) => docx({ '_rels/.rels': RELS, 'word/document.xml': documentXml(body) });

const refusal = (bytes: Uint8Array) => {
  const result = importMinutesDocx(bytes, { fileName: 'hostile.docx', importedAt: 0 });
  return result.ok ? 'imported' : result.message;
};

describe('a damaged or hostile .docx', () => {
  it('is read when it is good: the minimal minutes the other cases break', () => {
    const result = importMinutesDocx(minimal(), { fileName: 'good.docx', importedAt: 0 });
    expect(result.ok && result.minutes.people.map((person) => person.surname)).toEqual(['Hill', 'Brinson']);
  }, TIMEOUT);

  it('is refused when it is not a zip, empty, or an old .doc', () => {
    expect(refusal(strToU8('Minutes of the meeting, typed as plain text.'))).toBe('The file is not a Word document (.docx): it is not a zip package.');
    expect(refusal(new Uint8Array(0))).toBe('The file is empty: it is not a Word document.');
    const ole = new Uint8Array(4096);
    ole.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    expect(refusal(ole)).toBe('The file is an old Word document (.doc) or is protected by a password: open it in Word and save it as a .docx without a password.');
  }, TIMEOUT);

  it('is refused unread when it is larger than a meeting file may be', () => {
    expect(refusal(new Uint8Array(DOCX_MAX_BYTES + 1))).toBe('The file is too large to be Word minutes (50.0 MB; the limit is 50 MB).');
  }, TIMEOUT);

  it('is refused as a zip bomb, whether it states its size or lies about it', () => {
    // A part that says it unpacks to 20 MB is refused before a byte is unpacked.
    const honest = withDirectoryEntry(minimal(), (view, entry) => view.setUint32(entry + 24, 20 * 1024 * 1024, true));
    expect(refusal(honest)).toBe('The Word document is unsafe or damaged: word/document.xml would unpack to more than 16.0 MB.');
    // One that says less than it holds is stopped as soon as it passes what it said.
    const lying = withDirectoryEntry(minimal(para('x'.repeat(100_000))), (view, entry) => view.setUint32(entry + 24, 4096, true));
    expect(refusal(lying)).toBe('The Word document is damaged: word/document.xml unpacks to more than its stated size.');
  }, TIMEOUT);

  it('is refused when it has no document part', () => {
    expect(refusal(docx({ '[Content_Types].xml': '<Types/>' }))).toBe('The file is not a Word document: it has no document part (word/document.xml).');
    const elsewhere = RELS.replace('word/document.xml', 'word/main.xml');
    expect(refusal(docx({ '_rels/.rels': elsewhere, 'word/document.xml': documentXml(MINUTES_BODY) }))).toBe('The file is not a Word document: it has no document part (word/main.xml).');
  }, TIMEOUT);

  it('is refused when its XML is broken or declares a DTD', () => {
    expect(refusal(docx({ 'word/document.xml': documentXml(MINUTES_BODY).replace('</w:body>', '') }))).toBe('The Word document is damaged: word/document.xml is not well-formed XML.');
    const laughs = `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;">]>${documentXml(para('&lol2;')).replace(/^<\?xml[^>]*\?>/, '')}`;
    expect(refusal(docx({ 'word/document.xml': laughs }))).toBe('The Word document is damaged or unsafe: word/document.xml declares a DTD, which Word never writes.');
  }, TIMEOUT);

  it('is refused, not held in memory, when a part has more elements than the cap', () => {
    const many = strToU8(documentXml('<w:p/>'.repeat(120)));
    expect(() => parsePart(many, 'word/document.xml', undefined, 100)).toThrow('The Word document is too large to import: word/document.xml has more than 100 elements.');
    expect(parsePart(many, 'word/document.xml', undefined, 1000).local).toBe('document');
  }, TIMEOUT);

  it('is refused when a part is encrypted, packed in a way Word does not use, or cut short', () => {
    const good = minimal();
    expect(refusal(withDirectoryEntry(good, (view, entry) => view.setUint16(entry + 8, view.getUint16(entry + 8, true) | 1, true)))).toBe(
      'The Word document is encrypted: open it in Word and save it without a password.',
    );
    expect(refusal(withDirectoryEntry(good, (view, entry) => view.setUint16(entry + 10, 12, true)))).toBe('The Word document is damaged: word/document.xml is packed in a way Word does not use (method 12).');
    expect(refusal(good.subarray(0, Math.floor(good.length / 2)))).toBe('The Word document is damaged: it is cut short (the table of contents at its end is missing).');
  }, TIMEOUT);

  it('is refused when it is a Word document but not minutes, or minutes with no date', () => {
    expect(refusal(minimal(para('Shopping list') + para('Bread, milk and eggs.')))).toBe('The document does not look like minutes: it has no PRESENT line and no minute headings.');
    expect(refusal(minimal(para('PRESENT: Mr A Smith') + para('RESOLVED that the report be noted.')))).toBe(
      'The minutes give no meeting date: there is no sentence such as "MINUTES of a meeting of … held on Thursday, 19 March 2015" and no date under the title.',
    );
  }, TIMEOUT);
});

describe('a hundred random corruptions of a real export', () => {
  let export2015: Uint8Array;
  beforeAll(async () => {
    const parsed = parseMeetingFile(readFileSync(new URL('../../fixtures/meeting-files/kcsp-2015-03-19.json', import.meta.url), 'utf8'));
    if (!parsed.ok) throw new Error(parsed.message);
    export2015 = await exportMeetingDocx(meetingExportInput(parsed.file), { version: 'full', draft: false });
  }, TIMEOUT);

  it('never throw: each is imported or refused with one plain sentence', () => {
    // A fixed seed, so a failure can be reproduced.
    let state = 20240501;
    const random = () => {
      state = (state * 1103515245 + 12345) % 2 ** 31;
      return state / 2 ** 31;
    };
    const outcomes = new Set<string>();
    for (let trial = 0; trial < 100; trial += 1) {
      const bytes = export2015.slice();
      const flips = 1 + Math.floor(random() * 8);
      for (let flip = 0; flip < flips; flip += 1) bytes[Math.floor(random() * bytes.length)] = Math.floor(random() * 256);
      const cut = random() < 0.2 ? bytes.subarray(0, Math.floor(random() * bytes.length)) : bytes;
      const result = importMinutesDocx(cut, { fileName: 'corrupt.docx', importedAt: 0 });
      if (result.ok) {
        expect(parseMeetingFile(result.text).ok).toBe(true);
        outcomes.add('imported');
      } else {
        expect(result.message).toMatch(/^[A-Z][^\n]*\.$/);
        expect(result.message).not.toMatch(/could not be imported \(/);
        outcomes.add(result.message.replace(/:.*/, ''));
      }
    }
    expect(outcomes.size).toBeGreaterThan(1);
  }, TIMEOUT);
});
