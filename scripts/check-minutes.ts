// npm run check-minutes -- <meeting file> [--json]
//
// Checks a meeting file's minutes against the house style (shared/style-check) and prints what it finds.
// Exit code: 0 when there is nothing to report, 1 when there are findings, 2 when the file or the arguments are
// wrong (one plain line on stderr). With --json, stdout is exactly one JSON array, one element per finding:
// { rule, minute, paragraph, text, message } (minute: the minute's heading as printed, or null for the attendance;
// paragraph: its place in the minute counting from 1, or null for the attendance and a minute as a whole).
import dictionary from 'dictionary-en-gb';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { meetingExportInput } from '../shared/meeting-file/meeting-file';
import { checkMinutes, type StyleCheckResult } from '../shared/style-check/check-minutes';
import type { StyleFinding } from '../shared/style-check/findings';
import { wordBookFrom, type Speller, type WordBook } from '../shared/style-check/word-book';
import { readMeetingFileArg } from './lib/read-meeting-file';
import { describeError } from '../shared/format/describe-error';

export const CHECK_USAGE = 'Usage: npm run check-minutes -- <meeting file> [--json]';

export interface CheckIo {
  out: (text: string) => void;
  err: (line: string) => void;
}

const consoleIo: CheckIo = { out: (text) => process.stdout.write(text), err: (line) => console.error(line) };

/** One finding as --json prints it. */
export interface FindingJson {
  rule: StyleFinding['rule'];
  minute: string | null;
  paragraph: number | null;
  text: string;
  message: string;
}

/** The British English dictionary the spelling check uses, as the check's word book. */
export function dictionaryWordBook(): WordBook {
  // nspell is required by its file, not its name: tsx applies the tsconfig "paths" entry that maps the name
  // "nspell" to its type declaration (shared/spelling/nspell.d.ts), which has no code.
  const nspell = createRequire(import.meta.url)('nspell/lib/index.js') as (aff: string, dic: string) => Speller;
  const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes);
  return wordBookFrom(nspell(text(dictionary.aff), text(dictionary.dic)));
}

export function findingJson(finding: StyleFinding): FindingJson {
  const place = finding.place;
  const minute = place.kind === 'attendance' ? null : place.minute === null ? null : place.minute.heading || null;
  const paragraph = place.kind === 'paragraph' ? place.paragraphIndex + 1 : null;
  return { rule: finding.rule, minute, paragraph, text: finding.text, message: finding.message };
}

/** Where a finding is, in words: "94. Community Safety Integration Project, paragraph 6". */
function placeInWords(finding: StyleFinding): string {
  const place = finding.place;
  if (place.kind === 'attendance') return 'Attendance';
  const minute = place.minute === null || place.minute.heading === '' ? 'Before the first minute' : place.minute.heading;
  return place.kind === 'minute' ? minute : `${minute}, paragraph ${place.paragraphIndex + 1}`;
}

/** The findings as a person reads them: grouped by place, each with its rule, words, message and fix. */
export function readableReport(name: string, result: StyleCheckResult): string {
  const { findings, wordCount } = result;
  const count = (n: number, what: string) => `${n.toLocaleString('en-GB')} ${what}${n === 1 ? '' : 's'}`;
  if (findings.length === 0) return `${name}: no house-style findings in ${count(wordCount, 'word')}.\n`;
  const lines = [`${name}: ${count(findings.length, 'finding')} in ${count(wordCount, 'word')}.`];
  let lastPlace = '';
  for (const finding of findings) {
    const place = placeInWords(finding);
    if (place !== lastPlace) lines.push('', place);
    lastPlace = place;
    lines.push(`  [${finding.rule}] “${finding.text}”: ${finding.message}`);
    if (finding.fix) lines.push(`      fix: ${finding.fix.label}`);
  }
  const byRule = new Map<string, number>();
  for (const finding of findings) byRule.set(finding.rule, (byRule.get(finding.rule) ?? 0) + 1);
  lines.push('', `By rule: ${[...byRule].map(([rule, n]) => `${rule} ${n}`).join(', ')}.`);
  return `${lines.join('\n')}\n`;
}

/** Reads the command line: the meeting file and whether to print JSON, or the complaint to print. */
export function parseCheckArgs(argv: readonly string[]): { meetingFile: string; json: boolean } | string {
  const positional = argv.filter((arg) => !arg.startsWith('--'));
  const unknown = argv.find((arg) => arg.startsWith('--') && arg !== '--json');
  if (unknown !== undefined) return `Unknown option ${unknown}.`;
  if (positional.length === 0) return 'Give the meeting file to check.';
  if (positional.length > 1) return `Too many arguments: ${positional.slice(1).join(' ')}.`;
  return { meetingFile: positional[0]!, json: argv.includes('--json') };
}

/** Runs the check for these arguments; returns the exit code. */
export async function runCheck(argv: readonly string[], io: CheckIo = consoleIo, words: () => WordBook = dictionaryWordBook): Promise<number> {
  const request = parseCheckArgs(argv);
  if (typeof request === 'string') {
    io.err(`${request} ${CHECK_USAGE}`);
    return 2;
  }
  const parsed = await readMeetingFileArg(request.meetingFile);
  if (!parsed.ok) {
    io.err(parsed.message);
    return 2;
  }
  for (const warning of parsed.warnings) io.err(`Warning: ${warning}`);

  let result: StyleCheckResult;
  try {
    result = checkMinutes(meetingExportInput(parsed.file), { words: words() });
  } catch (error) {
    io.err(`Could not check ${request.meetingFile}: ${describeError(error).split('\n')[0]}`);
    return 2;
  }
  io.out(request.json ? `${JSON.stringify(result.findings.map(findingJson), null, 2)}\n` : readableReport(request.meetingFile, result));
  return result.findings.length > 0 ? 1 : 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = await runCheck(process.argv.slice(2));
}
