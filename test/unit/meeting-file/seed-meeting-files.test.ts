import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseMeetingFile } from '../../../shared/meeting-file/meeting-file';
import { buildMeetingFiles } from '../../fixtures/meeting-files/build';

describe('the seed meeting files in test/fixtures/meeting-files', () => {
  const built = buildMeetingFiles();

  it.each(Object.keys(built))('%s is what build.ts makes from the transcription today (run it and commit if this fails)', (name) => {
    const committed = readFileSync(new URL(`../../fixtures/meeting-files/${name}`, import.meta.url), 'utf8');
    expect(committed).toBe(built[name]);
  });

  it.each(Object.keys(built))('%s reads back with no warnings', (name) => {
    const parsed = parseMeetingFile(built[name]!);
    expect(parsed.ok && parsed.warnings).toEqual([]);
  });
});
