/**
 * Types a meeting's minutes into the app through the UI as an expert officer would, from the minutes a meeting
 * file holds (its Lexical editor JSON): the structure with the editor's own keys (Alt+Page Down to the next item,
 * Ctrl+Alt+N for numbered paragraphs, Ctrl+Alt+A for sub-points, Ctrl+Alt+R for resolutions, Enter, Ctrl+B…),
 * a person where the file has a mention (a suggestion naming them, else "@" and the fewest letters that bring them
 * to the top of the list), a standing phrase where a paragraph is exactly one, and the words themselves through
 * the Officer (who takes suggestions when told to). The keyboard benchmark types each seed meeting with it.
 */
import { firstMention, laterMention } from '../../shared/domain/person-names';
import { builtInTemplates, userTemplate, type MinuteTemplate } from '../../shared/domain/templates';
import { NodeType, TextFormatBit } from '../../shared/minutes/editor-json';
import { blockText } from '../../shared/minutes/minutes-document';
import { minutesFacts } from '../../shared/minutes/minutes-facts';
import { minutesFromEditorState } from '../../shared/minutes/from-editor-state';
import type { MeetingFile } from '../../shared/meeting-file';
import { minutesHeading } from '../../shared/model/minutes-heading';
import type { Person } from '../../shared/model/person';
import { matchingPeople } from '../../renderer/src/editor/plugins/PersonMentionsPlugin';
import type { OfficerHands } from './officer';

interface JsonNode {
  type?: string;
  text?: string;
  format?: number | string;
  personId?: string;
  listType?: string;
  children?: JsonNode[];
}

/** What a block of the minutes holds: words in one format, or a person. */
type Run = { kind: 'text'; text: string; format: number } | { kind: 'person'; person: Person };

/** Each paragraph's words as the export reads them: what typed minutes must equal. */
export function minutesParagraphsOf(file: Pick<MeetingFile, 'meeting' | 'body' | 'roster'>, editorState: unknown): string[] {
  const facts = minutesFacts(file.meeting, file.body, file.roster);
  return minutesFromEditorState(minutesHeading(file.body, file.meeting), editorState, facts)
    .blocks.filter((block) => block.kind !== 'minuteHeading')
    .map(blockText);
}

const FORMAT_KEYS: readonly [bit: number, key: string][] = [
  [TextFormatBit.bold, 'Control+B'],
  [TextFormatBit.italic, 'Control+I'],
  [TextFormatBit.underline, 'Control+U'],
];
const FORMATS = TextFormatBit.bold | TextFormatBit.italic | TextFormatBit.underline;

/** Where the caret was left, which decides the key that starts the next block. */
type Place = 'empty' | 'paragraph' | 'resolution' | 'item' | 'sub-point';

export class MinutesTypist {
  private readonly people: Map<string, Person>;
  /** Standing phrases with no blanks, by their words: typing one is "/" and its short word. */
  private readonly phrases = new Map<string, string>();
  private format = 0;
  private mentioned = new Set<string>();

  constructor(
    private readonly officer: OfficerHands,
    private readonly file: Pick<MeetingFile, 'meeting' | 'body' | 'roster' | 'templates'>,
  ) {
    this.people = new Map(file.roster.map((person) => [person.id, person]));
    const templates: MinuteTemplate[] = [...file.templates.map(userTemplate), ...builtInTemplates(file.body.chairWord, file.body.documentWord)];
    for (const template of templates) {
      if (!template.shortcutHint || !template.body.every((part) => part.kind === 'text')) continue;
      const words = template.body.map((part) => (part.kind === 'text' ? part.text : '')).join('');
      if (!this.phrases.has(words)) this.phrases.set(words, template.shortcutHint);
    }
  }

  /** Types every minute of `editorState`, starting with the caret in the first minute's empty paragraph. */
  async type(editorState: unknown): Promise<void> {
    const root = (editorState as { root: JsonNode }).root;
    const minutes = (root.children ?? []).filter((node) => node.type === NodeType.minuteItem);
    for (const [index, minute] of minutes.entries()) {
      if (index > 0) await this.officer.press('Alt+PageDown');
      this.mentioned = new Set();
      let place: Place = 'empty';
      for (const block of (minute.children ?? []).filter((node) => node.type !== NodeType.minuteHeading)) {
        place = await this.block(block, place);
      }
    }
  }

  private async block(block: JsonNode, place: Place): Promise<Place> {
    if (block.type === NodeType.list) {
      for (const item of block.children ?? []) {
        const nested = item.children?.length === 1 && item.children[0]!.type === NodeType.list ? item.children[0]! : null;
        if (nested) {
          for (const [index, sub] of (nested.children ?? []).entries()) {
            if (index > 0) await this.officer.press('Enter');
            else {
              await this.officer.press('Control+Alt+A');
              if (nested.listType === 'bullet') await this.officer.press('Control+Shift+L');
            }
            await this.runs(this.runsOf(sub));
          }
          place = 'sub-point';
        } else {
          await this.officer.press(place === 'item' ? 'Enter' : 'Control+Alt+N');
          await this.runs(this.runsOf(item));
          place = 'item';
        }
      }
      return place;
    }
    const runs = this.runsOf(block);
    const words = runs.map((run) => (run.kind === 'text' ? run.text : '\u0000')).join('');
    const phrase = this.phrases.get(words);
    if (block.type === NodeType.resolution) {
      if (phrase) {
        // "/" opens the phrases only at the start of a word: from an empty paragraph, which the resolution takes over.
        if (place !== 'empty') await this.officer.press('Enter');
        await this.officer.phrase(phrase);
        return 'resolution';
      }
      await this.officer.press('Control+Alt+R');
      await this.afterTyped(runs, 'RESOLVED that ');
      return 'resolution';
    }
    // A plain paragraph: Enter after a paragraph or resolution; after a list, Enter on a new empty item ends it.
    if (place === 'item') await this.officer.press('Enter');
    if (place === 'sub-point') await this.officer.press('Control+Alt+N');
    if (place !== 'empty') await this.officer.press('Enter');
    if (phrase) await this.officer.phrase(phrase);
    else await this.runs(runs);
    return 'paragraph';
  }

