import { describe, expect, it } from 'vitest';
import { formatBackupSize, formatBackupTime } from '../../../renderer/src/features/backups/backup-format';
import { previewOfMinutes, wordsIn } from '../../../shared/minutes/minutes-preview';
import { SEED } from '../electron/backup-fixtures';

describe('the Restore screen’s words', () => {
  it('gives a backup’s time in the council’s style, to the second, in local time', () => {
    expect(formatBackupTime(new Date(2015, 2, 19, 10, 4, 37).getTime())).toBe('Thursday, 19 March 2015, 10.04.37 am');
    expect(formatBackupTime(new Date(2026, 10, 22, 14, 5, 3).getTime())).toBe('Sunday, 22 November 2026, 2.05.03 pm');
  });

  it('gives sizes in bytes, KB or MB', () => {
    expect(formatBackupSize(850)).toBe('850 bytes');
    expect(formatBackupSize(88_482)).toBe('86 KB');
    expect(formatBackupSize(1_384_000)).toBe('1.3 MB');
  });

  it('previews a backup’s minutes as the export reads them: minute headings with their numbers, then the paragraphs', () => {
    const lines = previewOfMinutes(SEED);
    expect(lines.slice(0, 4)).toEqual([
      { kind: 'heading', text: '92. Notes of meeting held on 8th October 2014', level: 0 },
      { kind: 'text', text: 'RESOLVED that the minutes of the meeting held on the 14th of October 2014 are an accurate record and that they be signed by the Chairman.', level: 0 },
      { kind: 'heading', text: '93. Election of Vice-Chairman', level: 0 },
      { kind: 'text', text: 'Mr Hill proposed John Rivers of Kent Association of Local Councils as Vice-Chair, motion seconded by Zena Cooke. Agreed without a vote.', level: 0 },
    ]);
    expect(lines.every((line) => line.text.trim() !== '')).toBe(true);
    expect(wordsIn(lines)).toBeGreaterThan(1000);
  });
});
