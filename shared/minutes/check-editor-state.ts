import { MAX_EDITOR_NODES, MAX_INDENT, MAX_LIST_NESTING, MAX_MINUTES_CHARACTERS, MAX_TEXT_LENGTH } from '../meeting-file/limits';
import { MAX_MINUTE_NUMBER, ID_PATTERN } from '../model/primitives';
import { describeValue, formatNumber, quote } from '../meeting-file/words';
import { NodeType } from './editor-json';
import { MAX_VOTE_COUNT } from '../domain/votes';
import { placingsProblem } from './vote-node';
import { dueProblem, ownerProblem } from './action-node';

/**
 * The minutes' editor state checked node by node against exactly what Minute Book's editor writes (Lexical
 * 0.52 with the minutes' own nodes, renderer/src/editor/nodes): every node of a known type, in a place that
 * type may stand, with its fields of the right kind; every minute for an agenda item on the agenda (one minute
 * per item, headed by its own heading); every mention of a person on the roster. What passes opens in the
 * editor and exports. Fields Lexical may leave out are filled in as it writes them; fields Minute Book never
 * writes are left out, and inline styles (colours, fonts) are cleared: both are counted, to be said.
 */

/** What the minutes may point at. */
export interface MinutesReferences {
  /** Ids of the people the minutes may name: the roster they print with. */
  personIds: ReadonlySet<string>;
  /** Ids of the agenda items the minutes may have a minute for. */
  itemIds: ReadonlySet<string>;
}

export interface EditorStateFindings {
  /** Nodes looked at. */
  nodes: number;
  /** Characters of text in them. */
  characters: number;
  /** Fields left out or cleared (see the module comment). */
  tidied: number;
  /** The agenda items that have a minute, in the order the minutes stand. */
  minutedItemIds: string[];
  /** The ids of the actions marked in the minutes, in order. */
  actionIds: string[];
}

/** Where a problem is, from the editor state down ("root", "children", 3, …), and what it is. */
export type EditorStateCheck = { ok: true; findings: EditorStateFindings } | { ok: false; path: (string | number)[]; problem: string };

type Json = Record<string, unknown>;
/** Null when the value is right; otherwise what it should be, in words. */
type Rule = (value: unknown) => string | null;
interface FieldSpec {
  rule: Rule;
  /** Written in when the field is missing; a field without one is required. */
  fill?: unknown;
  /** Neither required nor filled in: checked when present. */
  optional?: true;
}

const oneOf =
  (...options: readonly unknown[]): Rule =>
  (value) =>
    options.includes(value) ? null : `one of ${options.map((option) => (option === null ? 'empty' : `“${String(option)}”`)).join(', ')}`;
const whole =
  (min: number, max: number): Rule =>
  (value) =>
    typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max ? null : `a whole number from ${formatNumber(min)} to ${formatNumber(max)}`;
const text =
  (max: number): Rule =>
  (value) =>
    typeof value === 'string' && value.length <= max ? null : `text of at most ${formatNumber(max)} characters`;
const id: Rule = (value) => (typeof value === 'string' && ID_PATTERN.test(value) ? null : 'an id (letters, digits, - and _)');
const flag: Rule = (value) => (typeof value === 'boolean' ? null : 'true or false');
/** Inline CSS: Minute Book never writes any, so it is cleared rather than trusted. */
const noStyle: Rule = (value) => (typeof value === 'string' ? null : 'text');

/** Lexical's text format bits, bold (1) to capitalize (1024). */
const MAX_TEXT_FORMAT = 2047;

const VERSION: Record<string, FieldSpec> = { version: { rule: whole(1, 1000), fill: 1 } };
const ELEMENT: Record<string, FieldSpec> = {
  ...VERSION,
  direction: { rule: oneOf(null, 'ltr', 'rtl'), fill: null },
  format: { rule: oneOf('', 'left', 'start', 'center', 'right', 'end', 'justify'), fill: '' },
  indent: { rule: whole(0, MAX_INDENT), fill: 0 },
  textFormat: { rule: whole(0, MAX_TEXT_FORMAT), optional: true },
  textStyle: { rule: noStyle, optional: true },
};
const PARAGRAPH: Record<string, FieldSpec> = {
  ...ELEMENT,
  textFormat: { rule: whole(0, MAX_TEXT_FORMAT), fill: 0 },
  textStyle: { rule: noStyle, fill: '' },
};
const TEXT: Record<string, FieldSpec> = {
  ...VERSION,
  text: { rule: text(MAX_TEXT_LENGTH) },
  format: { rule: whole(0, MAX_TEXT_FORMAT), fill: 0 },
  detail: { rule: whole(0, 3), fill: 0 },
  mode: { rule: oneOf('normal', 'token', 'segmented'), fill: 'normal' },
  style: { rule: noStyle, fill: '' },
};

