import { readFileSync } from 'node:fs';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { BodiesRepository } from '../../../renderer/src/db/bodies-repository';
import { openMinuteBookDatabase } from '../../../renderer/src/db/database';
import { MeetingImportRepository, importedFileOf } from '../../../renderer/src/db/import-repository';
import { withAbbreviationsAdded } from '../../../shared/autocorrect/abbreviations';
import { parseMeetingFile, serialiseMeetingFile, type MeetingFile } from '../../../shared/meeting-file/meeting-file';
import { defaultBodySettings } from '../../../shared/model/body';

const goodText = readFileSync(new URL('../../fixtures/meeting-files/kcsp-2015-03-19.json', import.meta.url), 'utf8');
const good = (): MeetingFile => JSON.parse(goodText) as MeetingFile;
const KCC = { short: 'kcc', full: 'Kent County Council' };
const KFRS = { short: 'kfrs', full: 'Kent Fire and Rescue Service' };

function withAbbreviations(abbreviations: unknown): string {
  const file = good();
  return JSON.stringify({ ...file, body: { ...file.body, abbreviations } });
}

function database() {
  return openMinuteBookDatabase(`abbreviations-${Math.random()}`, { indexedDB: new IDBFactory(), IDBKeyRange });
}

describe('a committee’s abbreviations at every door', () => {
  it('the meeting file carries them as the app writes them, and reads them back', () => {
    const parsed = parseMeetingFile(withAbbreviations([KCC, KFRS]));
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.warnings).toEqual([]);
    expect(parsed.file.body.abbreviations).toEqual([KCC, KFRS]);
    const again = parseMeetingFile(serialiseMeetingFile({ ...parsed.file, editorState: parsed.file.minutes.editorState }));
    expect(again.ok && again.file.body.abbreviations).toEqual([KCC, KFRS]);
    expect(parseMeetingFile(withAbbreviations([])).ok).toBe(true);
  });

  it('refuses anything else with one sentence naming the place', () => {
    const refused = (abbreviations: unknown) => {
      const result = parseMeetingFile(withAbbreviations(abbreviations));
      return result.ok ? 'accepted' : result.message;
    };
    expect(refused([KCC, { short: 'KCC', full: 'Kent' }])).toBe(
      "The meeting file cannot be used: the committee's settings, abbreviations, entry 2, short form: the text “KCC”: the same short form as abbreviation 1.",
    );
    expect(refused([{ short: 'kcc', full: '' }])).toBe(
      "The meeting file cannot be used: the committee's settings, abbreviations, entry 1, words it stands for: empty (give the words it stands for, such as “Kent County Council”).",
    );
    expect(refused([{ short: 'k cc', full: 'Kent County Council' }])).toMatch(/abbreviations, entry 1, short form: the text “k cc”: a short form is one word of letters and digits/);
    expect(refused('kcc')).toBe("The meeting file cannot be used: the committee's settings, abbreviations: should be a list, not the text “kcc”.");
    for (const bad of [[KCC, { short: 'kcc', full: 'Kent' }], [{ short: 'kcc', full: '' }], [{ short: 'a/b', full: 'x' }], [{ short: 'kcc' }], 'kcc', [1]]) {
      expect(refused(bad)).toMatch(/^The meeting file cannot be used: the committee.s settings, abbreviations/);
    }
  });

  it('the settings form never writes them; the list is changed whole and checked', async () => {
    const db = database();
    const bodies = new BodiesRepository(db);
    const body = await bodies.createBody(defaultBodySettings('Kent Community Safety Partnership'));
    expect(await bodies.changeAbbreviations(body.id, (list) => [...list, KCC])).toEqual([KCC]);
    // The settings form saves the body as it read it, before the abbreviation was added: the list stays.
    await bodies.updateBody(body.id, { ...defaultBodySettings('Kent Community Safety Partnership'), defaultVenue: 'Darent Room' });
    expect((await bodies.getBody(body.id))?.abbreviations).toEqual([KCC]);
    await expect(bodies.changeAbbreviations(body.id, (list) => [...list, { short: 'KCC', full: 'Kent' }])).rejects.toThrow();
    expect((await bodies.getBody(body.id))?.abbreviations).toEqual([KCC]);
  });

  it('a meeting imported into a committee here adds the file’s abbreviations it lacks, keeping its own', async () => {
    const db = database();
    const importer = new MeetingImportRepository(db);
    const file = good();
    const first = parseMeetingFile(JSON.stringify({ ...file, body: { ...file.body, abbreviations: [{ short: 'kcc', full: 'KCC here' }] } }));
    if (!first.ok) throw new Error(first.message);
    await importer.store(importedFileOf(first.file), { mode: 'replace', takeFromFile: new Set(), printing: 'as-the-file-says' });
    const second = parseMeetingFile(JSON.stringify({ ...file, body: { ...file.body, abbreviations: [KCC, KFRS] } }));
    if (!second.ok) throw new Error(second.message);
    await importer.store(importedFileOf(second.file), { mode: 'keep-both', takeFromFile: new Set(), printing: 'as-the-file-says' });
    expect((await db.bodies.get(file.body.id))?.abbreviations).toEqual([{ short: 'kcc', full: 'KCC here' }, KFRS]);
    expect(withAbbreviationsAdded([KCC], [{ short: 'KCC', full: 'x' }, KFRS])).toEqual([KCC, KFRS]);
  });
});
