/**
 * What handing a meeting to the disk backups costs at 100,000 words, the figures
 * behind BACKUP_HAND_OVER_MS: the bytes per hand-over, the renderer's time to
 * build the file (composeMeetingFileText around the draft's JSON text) and the
 * shell's time to check it (parseMeetingFile). Printed, never asserted: the
 * assertions are about content (the composed file is the meeting, whole).
 */
import { describe, expect, it } from 'vitest';
import { composeMeetingFileText, parseMeetingFile, serialiseMeetingFile } from '../../../shared/meeting-file';
import { generateMeeting } from '../../bench/generate-meeting';

function medianMs(work: () => void, runs = 3): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const start = performance.now();
    work();
    times.push(performance.now() - start);
  }
  return times.sort((a, b) => a - b)[Math.floor(runs / 2)]!;
}

describe('a hand-over to the disk backups at 100,000 words', () => {
  // Generating 100,000 words with the editor's own nodes takes several seconds on the two-core build machines.
  it('is the whole meeting, as serialiseMeetingFile would write it, and its cost is printed', { timeout: 60_000 }, () => {
    const generated = generateMeeting(150, 100_000);
    const draftText = JSON.stringify(generated.editorState);
    const parts = { body: generated.body, roster: generated.roster, templates: [], meeting: generated.meeting, exportedAt: '2015-03-19T12:00:00.000Z' };

    let composed = '';
    const composeMs = medianMs(() => {
      composed = composeMeetingFileText(parts, draftText);
    });
    const parsed = parseMeetingFile(composed);
    if (!parsed.ok) throw new Error(parsed.message);
    // Character for character the file serialiseMeetingFile writes, without its indentation (compared as text:
    // a deep comparison of 100,000 words would cost more than everything measured).
    expect(composed).toBe(JSON.stringify(JSON.parse(serialiseMeetingFile({ ...parts, editorState: generated.editorState }))));
    expect(generated.words).toBeGreaterThan(95_000);

    const checkMs = medianMs(() => void parseMeetingFile(composed));
    const bytes = new TextEncoder().encode(composed).byteLength;
    console.log(
      `Backup hand-over at ${generated.words.toLocaleString('en-GB')} words: ${(bytes / (1024 * 1024)).toFixed(2)} MB per hand-over; ` +
        `renderer builds it in ${composeMs.toFixed(2)} ms (median of 3); the shell checks it in ${checkMs.toFixed(1)} ms`,
    );
  });
});
