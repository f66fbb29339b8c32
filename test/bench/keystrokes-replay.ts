/**
 * The keyboard benchmark without a browser: each seed meeting's minutes typed by the same expert officer
 * (test/support/type-minutes.ts and officer.ts's nextMove) against the prediction model itself, in Node, so a
 * change to the model is judged in seconds instead of the minutes `npm run bench:keystrokes` takes. What the
 * editor would show is worked out as the editor does (prediction-controller.ts: nothing in an empty paragraph or
 * after "@" or "/", the last 200 characters of the paragraph asked about, a person worded as their mention would
 * print there); the meeting's own paragraphs are learnt as the editor sends them (a paragraph when the caret
 * leaves it, the one being typed every few keys without its last word). It prints keys per character per meeting
 * and where the keys went; it counts, it does not time.
 *
 *   tsx test/bench/keystrokes-replay.ts [--meetings kcsp-2019,…] [--history seeds|none] [--misses N]
 * --history none: learn from the stock of council language, the meeting's own phrases and agenda only (no other
 *   meeting of the committee): how a committee new to the app, or a meeting unlike its others, fares.
 * --misses N: also list the N words that cost the most keys.
 * --options '{"nextWord":0.1}': the model's options (shared/prediction/predictor.ts), to try others.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { firstMention, laterMention } from '../../shared/domain/person-names';
import { builtInTemplates, templateToText, userTemplate } from '../../shared/domain/templates';
import { parseMeetingFile, type MeetingFile } from '../../shared/meeting-file';
import { NodeType } from '../../shared/minutes/editor-json';
import type { Person } from '../../shared/model/person';
import { Lexicon } from '../../shared/prediction/lexicon';
import { PredictionEngine } from '../../shared/prediction/prediction-engine';
import { predictionPeople } from '../../shared/prediction/prediction-people';
import type { PredictorOptions, Suggestion } from '../../shared/prediction/predictor';
import { STOCK_MINUTES } from '../../shared/prediction/stock-minutes';
import { isWordToken, personMark, PERSON_CLOSE, PERSON_OPEN, tokenise } from '../../shared/prediction/tokens';
import { paragraphsOfMinutes } from '../../shared/prediction/training-text';
import { matchingPeople } from '../../renderer/src/editor/plugins/PersonMentionsPlugin';
import { nextWordOf, takenWithSpace } from '../../renderer/src/editor/plugins/prediction/completion';
import { GIVES_WAY_TO } from '../../renderer/src/editor/space-after-insert';
import { keysFor, LEAVING_KEYS, nextMove, type EditorSpace, type OfficerHands } from '../support/officer';
import { MinutesTypist, minutesParagraphsOf } from '../support/type-minutes';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const seedsDir = join(repoRoot, 'test/fixtures/meeting-files');
const { values: args } = parseArgs({ options: { meetings: { type: 'string' }, history: { type: 'string', default: 'seeds' }, misses: { type: 'string', default: '0' }, options: { type: 'string', default: '{}' }, trace: { type: 'string', default: '0' } } });

/** As the editor: the end of the paragraph sent to be predicted from (caret-text.ts). */
const BEFORE_CHARACTERS = 200;
/** The paragraph being typed is sent to the worker about this often, in keys (300 ms at a fast officer's pace). */
const LEARN_EVERY_KEYS = 8;

function readSeed(name: string): MeetingFile {
  const parsed = parseMeetingFile(readFileSync(join(seedsDir, name), 'utf8'));
  if (!parsed.ok) throw new Error(`${name}: ${parsed.message}`);
  return parsed.file;
}

/** What the editor would show: the words after the caret, and what Tab puts in (text, and people as marks). */
interface Shown {
  text: string;
  replace: number;
  parts: Suggestion['parts'];
}

/** The officer's hands on a model instead of a page: keeps the paragraph being typed as the editor would. */
class ReplayOfficer implements OfficerHands {
  keystrokes = 0;
  clicks = 0;
  taken = { whole: 0, words: 0 };
  /** Keys by what they were spent on, for the report. */
  readonly spent = new Map<string, number>();
  /** Keys typed within each word (letters typed before a suggestion took the rest), by word. */
  readonly wordKeys = new Map<string, number>();
  /** With --trace: the text as typed, keys in plain, taken suggestions in {}, and what was offered before a key in ⟦⟧. */
  trace = '';
  /** Words (lower case) the model has met: in what it learnt from, or typed in this meeting so far. */
  readonly known = new Set<string>();
  /** Each paragraph as it was typed (people as personMark), to compare with the meeting's own. */
  readonly typed: string[] = [];
  /** Letters typed in words the model had never met, and in words it had. */
  readonly letters = { unknown: 0, known: 0 };
  private paragraph = '';
  private paragraphKey = 0;
  private keysSinceLearnt = 0;
  /** Who has been named where a later mention is short: in this minute, or the meeting, by the house style. */
  private mentioned = new Set<string>();
  private readonly perMinute: boolean;
  private shown: Shown | null = null;
  /** The officer's reckoning of the editor's space after what was last taken or named (officer.ts). */
  editorSpace: EditorSpace = null;
  /** Whether the paragraph ends with the editor's own space, as the editor keeps it (space-after-insert.ts). */
  private editorSpaceThere = false;
  private readonly people: Map<string, Person>;
  private readonly phrases = new Map<string, string>();