/** Where a node stands decides what it may be. */
type Place = 'root' | 'minute' | 'inline' | 'action' | 'list' | 'listItem' | 'pasted';

interface NodeSpec {
  fields: Record<string, FieldSpec>;
  /** What its children may be; absent for a leaf. */
  holds?: Place;
  /** Words for the node in a message: "a paragraph". */
  words: string;
}

const SPECS: Readonly<Record<string, NodeSpec>> = {
  [NodeType.root]: { fields: ELEMENT, holds: 'root', words: 'the minutes' },
  [NodeType.minuteItem]: { fields: { ...ELEMENT, itemId: { rule: id } }, holds: 'minute', words: 'a minute' },
  [NodeType.minuteHeading]: { fields: { ...VERSION, itemId: { rule: id } }, words: "a minute's heading" },
  [NodeType.paragraph]: { fields: PARAGRAPH, holds: 'inline', words: 'a paragraph' },
  [NodeType.resolution]: { fields: PARAGRAPH, holds: 'inline', words: 'a resolution' },
  [NodeType.quote]: { fields: ELEMENT, holds: 'inline', words: 'a quotation' },
  [NodeType.heading]: { fields: { ...ELEMENT, tag: { rule: oneOf('h1', 'h2', 'h3', 'h4', 'h5', 'h6') } }, holds: 'inline', words: 'a heading' },
  [NodeType.list]: {
    fields: { ...ELEMENT, listType: { rule: oneOf('number', 'bullet', 'check') }, start: { rule: whole(0, MAX_MINUTE_NUMBER), fill: 1 }, tag: { rule: oneOf('ol', 'ul'), optional: true } },
    holds: 'list',
    words: 'a list',
  },
  [NodeType.listItem]: {
    fields: { ...ELEMENT, value: { rule: whole(0, MAX_MINUTE_NUMBER), fill: 1 }, checked: { rule: flag, optional: true } },
    holds: 'listItem',
    words: 'a list item',
  },
  [NodeType.text]: { fields: TEXT, words: 'a piece of text' },
  [NodeType.tab]: { fields: { ...TEXT, text: { rule: oneOf('\t') } }, words: 'a tab' },
  [NodeType.templateField]: {
    fields: { ...TEXT, fieldKind: { rule: oneOf('text', 'person') }, placeholder: { rule: text(500), optional: true } },
    words: 'a blank of a standing phrase',
  },
  [NodeType.lineBreak]: { fields: VERSION, words: 'a line break' },
  [NodeType.mention]: { fields: { ...VERSION, personId: { rule: id }, label: { rule: text(300) } }, words: 'a mention of a person' },
  [NodeType.vote]: {
    fields: {
      ...VERSION,
      voteKind: { rule: oneOf('show-of-hands', 'recorded') },
      forCount: { rule: whole(0, MAX_VOTE_COUNT), fill: 0 },
      againstCount: { rule: whole(0, MAX_VOTE_COUNT), fill: 0 },
      abstainCount: { rule: whole(0, MAX_VOTE_COUNT), fill: 0 },
      placings: { rule: placingsProblem, fill: [] },
      castingVote: { rule: oneOf(null, 'for', 'against'), fill: null },
    },
    words: 'a vote',
  },
  [NodeType.action]: {
    fields: { ...ELEMENT, actionId: { rule: id }, ownerId: { rule: ownerProblem, fill: null }, due: { rule: dueProblem, fill: null } },
    holds: 'action',
    words: 'an action',
  },
};

const BLOCKS: ReadonlySet<string> = new Set([NodeType.paragraph, NodeType.resolution, NodeType.quote, NodeType.heading, NodeType.list, NodeType.vote]);
/** What a sentence marked as an action may hold: the inline content of a paragraph, but not another action. */
const ACTION_TEXT: ReadonlySet<string> = new Set([NodeType.text, NodeType.tab, NodeType.templateField, NodeType.lineBreak, NodeType.mention]);
const INLINE: ReadonlySet<string> = new Set([...ACTION_TEXT, NodeType.action]);

