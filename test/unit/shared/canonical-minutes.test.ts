import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { meetingExportInput, parseMeetingFile } from '../../../shared/meeting-file';
import type { MeetingExportInput } from '../../../shared/export/export-options';
import { canonicalMinutes, canonicalMinutesSha256, stableJson } from '../../../shared/signing/canonical-minutes';
import { sha256Hex, sha256HexOfText } from '../../../shared/signing/sha256';

function seedMeeting(): MeetingExportInput {
  const parsed = parseMeetingFile(readFileSync(new URL('../../fixtures/meeting-files/kcsp-2015-03-19.json', import.meta.url), 'utf8'));
  if (!parsed.ok) throw new Error(parsed.message);
  return meetingExportInput(parsed.file);
}

/** The same JSON with every object's keys in reverse order. */
function reverseKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(reverseKeys);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(Object.entries(value).reverse().map(([key, member]) => [key, reverseKeys(member)]));
}

type Node = { type: string; text?: string; format?: number; children?: Node[] };

/** Splits every text node into two of the same formatting, as Lexical may after edits that left them apart. */
function splitTextNodes(node: Node): Node {
  if (!node.children) return node;
  const children = node.children.flatMap((child) => {
    if (child.type === 'text' && child.text && child.text.length > 1) {
      const half = Math.floor(child.text.length / 2);
      return [{ ...child, text: child.text.slice(0, half) }, { ...child, text: child.text.slice(half) }];
    }
    return [splitTextNodes(child)];
  });
  return { ...node, children };
}

describe('sha256Hex', () => {
  it('matches the FIPS 180-2 test vectors', async () => {
    expect(await sha256HexOfText('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(await sha256Hex(new Uint8Array(0))).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(await sha256HexOfText('abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq')).toBe(
      '248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1',
    );
  });
});

describe('canonical minutes', () => {
  it('writes sorted keys without white space, whatever order the value was built in', () => {
    expect(stableJson({ b: 1, a: [{ d: 'x', c: null }, 2], e: undefined })).toBe('{"a":[{"c":null,"d":"x"},2],"b":1}');
  });

  it('gives the same text and fingerprint for formatting-neutral re-serialisations of the same minutes', async () => {
    const input = seedMeeting();
    const original = await canonicalMinutesSha256(input);
    expect(original).toMatch(/^[0-9a-f]{64}$/);
    const asText = { ...input, editorState: JSON.stringify(input.editorState) };
    const reordered = { ...input, editorState: reverseKeys(input.editorState), meeting: reverseKeys(input.meeting) as typeof input.meeting };
    const split = { ...input, editorState: { root: splitTextNodes((input.editorState as { root: Node }).root) } };
    const laterStatus = { ...input, meeting: { ...input.meeting, status: 'signed' as const, updatedAt: input.meeting.updatedAt + 60_000 } };
    for (const same of [asText, reordered, split, laterStatus]) expect(await canonicalMinutesSha256(same)).toBe(original);
    expect(canonicalMinutes(split)).toBe(canonicalMinutes(input));
  });

  it('changes when a word of the minutes, a formatting or a fact of the meeting changes', async () => {
    const input = seedMeeting();
    const original = await canonicalMinutesSha256(input);
    const text = JSON.stringify(input.editorState);
    expect(text).toContain('an accurate record');
    const changedWord = { ...input, editorState: text.replace('an accurate record', 'a true record') };
    // (The word RESOLVED is bold however it was typed, so the change of formatting is made elsewhere.)
    const italic = { ...input, editorState: text.replace('"format":0,"mode":"normal","style":"","text":" that the minutes', '"format":2,"mode":"normal","style":"","text":" that the minutes') };
    expect(italic.editorState).not.toBe(text);
    const otherVenue = { ...input, meeting: { ...input.meeting, venue: 'Medway Room' } };
    const otherAttendance = { ...input, meeting: { ...input.meeting, attendance: {} } };
    const hashes = await Promise.all([changedWord, italic, otherVenue, otherAttendance].map(canonicalMinutesSha256));
    for (const hash of hashes) expect(hash).not.toBe(original);
    expect(new Set(hashes).size).toBe(hashes.length);
  });

  it('names its format and holds the minutes as read, mentions written out', () => {
    const canonical = JSON.parse(canonicalMinutes(seedMeeting())) as { format: string; version: number; minutes: { blocks: { runs: { text: string }[] }[] } };
    expect(canonical.format).toBe('minute-book/canonical-minutes');
    expect(canonical.version).toBe(1);
    const text = canonical.minutes.blocks.map((block) => block.runs.map((run) => run.text).join('')).join('\n');
    expect(text).toContain('RESOLVED that the minutes of the meeting held on the 14th of October 2014 are an accurate record');
    expect(text).toContain('proposed John Rivers of Kent Association of Local Councils as Vice-Chair');
  });
});