  constructor(
    private readonly engine: PredictionEngine,
    private readonly file: MeetingFile,
  ) {
    this.people = new Map(file.roster.map((person) => [person.id, person]));
    for (const template of [...file.templates.map(userTemplate), ...builtInTemplates(file.body.chairWord, file.body.documentWord)]) {
      if (template.shortcutHint && !this.phrases.has(template.shortcutHint)) this.phrases.set(template.shortcutHint, templateToText(template.body));
    }
    this.perMinute = (file.body.houseStyle?.firstMention ?? 'minute') === 'minute';
  }

  async type(text: string): Promise<void> {
    let at = 0;
    while (at < text.length) {
      const rest = text.slice(at);
      const offered = await this.suggestion();
      const { move, length, space } = nextMove(rest, offered);
      this.trace += move === 'key' ? (offered ? `⟦${offered}⟧${rest.slice(0, length)}` : rest.slice(0, length)) : `{${rest.slice(0, length)}}`;
      if (move === 'key') {
        const keys = this.typeKey(rest.slice(0, length));
        if (keys > 0) this.count(/[\p{L}\p{N}]/u.test(rest[0]!) ? 'letters' : rest[0] === ' ' ? 'spaces' : 'punctuation', keys);
        const word = /^[\p{L}\p{N}'’\-/.&]*/u.exec(text.slice(this.wordStart(text, at)))![0];
        if (/[\p{L}\p{N}]/u.test(rest[0]!)) {
          this.wordKeys.set(word, (this.wordKeys.get(word) ?? 0) + 1);
          this.letters[this.known.has(word.toLowerCase()) ? 'known' : 'unknown'] += 1;
        }
      } else {
        this.keystrokes += 1;
        if (move === 'whole') this.taken.whole += 1;
        else this.taken.words += 1;
        this.count(move === 'whole' ? 'Tab' : 'Ctrl+Right');
        // Typing along takes exactly the words the officer meant: the text itself, people as the suggestion had them.
        const inserted = move === 'whole' ? this.inserts() : nextWordOf(offered!);
        this.paragraph += inserted;
        this.editorSpaceThere = inserted.endsWith(' ');
        this.afterKey();
      }
      this.editorSpace = space;
      at += length;
    }
  }

  /** Types one character as keysFor says, the editor's space behaving as it does; returns the keys it took. */
  private typeKey(character: string): number {
    const keys = keysFor(character, this.editorSpace);
    this.editorSpace = null;
    for (const key of keys) {
      this.keystrokes += 1;
      const there = this.editorSpaceThere;
      this.editorSpaceThere = false;
      if (key === 'Backspace') this.paragraph = this.paragraph.slice(0, -1);
      else if (there && key === ' ') continue;
      else if (there && GIVES_WAY_TO.test(key)) this.paragraph = `${this.paragraph.slice(0, -1)}${key}`;
      else this.paragraph += key;
      this.afterKey();
    }
    return keys.length;
  }

  async takeSuggestion(space: EditorSpace): Promise<void> {
    await this.press('Tab');
    this.taken.whole += 1;
    this.editorSpace = space;
  }

  private wordStart(text: string, at: number): number {
    let start = at;
    while (start > 0 && /[\p{L}\p{N}'’\-/.&]/u.test(text[start - 1]!)) start -= 1;
    return start;
  }

  async press(key: string): Promise<void> {
    if (this.editorSpace === 'wanted' && LEAVING_KEYS.has(key)) this.count('spaces', this.typeKey(' '));
    if (LEAVING_KEYS.has(key) && this.editorSpaceThere) this.paragraph = this.paragraph.slice(0, -1);
    if (LEAVING_KEYS.has(key) || key === 'Backspace') this.editorSpace = null;
    this.editorSpaceThere = false;
    this.keystrokes += 1;
    this.count(key === 'Tab' ? 'Tab (a person)' : 'structure');
    if (key === 'Tab') {
      const replace = this.shown?.replace ?? 0;
      const inserted = this.inserts();
      this.paragraph = `${this.paragraph.slice(0, this.paragraph.length - replace)}${inserted}`;
      this.editorSpaceThere = inserted.endsWith(' ');
    } else if (key === 'Backspace') {
      this.paragraph = this.paragraph.endsWith(PERSON_CLOSE) ? this.paragraph.slice(0, this.paragraph.lastIndexOf(PERSON_OPEN)) : this.paragraph.slice(0, -1);
    } else if (key === 'Alt+PageDown') {
      this.endParagraph();
      if (this.perMinute) this.mentioned = new Set();
    } else if (key === 'Control+Alt+R') {
      this.endParagraph();
      this.paragraph = 'RESOLVED that ';
    } else if (key === 'Enter' || key === 'Control+Alt+N' || key === 'Control+Alt+A') {
      this.endParagraph();
    }
    this.afterKey();
  }

  async mention(letters: string): Promise<void> {
    this.clearUnwantedSpace();
    this.keystrokes += 2 + [...letters].length;
    this.count('mentions', 2 + [...letters].length);
    const person = matchingPeople(this.file.roster, this.file.meeting.attendance, letters)[0];
    if (!person) throw new Error(`No one matches @${letters}`);
    this.paragraph += `${this.markPerson(person.id)} `;
    this.editorSpaceThere = true;
    this.afterKey();
  }

  /** An unwanted space of the editor's before something that is not punctuation: Backspace. */
  private clearUnwantedSpace(): void {
    if (this.editorSpace === 'unwanted') {
      this.keystrokes += 1;
      this.count('structure');
      this.paragraph = this.paragraph.slice(0, -1);
    }
    this.editorSpace = null;
    this.editorSpaceThere = false;
  }

  async phrase(shortWord: string): Promise<void> {
    this.clearUnwantedSpace();
    this.keystrokes += 2 + [...shortWord].length;
    this.count('phrases', 2 + [...shortWord].length);
    const text = this.phrases.get(shortWord);
    if (text === undefined) throw new Error(`No phrase /${shortWord}`);
    this.paragraph += text;
    this.afterKey();
  }

  async suggestion(): Promise<string | null> {
    this.shown = this.ask();
    return this.shown?.text ?? null;
  }

  /** The paragraphs typed, as the worker last learnt them: sends the last one. */
  finish(): void {
    this.endParagraph();
  }

  private ask(): Shown | null {
    const before = this.paragraph;
    if (before.trim() === '' || /[@/]\S*$/.test(before)) return null;
    const tail = before.slice(-BEFORE_CHARACTERS);
    const suggestion = this.engine.suggest(tail, before.length <= BEFORE_CHARACTERS);
    if (!suggestion) return null;
    let text = '';
    for (const [index, part] of suggestion.parts.entries()) {
      if (part.kind === 'text') {
        text += part.text;
        continue;
      }
      const person = this.people.get(part.personId);
      if (!person) return null;
      const printed = this.mentioned.has(person.id) ? laterMention(person) : firstMention(person);
      const replaced = index === 0 ? suggestion.replace : 0;
      if (replaced > 0 && !printed.startsWith(before.slice(-replaced))) return null;
      text += printed.slice(replaced);
    }
    // As the editor: a space after a last word or person (completion.ts).
    const parts: Suggestion['parts'] = takenWithSpace(suggestion.parts) ? [...suggestion.parts, { kind: 'text', text: ' ' }] : suggestion.parts;
    if (takenWithSpace(suggestion.parts)) text += ' ';
    if (text.trim().length < 2) return null;
    return { text, replace: suggestion.replace, parts };
  }

  /** What Tab puts in for the suggestion shown: its words, each person as a mention. */
  private inserts(): string {
    if (!this.shown) throw new Error('Tab with nothing shown');
    return this.shown.parts.map((part) => (part.kind === 'text' ? part.text : this.markPerson(part.personId))).join('');
  }

  private markPerson(personId: string): string {
    this.mentioned.add(personId);
    return personMark(personId);
  }

  private count(what: string, keys = 1): void {
    this.spent.set(what, (this.spent.get(what) ?? 0) + keys);
  }

  private afterKey(): void {
    if (++this.keysSinceLearnt < LEARN_EVERY_KEYS) return;
    this.keysSinceLearnt = 0;
    // As the editor sends the paragraph at the caret: without the word being typed.
    this.engine.setParagraphs([{ key: String(this.paragraphKey), text: this.paragraph.replace(/[\p{L}\p{N}'’\-/.&]+$/u, '') }]);
  }

  private endParagraph(): void {
    if (this.paragraph.trim() !== '') this.typed.push(this.paragraph);
    if (this.paragraph.trim() !== '') this.trace += '\n';
    learnWords(this.known, [this.paragraph]);
    if (this.paragraph.trim() !== '') this.engine.setParagraphs([{ key: String(this.paragraphKey), text: this.paragraph }]);
    this.paragraphKey += 1;
    this.paragraph = '';
    this.keysSinceLearnt = 0;
  }
}

/** The minute headings of an editor state's minutes (the editor writes those itself). */
function minuteHeadingsOf(editorState: unknown): unknown[] {
  const minutes = (editorState as { root: { children: { type: string; children?: { type: string }[] }[] } }).root.children;
  return minutes.flatMap((minute) => (minute.children ?? []).filter((child) => child.type === NodeType.minuteHeading));
}

/** Adds the words of `paragraphs` to `known`, in lower case. */
function learnWords(known: Set<string>, paragraphs: readonly string[]): void {
  for (const paragraph of paragraphs) for (const token of tokenise(paragraph)) if (isWordToken(token.text)) known.add(token.text.trimStart().toLowerCase());
}

const names = readdirSync(seedsDir).filter((name) => name.endsWith('.json')).sort();
const chosen = args.meetings ? names.filter((name) => args.meetings!.split(',').some((wanted) => name.startsWith(wanted))) : names;
const lexicon = new Lexicon(readFileSync(join(repoRoot, 'node_modules/dictionary-en-gb/index.dic'), 'utf8'));
const rows: string[] = [];
for (const name of chosen) {
  const target = readSeed(name);
  const engine = new PredictionEngine(JSON.parse(args.options!) as Partial<PredictorOptions>);
  engine.setLexicon(lexicon);
  engine.setPeople(predictionPeople(target.roster, target.meeting.attendance));
  const others = args.history === 'none' ? [] : names.filter((other) => other !== name).map(readSeed);
  const phrases = [...target.templates.map((template) => template.text), ...builtInTemplates(target.body.chairWord, target.body.documentWord).map((template) => templateToText(template.body))];
  engine.learn({ minutes: others.map((other) => ({ editorState: JSON.stringify(other.minutes.editorState), weight: 1 })), phrases }, target.meeting.agenda.map((item) => item.title));

  const officer = new ReplayOfficer(engine, target);
  learnWords(officer.known, [...others.flatMap((other) => paragraphsOfMinutes(other.minutes.editorState)), ...phrases, ...target.meeting.agenda.map((item) => item.title), ...STOCK_MINUTES]);
  await new MinutesTypist(officer, target).type(target.minutes.editorState);
  officer.finish();
  const characters = minutesParagraphsOf(target, target.minutes.editorState)
    .filter((text) => text !== '')
    .reduce((sum, text) => sum + [...text].length, 0);
  // The keys count only if they typed the meeting's minutes exactly (headings aside: the editor puts those in).
  const headings = new Set(paragraphsOfMinutes({ root: { children: minuteHeadingsOf(target.minutes.editorState) } }));
  const wanted = paragraphsOfMinutes(target.minutes.editorState).filter((text) => text.trim() !== '' && !headings.has(text));
  const wrong = wanted.findIndex((text, index) => officer.typed[index] !== text);
  if (wrong >= 0 || officer.typed.length !== wanted.length) {
    throw new Error(`${name}: paragraph ${wrong + 1} was typed as ${JSON.stringify(officer.typed[wrong])}, not ${JSON.stringify(wanted[wrong])} (${officer.typed.length} typed, ${wanted.length} in the minutes)`);
  }
  const perCharacter = officer.keystrokes / characters;
  const spent = [...officer.spent].sort((a, b) => b[1] - a[1]).map(([what, keys]) => `${what} ${keys}`);
  rows.push(`${name.replace('.json', '')}: ${officer.keystrokes} keys for ${characters} characters = ${perCharacter.toFixed(3)} keys per character (taken ${officer.taken.whole} whole, ${officer.taken.words} by the word; ${spent.join(', ')}; letters of words met before ${officer.letters.known}, of new words ${officer.letters.unknown})`);
  if (Number(args.trace) > 0) rows.push(officer.trace.slice(0, Number(args.trace)));
  const misses = Number(args.misses);
  if (misses > 0) {
    const costly = [...officer.wordKeys].sort((a, b) => b[1] - a[1]).slice(0, misses);
    rows.push(`  costliest words: ${costly.map(([word, keys]) => `${word} ${keys}`).join(', ')}`);
    const short = [...officer.wordKeys].filter(([word]) => word.length <= 3).reduce((sum, [, keys]) => sum + keys, 0);
    rows.push(`  letters typed in words of three letters or fewer: ${short}`);
  }
}
console.log(`History: ${args.history === 'none' ? 'none (stock, the meeting’s phrases and agenda only)' : 'the other seed meetings'}`);
for (const row of rows) console.log(row);
