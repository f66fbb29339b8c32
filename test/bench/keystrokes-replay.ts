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
import type { Person } from '../../shared/model/person';
import { Lexicon } from '../../shared/prediction/lexicon';
import { PredictionEngine } from '../../shared/prediction/prediction-engine';
import { predictionPeople } from '../../shared/prediction/prediction-people';
import type { PredictorOptions, Suggestion } from '../../shared/prediction/predictor';
import { STOCK_MINUTES } from '../../shared/prediction/stock-minutes';
import { isWordToken, personMark, PERSON_CLOSE, PERSON_OPEN, tokenise } from '../../shared/prediction/tokens';
import { paragraphsOfMinutes } from '../../shared/prediction/training-text';
import { matchingPeople } from '../../renderer/src/editor/plugins/PersonMentionsPlugin';
import { nextMove, type OfficerHands } from '../support/officer';
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
  /** Letters typed in words the model had never met, and in words it had. */
  readonly letters = { unknown: 0, known: 0 };
  private paragraph = '';
  private paragraphKey = 0;
  private keysSinceLearnt = 0;
  /** Who has been named where a later mention is short: in this minute, or the meeting, by the house style. */
  private mentioned = new Set<string>();
  private readonly perMinute: boolean;
  private shown: Shown | null = null;
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
      const { move, length } = nextMove(rest, offered);
      this.keystrokes += 1;
      this.trace += move === 'key' ? (offered ? `⟦${offered}⟧${rest.slice(0, length)}` : rest.slice(0, length)) : `{${rest.slice(0, length)}}`;
      if (move === 'key') {
        this.count(/[\p{L}\p{N}]/u.test(rest[0]!) ? 'letters' : rest[0] === ' ' ? 'spaces' : 'punctuation');
        const word = /^[\p{L}\p{N}'’\-/.&]*/u.exec(text.slice(this.wordStart(text, at)))![0];
        if (/[\p{L}\p{N}]/u.test(rest[0]!)) {
          this.wordKeys.set(word, (this.wordKeys.get(word) ?? 0) + 1);
          this.letters[this.known.has(word.toLowerCase()) ? 'known' : 'unknown'] += 1;
        }
        this.paragraph += rest.slice(0, length);
        this.afterKey();
      } else {
        if (move === 'whole') this.taken.whole += 1;
        else this.taken.words += 1;
        this.count(move === 'whole' ? 'Tab' : 'Ctrl+Right');
        // Typing along takes exactly the words the officer meant: the text itself, people as the suggestion had them.
        this.paragraph += move === 'whole' ? this.inserts() : rest.slice(0, length);
        this.afterKey();
      }
      at += length;
    }
  }

  private wordStart(text: string, at: number): number {
    let start = at;
    while (start > 0 && /[\p{L}\p{N}'’\-/.&]/u.test(text[start - 1]!)) start -= 1;
    return start;
  }

  async press(key: string): Promise<void> {
    this.keystrokes += 1;
    this.count(key === 'Tab' ? 'Tab (a person)' : 'structure');
    if (key === 'Tab') {
      const replace = this.shown?.replace ?? 0;
      this.paragraph = `${this.paragraph.slice(0, this.paragraph.length - replace)}${this.inserts()}`;
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
    this.keystrokes += 2 + [...letters].length;
    this.count('mentions', 2 + [...letters].length);
    const person = matchingPeople(this.file.roster, this.file.meeting.attendance, letters)[0];
    if (!person) throw new Error(`No one matches @${letters}`);
    this.paragraph += `${this.markPerson(person.id)} `;
    this.afterKey();
  }

  async phrase(shortWord: string): Promise<void> {
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
    if (text.length < 2) return null;
    return { text, replace: suggestion.replace, parts: suggestion.parts };
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
    if (this.paragraph.trim() !== '') this.trace += '\n';
    learnWords(this.known, [this.paragraph]);
    if (this.paragraph.trim() !== '') this.engine.setParagraphs([{ key: String(this.paragraphKey), text: this.paragraph }]);
    this.paragraphKey += 1;
    this.paragraph = '';
    this.keysSinceLearnt = 0;
  }
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
