import { describe, expect, it } from 'vitest';
import { SEED_000_WORKING_GROUP_UPDATE } from '../../fixtures/seed-000-working-group';
import { SEED_001_MINUTES_92_TO_96 } from '../../fixtures/seed-001-minutes-92-96';
import { readSeed, type SeedName } from '../../fixtures/seeds/read-seed';

/** The seed's text with white space folded (a missing seed fails the test). */
const seedText = (name: SeedName) => readSeed(name).replace(/\s+/g, ' ');

describe('seed 001 transcription', () => {
  it('has every paragraph of minutes 92–96 exactly as the seed prints it', () => {
    const seed = seedText('001_27efcbc9c765a2a8.txt');
    for (const minute of SEED_001_MINUTES_92_TO_96) {
      expect(seed).toContain(`${minute.number}. ${minute.title}`);
      for (const paragraph of minute.paragraphs) expect(seed).toContain(paragraph);
    }
    expect(SEED_001_MINUTES_92_TO_96.flatMap((m) => m.paragraphs)).toHaveLength(31);
  });

  it('has every paragraph of the 2019 Working Group Update exactly as seed 000 prints it', () => {
    const seed = seedText('000_8ae6432f9e1f618f.txt');
    expect(seed).toContain(SEED_000_WORKING_GROUP_UPDATE.title);
    for (const paragraph of SEED_000_WORKING_GROUP_UPDATE.paragraphs) expect(seed).toContain(paragraph);
  });
});

describe('the seed minutes', () => {
  it('are read from test/fixtures/seeds, and a missing one fails rather than passing quietly', () => {
    expect(readSeed('002_0941d698233bc959.txt')).toContain('NOTES of a meeting of the Kent Community Safety Partnership held Online on Tuesday, 21 March 2023.');
    expect(() => readSeed('003_not-here.txt' as SeedName)).toThrow(/The seed minutes .*003_not-here\.txt are missing/);
  });
});
