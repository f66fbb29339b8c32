import { z } from 'zod';
import type { MinutesHeading } from '../model/minutes-heading';
import {
  NodeType,
  SerializedEditorStateSchema,
  SerializedHeadingSchema,
  SerializedListSchema,
  SerializedTextNodeSchema,
  TextFormatBit,
  isKnownNodeType,
  textFormatOf,
  type SerializedEditorState,
  type SerializedNode,
} from './editor-json';
import { FirstMentions, mentionText } from '../domain/mentions';
import { UNKNOWN_PERSON, attendanceName } from '../domain/person-names';
import { joinWithAnd } from '../domain/lists';
import { recordedVoteLines, voteSentence } from '../domain/votes';
import { voteFromNode } from './vote-node';
import { actionFromNode } from './action-node';
import { actionNote, actionOwnerName } from '../domain/actions';
import { minuteHeadingLabel } from '../domain/minute-numbers';
import type { Person } from '../model/person';
import { type MinutesAction, type MinutesBlock, type MinutesDocument, type MinutesListType, type MinutesRun } from './minutes-document';
import { NO_FACTS, type MinutesFacts } from './minutes-facts';

/** The saved minutes could not be read as a Lexical editor state; the message says where and why. */
export class EditorStateError extends Error {
  override name = 'EditorStateError';
}

/**
 * Saved editor JSON (the object from `editorState.toJSON()`, or that object as a
 * JSON string) → the typed minutes the Word export works from. Throws
 * EditorStateError naming what is wrong when it is not an editor state.
 */
export function minutesFromEditorState(heading: MinutesHeading, editorState: unknown, facts: MinutesFacts = NO_FACTS): MinutesDocument {
  const state = parseEditorState(editorState);
  const walker = new MinutesWalker(facts);
  walker.walkBlocks(state.root.children, 'root');
  return {
    header: heading,
    blocks: walker.blocks,
    actions: walker.actions,
  };
}

/** The saved editor state checked as Lexical's: throws EditorStateError saying what is wrong. */
export function parseEditorState(editorState: unknown): SerializedEditorState {
  let json = editorState;
  if (typeof editorState === 'string') {
    try {
      json = JSON.parse(editorState);
    } catch (error) {
      throw new EditorStateError(`The saved minutes are not valid JSON: ${(error as Error).message}`);
    }
  }
  const result = SerializedEditorStateSchema.safeParse(json);
  if (!result.success) {
    throw new EditorStateError(
      `The saved minutes are not a Lexical editor state ({ "root": { "type": "root", "children": [...] } }):\n${z.prettifyError(result.error)}`,
    );
  }
  return result.data;
}

/** Checks the fields of a node the walker knows, naming the node and its place in the tree when they are wrong. */
function parseNode<T>(schema: z.ZodType<T>, node: SerializedNode, path: string): T {
  const result = schema.safeParse(node);
  if (!result.success) {
    throw new EditorStateError(`The ${node.type} node at ${path} is not as Lexical writes it:\n${z.prettifyError(result.error)}`);
  }
  return result.data;
}

const plain = { bold: false, italic: false, underline: false } as const;

/** True when a block has nothing a reader could see: an officer's stray Enter. */
function isBlank(runs: readonly MinutesRun[]): boolean {
  return runs.every((run) => run.text.trim() === '');
}

/** Joins neighbouring runs with the same formatting, so Word gets one run where the editor had several. */
function mergeRuns(runs: readonly MinutesRun[]): MinutesRun[] {
  const merged: MinutesRun[] = [];
  for (const run of runs) {
    if (run.text === '') continue;
    const last = merged.at(-1);
    if (last && last.bold === run.bold && last.italic === run.italic && last.underline === run.underline) {
      last.text += run.text;
    } else {
      merged.push({ ...run });
    }
  }
  return merged;
}

function runFromBits(text: string, bits: number, forceBold: boolean): MinutesRun {
  return {
    text,
    bold: forceBold || (bits & TextFormatBit.bold) !== 0,
    italic: (bits & TextFormatBit.italic) !== 0,
    underline: (bits & TextFormatBit.underline) !== 0,
  };
}

/** A node that carries text of its own (Lexical's TextNode and anything built on it). */
function carriesText(node: SerializedNode): boolean {
  return node.type === NodeType.text || node.type === NodeType.lineBreak || node.type === NodeType.tab || typeof node.text === 'string';
}

/** "RESOLVED" at the start of a paragraph, however the officer typed it. */
const resolvedWord = /^(\s*)(resolved)\b/i;

/** A paragraph the officer began with a bold "RESOLVED": a decision, though typed as an ordinary paragraph. */
function startsWithBoldResolved(runs: readonly MinutesRun[]): boolean {
  const first = runs.find((run) => run.text.trim() !== '');
  return first !== undefined && first.bold && /^\s*RESOLVED\b/.test(first.text);
}