  /** Types `runs` where the editor has already put `inserted` (a resolution's "RESOLVED that "): keeps what fits, deletes the rest. */
  private async afterTyped(runs: Run[], inserted: string): Promise<void> {
    const first = runs[0];
    if (!first || first.kind !== 'text' || !first.text.startsWith('RESOLVED')) throw new Error('A resolution that does not begin with RESOLVED');
    const words = runs.map((run) => (run.kind === 'text' ? run.text : '\u0000')).join('');
    let kept = 0;
    while (kept < inserted.length && words[kept] === inserted[kept]) kept += 1;
    for (let i = kept; i < inserted.length; i += 1) await this.officer.press('Backspace');
    await this.runs(skip(runs, kept));
  }

  /** Types runs of words and people, switching bold, italic and underline as they change, and ends unformatted. */
  private async runs(runs: readonly Run[]): Promise<void> {
    let skipSpace = false;
    for (const [index, run] of runs.entries()) {
      if (run.kind === 'person') {
        skipSpace = await this.person(run.person, runs[index + 1]);
        continue;
      }
      await this.setFormat(run.format);
      await this.officer.type(skipSpace ? run.text.slice(1) : run.text);
      skipSpace = false;
    }
    await this.setFormat(0);
  }

  /**
   * A person: the suggestion when it names them as the minutes print them here, else "@" and the fewest letters
   * of the surname that bring them to the top of the list. "@" leaves a space after the name; returns true when
   * the next words begin with one (it is then not typed again), and takes it away otherwise.
   */
  private async person(person: Person, next: Run | undefined): Promise<boolean> {
    const printed = this.mentioned.has(person.id) ? laterMention(person) : firstMention(person);
    this.mentioned.add(person.id);
    const offered = await this.officer.suggestion();
    if (offered === printed) {
      await this.officer.takeSuggestion(null);
      return false;
    }
    if (offered === `${printed} `) await this.officer.takeSuggestion(null);
    else await this.officer.mention(this.fewestLetters(person));
    // Either way the editor put a space after the name (space-after-insert.ts).
    if (next?.kind === 'text' && next.text.startsWith(' ')) {
      this.officer.editorSpace = 'wanted';
      return true;
    }
    this.officer.editorSpace = 'unwanted';
    return false;
  }

  /** The shortest start of the surname after "@" that puts this person first in the list. */
  private fewestLetters(person: Person): string {
    const surname = person.surname.toLocaleLowerCase('en-GB');
    for (let length = 1; length <= surname.length; length += 1) {
      const letters = surname.slice(0, length);
      if (matchingPeople(this.file.roster, this.file.meeting.attendance, letters)[0]?.id === person.id) return letters;
    }
    const full = `${person.title} ${surname}`.toLocaleLowerCase('en-GB');
    if (matchingPeople(this.file.roster, this.file.meeting.attendance, full)[0]?.id === person.id) return full;
    throw new Error(`No letters put ${laterMention(person)} first in the list of people`);
  }

  private async setFormat(format: number): Promise<void> {
    const wanted = format & FORMATS;
    for (const [bit, key] of FORMAT_KEYS) if ((this.format ^ wanted) & bit) await this.officer.press(key);
    this.format = wanted;
  }

  /** A block's inline content as runs (a nested list is another block). */
  private runsOf(block: JsonNode): Run[] {
    const runs: Run[] = [];
    for (const child of block.children ?? []) {
      if (child.type === NodeType.mention && child.personId) {
        const person = this.people.get(child.personId);
        if (!person) throw new Error(`A mention of ${child.personId}, who is not on the roster`);
        runs.push({ kind: 'person', person });
      } else if (typeof child.text === 'string') {
        const format = typeof child.format === 'number' ? child.format : 0;
        const last = runs[runs.length - 1];
        if (last?.kind === 'text' && last.format === format) last.text += child.text;
        else runs.push({ kind: 'text', text: child.text, format });
      }
    }
    return runs;
  }
}

/** The runs after their first `count` characters (a person counts as one). */
function skip(runs: readonly Run[], count: number): Run[] {
  const rest: Run[] = [];
  let left = count;
  for (const run of runs) {
    const length = run.kind === 'text' ? run.text.length : 1;
    if (left >= length) {
      left -= length;
      continue;
    }
    rest.push(run.kind === 'text' && left > 0 ? { ...run, text: run.text.slice(left) } : run);
    left = 0;
  }
  return rest;
}
