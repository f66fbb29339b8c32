import { readdirSync, readFileSync } from 'node:fs';
import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import { laterMention } from '../../../shared/domain/person-names';
import { exportMeetingDocx } from '../../../shared/export/docx';
import { checkMeetingFile, meetingExportInput, type MeetingFile, type MeetingFileCheck } from '../../../shared/meeting-file';
import { MAX_EDITOR_NODES, pieceBudget } from '../../../shared/meeting-file/limits';
import { MAX_MESSAGE_LENGTH, MAX_QUOTED } from '../../../shared/meeting-file/words';
import { asMinuted } from '../../../shared/model/print-record';
import { fuzzCases, type FuzzCase } from '../../support/meeting-file-fuzz';

/*
 * The seeded fuzz suite of issue 12: a few hundred damaged and hostile meeting files made from the valid ones
 * (test/support/meeting-file-fuzz.ts), each through the one check. A refused file must get one plain sentence of
 * the right shape; an accepted one must export to a .docx (the app's own export) whose text, read back by
 * mammoth, holds every paragraph; nothing may take longer than the bound. Set MEETING_FILE_FUZZ_SEED and
 * MEETING_FILE_FUZZ_CASES to run other files; the seed is printed with the figures.
 */
const SEED = Number(process.env.MEETING_FILE_FUZZ_SEED ?? 12);
const COUNT = Number(process.env.MEETING_FILE_FUZZ_CASES ?? 300);
/**
 * Issue 12's bound: 3 s on these 2-core machines. It is asserted on the processor time the check takes (the
 * machine is shared by up to eight, so the wall clock mostly measures the others), with half as much again for
 * the garbage collector's own threads; the wall clock is printed beside it.
 */
const BOUND_MS = 3_000;
const GC_SLACK = 1.5;

const folder = new URL('../../fixtures/meeting-files/', import.meta.url);
const bases = readdirSync(folder)
  .filter((name) => name.endsWith('.json'))
  .map((name) => readFileSync(new URL(name, folder), 'utf8'));

/** Anything a reader could not see, which a message must never carry. */
const INVISIBLE = /[\p{Cc}\p{Cf}\p{Co}\p{Cn}\p{Cs}\p{Zl}\p{Zp}\uFFFD]/u;
/** Words that name where the problem is (a place in the file, or the file as a whole when that is the problem). */
const PLACE = /line [\d,]+|byte [\d,]+|minute [\d,]+|paragraph [\d,]+|agenda item|roster|committee|the meeting's|the minutes|the file|standing phrase|attendance|arrivals and departures|version|format|empty|too large|not text/;

function expectRefusalShape(message: string): void {
  expect(message.length).toBeLessThanOrEqual(MAX_MESSAGE_LENGTH);
  expect(message).not.toMatch(INVISIBLE);
  expect(message).not.toContain('\n');
  expect(message).toMatch(/[.)]$/);
  expect(message).toMatch(PLACE);
  expect(message).not.toMatch(/\(null\)|Infinity|NaN|undefined|\[object|checking it failed/);
  for (const [, quoted] of message.matchAll(/“([^”]*)”/g)) expect([...quoted!].length).toBeLessThanOrEqual(MAX_QUOTED);
}

/** White space as one space, case folded: Word's runs and the export's RESOLVED are the same words. */
const plain = (text: string) => text.replace(/\s+/g, ' ').trim().toLocaleLowerCase('en-GB');

interface Node {
  type: string;
  text?: string;
  personId?: string;
  itemId?: string;
  children?: Node[];
}

function* nodesOf(node: Node): Generator<Node> {
  yield node;
  for (const child of node.children ?? []) yield* nodesOf(child);
}

/** The accepted file exports, and the .docx holds every paragraph's words, every name and every minute's title. */
async function expectExportHoldsEverything(file: MeetingFile): Promise<void> {
  const bytes = await exportMeetingDocx(meetingExportInput(file), { version: 'full', draft: false });
  const docx = plain((await mammoth.extractRawText({ buffer: Buffer.from(bytes) })).value);
  const { roster } = asMinuted(file.meeting, file.body, file.roster);
  const people = new Map(roster.map((person) => [person.id, person]));
  const titles = new Map(file.meeting.agenda.map((item) => [item.id, item.title]));
  for (const node of nodesOf(file.minutes.editorState.root as Node)) {
    if ((node.type === 'text' || node.type === 'template-field') && node.text?.trim()) expect(docx).toContain(plain(node.text));
    if (node.type === 'mention') expect(docx).toContain(plain(laterMention(people.get(node.personId!)!)));
    if (node.type === 'minute-item') expect(docx).toContain(plain(titles.get(node.itemId!)!));
  }
  expect(docx).not.toContain('[unknown person]');
  expect(docx).not.toMatch(/(^| )0\. /);
}