/**
 * "RESOLVED that:" (or "RESOLVED:"): a decision (a resolution node, or a paragraph begun with a bold "RESOLVED")
 * that ends in a colon, so the numbered list straight after it is its parts, lettered (a), (b) ….
 */
export function opensResolutionParts(runs: readonly MinutesRun[], resolutionNode: boolean): boolean {
  return (resolutionNode || startsWithBoldResolved(runs)) && runs.map((run) => run.text).join('').trim().endsWith(':');
}

/** A resolution's opening word in bold capitals: "Resolved that …" is printed "RESOLVED that …"; nothing else changes. */
function boldResolvedWord(runs: readonly MinutesRun[]): MinutesRun[] {
  const index = runs.findIndex((run) => run.text.trim() !== '');
  const first = runs[index];
  const match = first ? resolvedWord.exec(first.text) : null;
  if (!first || !match) return [...runs];
  const lead = match[1] ?? '';
  const rest = first.text.slice(lead.length + 'resolved'.length);
  const pieces: MinutesRun[] = [];
  if (lead !== '') pieces.push({ ...first, text: lead });
  pieces.push({ ...first, text: 'RESOLVED', bold: true });
  if (rest !== '') pieces.push({ ...first, text: rest });
  return mergeRuns([...runs.slice(0, index), ...pieces, ...runs.slice(index + 1)]);
}

class MinutesWalker {
  readonly blocks: MinutesBlock[] = [];
  readonly actions: MinutesAction[] = [];
  /** Actions met in the block being read, whose notes follow it (see takeActionNotes). */
  private pendingActions: MinutesAction[] = [];
  /** The current minute's agenda item and label ("94."), for the actions marked in it. */
  private minuteItemId: string | null = null;
  private minuteLabel = '';
  private listCount = 0;
  private minuteCount = 0;
  private resolutionCount = 0;
  /** The minute being walked (its number of order, from 1), or 0 outside minutes. */
  private minute = 0;
  /** The last block was "RESOLVED that:": a numbered list straight after it is its lettered parts. */
  private partsFollow = false;
  private readonly people: ReadonlyMap<string, Person>;
  /** People already named in the current minute (or meeting, by the house style): later mentions use the short form. */
  private readonly firstMentions: FirstMentions;
  private lastPart: string | null = null;

  constructor(private readonly facts: MinutesFacts) {
    this.people = new Map(facts.roster.map((person) => [person.id, person]));
    this.firstMentions = new FirstMentions(facts.firstMention);
  }

  /** The heading of a minute, from its agenda item; a minute whose item left the agenda keeps a plain heading. */
  private addMinuteHeading(itemId: unknown): void {
    const index = this.facts.agenda.findIndex((item) => item.id === itemId);
    const item = this.facts.agenda[index];
    if (!item) {
      const runs = [{ text: 'Item no longer on the agenda', bold: true, italic: false, underline: false }];
      const itemIdText = typeof itemId === 'string' ? itemId : null;
      this.blocks.push({ kind: 'minuteHeading', itemId: itemIdText, label: '', title: runs[0]!.text, reference: null, part: 'unrestricted', startsPart: false, runs });
      this.minuteItemId = itemIdText;
      this.minuteLabel = '';
      return;
    }
    const number = this.facts.minuteNumbers.get(item.id) ?? 0;
    const label = minuteHeadingLabel(item, number, this.facts.headingStyle);
    this.minuteItemId = item.id;
    this.minuteLabel = label.label;
    const startsPart = this.lastPart !== item.part;
    this.lastPart = item.part;
    this.blocks.push({
      kind: 'minuteHeading',
      itemId: item.id,
      label: label.label,
      title: label.title,
      reference: label.reference,
      part: item.part,
      startsPart,
      runs: [{ text: `${label.label} ${label.title}`.trim(), bold: true, italic: false, underline: false }],
    });
  }

  /** A vote: its result sentence as a paragraph and, for a recorded vote, its For / Against / Abstain lines. */
  private addVote(node: SerializedNode): void {
    const vote = voteFromNode(node);
    const plain = { bold: false, italic: false, underline: false };
    this.addParagraph([{ text: voteSentence(vote, this.facts.voteWording, this.facts.chairWord), ...plain }]);
    if (vote.kind !== 'recorded') return;
    const nameOf = (id: string) => {
      const person = this.people.get(id);
      return person ? attendanceName(person, this.facts.chairWord) : UNKNOWN_PERSON;
    };
    const lines = recordedVoteLines(vote.placings, this.facts.roster).map((line) => ({ label: line.label, names: line.personIds.map(nameOf) }));
    const text = lines.map((line) => `${line.label}: ${joinWithAnd(line.names)}`).join('\n');
    this.blocks.push({ kind: 'voteTable', inMinute: this.minute !== 0, lines, runs: [{ text, ...plain }] });
  }