/** What may stand in each place, and the place in words: "… cannot stand inside a paragraph". */
const PLACES: Readonly<Record<Place, { allows: (type: string) => boolean; words: string }>> = {
  root: { allows: (type) => BLOCKS.has(type) || type === NodeType.minuteItem, words: 'at the top level of the minutes' },
  minute: { allows: (type) => BLOCKS.has(type), words: 'inside a minute' },
  inline: { allows: (type) => INLINE.has(type), words: 'inside a paragraph' },
  action: { allows: (type) => ACTION_TEXT.has(type), words: 'inside an action' },
  list: { allows: (type) => type === NodeType.listItem, words: 'directly inside a list' },
  listItem: { allows: (type) => INLINE.has(type) || type === NodeType.list, words: 'inside a list item' },
  pasted: { allows: (type) => BLOCKS.has(type) || INLINE.has(type) || type === NodeType.listItem, words: 'in what was pasted' },
};

/** The spec of a node type Minute Book writes, or undefined. */
export function nodeSpec(type: string): NodeSpec | undefined {
  return Object.hasOwn(SPECS, type) ? SPECS[type] : undefined;
}

function isRecord(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Checks one node's own fields (not its children) against its spec, filling in, leaving out and clearing as
 * the module comment says. Returns what was tidied, or the problem.
 */
export function checkNodeFields(node: Json, spec: NodeSpec): { tidied: number } | { field: string; problem: string } {
  let tidied = 0;
  for (const [name, field] of Object.entries(spec.fields)) {
    if (!Object.hasOwn(node, name) || node[name] === undefined) {
      if (field.optional) continue;
      if (field.fill === undefined) return { field: name, problem: `${spec.words} without its “${name}”` };
      node[name] = field.fill;
      continue;
    }
    const value = node[name];
    const expected = field.rule(value);
    if (expected !== null) return { field: name, problem: `${spec.words} whose “${name}” should be ${expected}, not ${describeValue(value)}` };
    if (field.rule === noStyle && value !== '') {
      node[name] = '';
      tidied += 1;
    }
  }
  for (const name of Object.keys(node)) {
    if (name === 'type' || name === 'children' || Object.hasOwn(spec.fields, name)) continue;
    delete node[name];
    tidied += 1;
  }
  return { tidied };
}

/** Walks nodes (recursively: see checkEditorState) keeping the path to where it is, for messages. */
class NodeWalker {
  readonly path: (string | number)[] = [];
  readonly findings: EditorStateFindings = { nodes: 0, characters: 0, tidied: 0, minutedItemIds: [], actionIds: [] };
  private readonly minuted = new Set<string>();
  private readonly actionIds = new Set<string>();

  constructor(
    private readonly references: MinutesReferences,
    private readonly onProgress?: (nodes: number) => void,
  ) {}

  /** Checks `node` standing in `place`, held by `lists` lists; returns the problem, the path left pointing at it. */
  visit(node: unknown, place: Place, lists: number): string | null {
    const { path, findings, references } = this;
    findings.nodes += 1;
    if (findings.nodes > MAX_EDITOR_NODES) return `more than ${formatNumber(MAX_EDITOR_NODES)} pieces, far more than any meeting's minutes`;
    if (this.onProgress && findings.nodes % 8192 === 0) this.onProgress(findings.nodes);
    if (!isRecord(node)) return `something that is not part of the minutes (${describeValue(node)})`;
    const type = node.type;
    if (typeof type !== 'string') return `a piece of the minutes that does not say what it is (its “type” is ${describeValue(type)})`;
    const spec = nodeSpec(type);
    if (!spec) return `a kind of content Minute Book does not write (${quote(type, 30)})`;
    if ((place !== 'root' || type !== NodeType.root) && (type === NodeType.root || !PLACES[place].allows(type))) {
      return `${spec.words} where it cannot stand, ${PLACES[place].words}`;
    }
    const fields = checkNodeFields(node, spec);
    if ('problem' in fields) {
      path.push(fields.field);
      return fields.problem;
    }
    findings.tidied += fields.tidied;
    if (typeof node.text === 'string') {
      findings.characters += node.text.length;
      if (findings.characters > MAX_MINUTES_CHARACTERS) return `more than ${formatNumber(MAX_MINUTES_CHARACTERS)} characters of text, far more than any meeting's minutes`;
    }

    if (type === NodeType.mention && !references.personIds.has(node.personId as string)) return 'a mention of a person who is not on the roster';
    if (type === NodeType.vote && (node.placings as { personId: string }[]).some((placing) => !references.personIds.has(placing.personId))) {
      return 'a vote placing a person who is not on the roster';
    }
    if (type === NodeType.action) {
      if (node.ownerId !== null && !references.personIds.has(node.ownerId as string)) return 'an action owned by a person who is not on the roster';
      if (this.actionIds.has(node.actionId as string)) return 'a second action with the id of another';
      this.actionIds.add(node.actionId as string);
      findings.actionIds.push(node.actionId as string);
    }
    if (type === NodeType.minuteItem) {
      const itemId = node.itemId as string;
      if (!references.itemIds.has(itemId)) return `a minute for an agenda item that is not on the agenda (${quote(itemId, 40)})`;
      if (this.minuted.has(itemId)) return 'a second minute for an agenda item that already has one';
      this.minuted.add(itemId);
      findings.minutedItemIds.push(itemId);
    }
    if (type === NodeType.list && lists >= MAX_LIST_NESTING) return `lists nested more than ${MAX_LIST_NESTING} deep`;

    if (!spec.holds) {
      if (Object.hasOwn(node, 'children')) {
        delete node.children;
        findings.tidied += 1;
      }
      return null;
    }
    const children = node.children;
    path.push('children');
    if (!Array.isArray(children)) return `${spec.words} whose contents are ${children === undefined ? 'missing' : `not a list of nodes but ${describeValue(children)}`}`;
    if (spec.holds === 'minute' && children.length === 0) return 'a minute that does not begin with its heading';
    for (let index = 0; index < children.length; index += 1) {
      path.push(index);
      const problem =
        spec.holds === 'minute' && index === 0
          ? this.visitHeading(children[index], node.itemId as string)
          : this.visit(children[index], spec.holds, type === NodeType.list ? lists + 1 : lists);
      if (problem) return problem;
      path.pop();
    }
    path.pop();
    return null;
  }

  /** The first child of a minute: its own heading, naming the same agenda item. */
  private visitHeading(node: unknown, itemId: string): string | null {
    this.findings.nodes += 1;
    if (!isRecord(node) || node.type !== NodeType.minuteHeading) return 'a minute that does not begin with its heading';
    const fields = checkNodeFields(node, SPECS[NodeType.minuteHeading]!);
    if ('problem' in fields) {
      this.path.push(fields.field);
      return fields.problem;
    }
    this.findings.tidied += fields.tidied;
    return node.itemId === itemId ? null : 'a minute whose heading names another agenda item';
  }
}

/**
 * Checks a whole saved editor state ({ root: { type: 'root', children } }) in place; see the module comment.
 * Recursion is bounded: lists nest at most MAX_LIST_NESTING deep and every other node at most three, and a
 * meeting file's JSON was already refused beyond MAX_JSON_DEPTH.
 */
export function checkEditorState(state: unknown, references: MinutesReferences, onProgress?: (nodes: number) => void): EditorStateCheck {
  const walker = new NodeWalker(references, onProgress);
  const fail = (problem: string): EditorStateCheck => ({ ok: false, path: [...walker.path], problem });
  if (!isRecord(state)) return fail(`something other than minutes (${describeValue(state)})`);
  for (const key of Object.keys(state)) {
    if (key === 'root') continue;
    delete state[key];
    walker.findings.tidied += 1;
  }
  walker.path.push('root');
  const root = state.root;
  if (!isRecord(root) || root.type !== NodeType.root) return fail('no “root” node holding the minutes');
  const problem = walker.visit(root, 'root', 0);
  return problem ? fail(problem) : { ok: true, findings: walker.findings };
}

/**
 * Checks nodes pasted into the minutes (already repaired by check-paste: no minutes or headings of minutes
 * among them), in place: blocks, list items or inline content, as the clipboard carries them.
 */
export function checkPastedNodes(nodes: readonly unknown[], personIds: ReadonlySet<string>): EditorStateCheck {
  const walker = new NodeWalker({ personIds, itemIds: new Set() });
  for (let index = 0; index < nodes.length; index += 1) {
    walker.path.push(index);
    const problem = walker.visit(nodes[index], 'pasted', 0);
    if (problem) return { ok: false, path: [...walker.path], problem };
    walker.path.pop();
  }
  return { ok: true, findings: walker.findings };
}