interface Outcome {
  name: string;
  bytes: number;
  /** Wall clock and processor time of the check. */
  ms: number;
  cpuMs: number;
  result: MeetingFileCheck;
}

const cases: FuzzCase[] = fuzzCases(bases, SEED, COUNT);
const outcomes: Outcome[] = [];

describe(`meeting files made damaged or hostile (seed ${SEED}, ${COUNT} files)`, () => {
  it('checks every file within the bound, counting work in proportion to its size', () => {
    for (const { name, bytes } of cases) {
      const cpu = process.cpuUsage();
      const started = performance.now();
      const result = checkMeetingFile(bytes);
      const ms = performance.now() - started;
      const used = process.cpuUsage(cpu);
      const cpuMs = (used.user + used.system) / 1000;
      outcomes.push({ name, bytes: bytes.byteLength, ms, cpuMs, result });
      expect(cpuMs, `${name} took ${Math.round(cpuMs)} ms of processor time`).toBeLessThan(BOUND_MS * GC_SLACK);
      expect(result.work.characters).toBeLessThanOrEqual(bytes.byteLength);
      expect(result.work.values).toBeLessThanOrEqual(pieceBudget(bytes.byteLength).values);
      expect(result.work.nodes).toBeLessThanOrEqual(MAX_EDITOR_NODES);
    }
    const figures = (key: 'ms' | 'cpuMs') => {
      const times = outcomes.map((outcome) => outcome[key]).sort((a, b) => a - b);
      const slowest = outcomes.reduce((a, b) => (b[key] > a[key] ? b : a));
      return `median ${Math.round(times[times.length >> 1]!)} ms, p95 ${Math.round(times[Math.floor(times.length * 0.95)]!)} ms, slowest ${Math.round(slowest[key])} ms (${slowest.name}, ${(slowest.bytes / 1024 / 1024).toFixed(1)} MB)`;
    };
    const accepted = outcomes.filter((outcome) => outcome.result.ok).length;
    console.log(`meeting-file fuzz, seed ${SEED}: ${outcomes.length} files, ${accepted} accepted, ${outcomes.length - accepted} refused`);
    console.log(`  check, processor time: ${figures('cpuMs')}`);
    console.log(`  check, wall clock:     ${figures('ms')}`);
  }, 600_000);

  it('refuses with one plain sentence naming the place: at most 300 characters, quoting at most 60 visible ones', () => {
    const refused = outcomes.filter((outcome) => !outcome.result.ok);
    expect(refused.length).toBeGreaterThan(COUNT / 3);
    for (const { name, result } of refused) {
      if (result.ok) continue;
      try {
        expectRefusalShape(result.message);
      } catch (error) {
        throw new Error(`${name}: ${result.message}\n${String(error)}`, { cause: error });
      }
    }
  });

  it('says what it mended on an accepted file in plain sentences of the same shape: short, nothing invisible, quotes cut', () => {
    for (const { name, result } of outcomes) {
      if (!result.ok) continue;
      for (const warning of result.warnings) {
        try {
          expect(warning.length).toBeLessThanOrEqual(MAX_MESSAGE_LENGTH);
          expect(warning).not.toMatch(INVISIBLE);
          expect(warning).toMatch(/[.)]$/);
          for (const [, quoted] of warning.matchAll(/“([^”]*)”/g)) expect([...quoted!].length).toBeLessThanOrEqual(MAX_QUOTED);
        } catch (error) {
          throw new Error(`${name}: ${warning}\n${String(error)}`, { cause: error });
        }
      }
    }
  });

  it('exports every accepted file with every paragraph, name and minute title in the Word text', async () => {
    const accepted = outcomes.filter((outcome) => outcome.result.ok);
    expect(accepted.length).toBeGreaterThan(COUNT / 20);
    for (const { name, result } of accepted) {
      if (!result.ok) continue;
      try {
        await expectExportHoldsEverything(result.file);
      } catch (error) {
        throw new Error(`${name}: ${String(error)}`, { cause: error });
      }
    }
  }, 600_000);
});