  /** A person's words at this mention, as the editor shows them (see mentionText). */
  private mentionText(node: SerializedNode): string {
    const personId = typeof node.personId === 'string' ? node.personId : '';
    // The short name stored with the mention (or the words of an older form), for someone no longer on the roster.
    const stored = typeof node.label === 'string' ? node.label : typeof node.text === 'string' ? node.text : '';
    return mentionText(this.people.get(personId), this.firstMentions.next(personId), stored);
  }

  /**
   * Walks nodes that stand at block level (the root's children, or the children of
   * a container we do not know). Inline nodes met there are gathered into a paragraph.
   */
  walkBlocks(nodes: readonly SerializedNode[], path: string): void {
    let loose: MinutesRun[] = [];
    const flushLoose = () => {
      this.addParagraph(loose);
      loose = [];
    };
    nodes.forEach((node, index) => {
      const at = `${path}.children[${index}]`;
      switch (node.type) {
        case NodeType.minuteItem: {
          flushLoose();
          this.partsFollow = false;
          // Without an agenda item id there is nothing to head it with: only its contents are printed.
          if (typeof node.itemId === 'string') this.addMinuteHeading(node.itemId);
          this.firstMentions.enterMinute();
          const outer = this.minute;
          this.minute = ++this.minuteCount;
          this.walkBlocks(node.children ?? [], at);
          this.minute = outer;
          this.minuteItemId = null;
          this.minuteLabel = '';
          this.partsFollow = false;
          this.firstMentions.leaveMinute();
          break;
        }
        case NodeType.minuteHeading:
          // Derived from the agenda: written by the minute item above.
          break;
        case NodeType.resolution:
          flushLoose();
          this.addParagraph(this.inlineRuns(node.children ?? [], at, false), true);
          break;
        case NodeType.paragraph:
        case NodeType.quote:
          flushLoose();
          this.addParagraph(this.inlineRuns(node.children ?? [], at, false));
          break;
        case NodeType.vote:
          flushLoose();
          this.addVote(node);
          break;
        case NodeType.heading:
          flushLoose();
          parseNode(SerializedHeadingSchema, node, at);
          // Until minute items arrive, a heading is the minute's title: a bold paragraph.
          this.addParagraph(this.inlineRuns(node.children ?? [], at, true));
          break;
        case NodeType.list:
          flushLoose();
          this.walkList(node, 0, at);
          break;
        case NodeType.listItem:
          // A list item outside a list: keep what it says.
          flushLoose();
          this.walkBlocks(node.children ?? [], at);
          break;
        default:
          if (carriesText(node)) {
            loose.push(...this.inlineRuns([node], path, false, index));
          } else if (node.children) {
            // A container we do not know (yet): its contents are still the minutes.
            flushLoose();
            this.walkBlocks(node.children, at);
          }
      }
    });
    flushLoose();
  }

  /**
   * Flattens one Lexical list, and the lists nested in it, into list items. `counter` is the run of numbers the
   * list's items count in when they are numbered (see MinutesListItem), found for the outermost list.
   */
  private walkList(node: SerializedNode, level: number, path: string, inherited?: { counter: string; lettered: boolean }): void {
    const list = parseNode(SerializedListSchema, node, path);
    const listId = ++this.listCount;
    const listType: MinutesListType = list.listType === 'number' ? 'number' : 'bullet';
    const partsFollow = this.partsFollow;
    this.partsFollow = false;
    const numbering = inherited ?? this.listCounter(listId, listType, list.start, partsFollow);
    const addItem = (runs: MinutesRun[]) => {
      const merged = mergeRuns([...runs, ...this.takeActionNotes()]);
      if (isBlank(merged)) return;
      this.blocks.push({
        kind: 'listItem',
        listType,
        level,
        listId,
        counter: listType === 'bullet' ? `list-${listId}` : numbering.counter,
        lettered: listType === 'number' && numbering.lettered,
        inMinute: this.minute !== 0,
        start: list.start,
        runs: merged,
      });
    };
    const nested = (child: SerializedNode, at: string) => {
      // A list nested in a numbered list counts in the same run of numbers, a level down; one nested in bullets starts its own.
      const inheritable = listType === 'number' && (child.type !== NodeType.list || (child as { listType?: unknown }).listType === 'number');
      this.walkList(child, level + 1, at, inheritable ? numbering : undefined);
    };
    (node.children ?? []).forEach((item, index) => {
      const at = `${path}.children[${index}]`;
      if (item.type === NodeType.list) {
        nested(item, at);
        return;
      }
      if (item.type !== NodeType.listItem) {
        addItem(this.inlineRuns([item], path, false, index));
        return;
      }
      // A list item holds inline nodes, or (for a deeper level) a nested list.
      let runs: MinutesRun[] = [];
      (item.children ?? []).forEach((child, childIndex) => {
        if (child.type === NodeType.list) {
          addItem(runs);
          runs = [];
          nested(child, `${at}.children[${childIndex}]`);
        } else {
          runs.push(...this.inlineRuns([child], at, false, childIndex));
        }
      });
      addItem(runs);
    });
  }

  /**
   * The text of inline nodes as runs. Anything that is not plain inline content
   * (a node type we do not know, or a block where only inline content belongs)
   * is read for its text and its children's text, so nothing typed is lost.
   */
  private inlineRuns(nodes: readonly SerializedNode[], path: string, forceBold: boolean, firstIndex = 0): MinutesRun[] {
    const runs: MinutesRun[] = [];
    const previousFormat = (): Omit<MinutesRun, 'text'> => {
      const last = runs.at(-1);
      return last ? { bold: last.bold, italic: last.italic, underline: last.underline } : { ...plain, bold: forceBold };
    };
    nodes.forEach((node, offset) => {
      const at = `${path}.children[${firstIndex + offset}]`;
      switch (node.type) {
        case NodeType.text: {
          const text = parseNode(SerializedTextNodeSchema, node, at);
          runs.push(runFromBits(text.text, text.format, forceBold));
          break;
        }
        // A line break or tab takes the formatting around it, so it does not split a run.
        case NodeType.lineBreak:
          runs.push({ text: '\n', ...previousFormat() });
          break;
        case NodeType.tab:
          runs.push({ text: '\t', ...previousFormat() });
          break;
        case NodeType.mention:
          runs.push({ text: this.mentionText(node), ...plain, bold: forceBold });
          break;
        case NodeType.action: {
          // The sentence prints as the officer wrote it; its note follows the block (takeActionNotes).
          const words = this.inlineRuns(node.children ?? [], at, forceBold);
          runs.push(...words);
          const marking = actionFromNode(node);
          const action: MinutesAction = {
            ...marking,
            itemId: this.minuteItemId,
            minuteLabel: this.minuteLabel,
            text: words.map((run) => run.text).join('').trim(),
          };
          this.actions.push(action);
          this.pendingActions.push(action);
          break;
        }
        default: {
          const headingBold = forceBold || node.type === NodeType.heading;
          if (typeof node.text === 'string') runs.push(runFromBits(node.text, textFormatOf(node.format), headingBold));
          if (node.children?.length) {
            // Blocks met inline (only in malformed trees) are separated by a line break.
            if (isKnownNodeType(node.type) && runs.length > 0) runs.push({ text: '\n', ...previousFormat() });
            runs.push(...this.inlineRuns(node.children, at, headingBold));
          }
        }
      }
    });
    return mergeRuns(runs);
  }

  /**
   * Which run of numbers an outermost list counts in: the parts of a "RESOLVED that:" on their own, lettered;
   * a numbered list in a minute on from the minute's other numbered paragraphs; anything else on its own.
   */
  private listCounter(listId: number, listType: MinutesListType, start: number, partsFollow: boolean): { counter: string; lettered: boolean } {
    if (listType === 'number' && partsFollow) return { counter: `resolution-${++this.resolutionCount}`, lettered: true };
    if (listType === 'number' && this.minute !== 0 && start === 1) return { counter: `minute-${this.minute}`, lettered: false };
    return { counter: `list-${listId}`, lettered: false };
  }

  /**
   * The notes of the actions marked in the block just read, to end it: a line each, in bold ("Action: Mr Peerbux
   * by Friday, 30 April 2027"), as minutes print their action notes. Facts may leave them out (the house-style
   * check reads only what the officer wrote).
   */
  private takeActionNotes(): MinutesRun[] {
    const actions = this.pendingActions;
    this.pendingActions = [];
    if (this.facts.actionNotes === false) return [];
    return actions.map((action) => ({ text: `\n${actionNote(actionOwnerName(action.ownerId, this.facts.roster), action.due)}`, ...plain, bold: true }));
  }

  private addParagraph(runs: readonly MinutesRun[], resolutionNode = false): void {
    const merged = mergeRuns([...runs, ...this.takeActionNotes()]);
    if (isBlank(merged)) return;
    const resolution = resolutionNode || startsWithBoldResolved(merged);
    const printed = resolution ? boldResolvedWord(merged) : merged;
    this.blocks.push({ kind: 'paragraph', inMinute: this.minute !== 0, resolution, runs: printed });
    this.partsFollow = opensResolutionParts(merged, resolutionNode);
  }
}
