import type { MeetingExportInput } from '../export/export-options';
import { NodeType, type SerializedNode } from '../minutes/editor-json';
import { minutesFromEditorState, parseEditorState } from '../minutes/from-editor-state';
import { blockText, type MinutesBlock } from '../minutes/minutes-document';
import { minutesFacts } from '../minutes/minutes-facts';
import { minutesHeading } from '../model/minutes-heading';
import type { MinuteRef } from './findings';

/**
 * The minutes as the house-style check reads them: minute by minute, paragraph by paragraph, each paragraph's
 * text exactly as the Word export prints it (the export's own walker makes it), with the stretches the text
 * rules must leave alone marked: people named from the roster, template blanks not yet filled, quotations
 * (block quotes) and italics (titles of documents).
 *
 * The walker's output has no room for those marks (and must not change: signatures are taken over it), so the
 * editor state is copied with marker characters around the nodes that matter before it is walked, and the
 * markers are read back out of the printed text. The markers are Unicode noncharacters (U+FDD0…), which are
 * reserved for exactly this use inside a program; any already in the officer's text become U+FFFD first, so
 * every offset stays the same.
 */

/** A stretch of a paragraph the text rules leave alone, and why. */
export interface MarkedSpan {
  kind: 'mention' | 'blank' | 'quotation' | 'italic' | 'action';
  start: number;
  end: number;
}

export interface CheckedParagraph {
  /** Its place in the minute, from 0 (the heading is not counted). */
  index: number;
  /** The paragraph's node in the editor state, as child indices from the root; null for loose text. */
  nodePath: readonly number[] | null;
  text: string;
  /** A numbered or bulleted paragraph, and how deep (0 for the outermost list); ordinary paragraphs are level 0. */
  listItem: boolean;
  level: number;
  /** A decision: the paragraph begins with RESOLVED (see OPENS_WITH_DECISION). */
  resolution: boolean;
  /** One of the lettered parts of a "RESOLVED that:" above it. */
  resolutionPart: boolean;
  /** Mentions, unfilled blanks, block quotes, italics and sentences marked as actions, in order. */
  marked: MarkedSpan[];
  /** For each unfilled blank (a 'blank' span), its placeholder, in the same order. */
  blankPlaceholders: string[];
}

export interface CheckedMinute extends MinuteRef {
  /** The agenda item's title ("" outside minutes). */
  title: string;
  paragraphs: CheckedParagraph[];
}

const MENTION_OPEN = '\uFDD0';
const MENTION_CLOSE = '\uFDD1';
const BLANK_OPEN = '\uFDD2';
const BLANK_CLOSE = '\uFDD3';
const QUOTE_OPEN = '\uFDD4';
const QUOTE_CLOSE = '\uFDD5';
/** Begins a node id (ASCII digits), which NODE_CLOSE ends. */
const NODE_OPEN = '\uFDD6';
const NODE_CLOSE = '\uFDD7';
const ACTION_OPEN = '\uFDD8';
const ACTION_CLOSE = '\uFDD9';
const ANY_MARKER = /[\uFDD0-\uFDD9]/g;

/** Block-level nodes whose place in the editor state a finding reports. */
const BLOCK_TYPES: ReadonlySet<string> = new Set([NodeType.paragraph, NodeType.heading, NodeType.quote, NodeType.resolution, NodeType.listItem]);

/**
 * A decision opening a paragraph, however it was typed: "RESOLVED" (or "Resolved"), or the words other councils
 * set in capitals for one: "AGREED", "DECIDED", "RECOMMENDED" (to Council or Cabinet).
 */
const OPENS_WITH_DECISION = /^\s*(?:RESOLVED|Resolved|AGREED|DECIDED|RECOMMENDED)\b/;

const textNode = (text: string): SerializedNode => ({ type: NodeType.text, text, format: 0, detail: 0, mode: 'normal', style: '', version: 1 });

/** A template blank the officer has not typed over (as unfilledBlanks reads it). */
function isUnfilledBlank(node: SerializedNode): boolean {
  if (node.type !== NodeType.templateField || typeof node.text !== 'string' || node.text === '') return false;
  const placeholder = typeof node.placeholder === 'string' ? node.placeholder : node.text;
  return node.text === placeholder;
}

/** A copy of the editor state with markers added; `paths[id]` is where node id sits in the original. */
function markedCopy(root: SerializedNode): { root: SerializedNode; paths: number[][] } {
  const paths: number[][] = [];
  const copy = (node: SerializedNode, path: number[]): SerializedNode => {
    const out: SerializedNode = { ...node };
    if (typeof node.text === 'string') out.text = node.text.replace(ANY_MARKER, '\uFFFD');
    if (!node.children) return out;
    const children: SerializedNode[] = [];
    node.children.forEach((child, index) => {
      const childCopy = copy(child, [...path, index]);
      if (child.type === NodeType.mention) children.push(textNode(MENTION_OPEN), childCopy, textNode(MENTION_CLOSE));
      else if (isUnfilledBlank(child)) children.push(textNode(BLANK_OPEN), childCopy, textNode(BLANK_CLOSE));
      else if (child.type === NodeType.action) children.push({ ...childCopy, children: [textNode(ACTION_OPEN), ...(childCopy.children ?? []), textNode(ACTION_CLOSE)] });
      else children.push(childCopy);
    });
    if (node.type === NodeType.quote) {
      children.unshift(textNode(QUOTE_OPEN));
      children.push(textNode(QUOTE_CLOSE));
    }
    if (BLOCK_TYPES.has(node.type)) {
      children.unshift(textNode(`${NODE_OPEN}${paths.length}${NODE_CLOSE}`));
      paths.push(path);
    }
    out.children = children;
    return out;
  };
  return { root: copy(root, []), paths };
}

/** The printed text of a block with the markers taken out, the spans they marked, and the node it came from. */
function readMarkers(block: MinutesBlock, paths: readonly number[][]): { text: string; marked: MarkedSpan[]; nodePath: number[] | null; blanks: string[] } {
  let text = '';
  const marked: MarkedSpan[] = [];
  const blanks: string[] = [];
  const open = new Map<MarkedSpan['kind'], number>();
  let nodeId: number | null = null;
  let italicFrom = -1;
  for (const run of block.runs) {
    if (run.italic && italicFrom === -1) italicFrom = text.length;
    if (!run.italic && italicFrom !== -1) {
      marked.push({ kind: 'italic', start: italicFrom, end: text.length });
      italicFrom = -1;
    }
    for (let i = 0; i < run.text.length; i += 1) {
      const ch = run.text[i]!;
      switch (ch) {
        case MENTION_OPEN:
          open.set('mention', text.length);
          break;
        case BLANK_OPEN:
          open.set('blank', text.length);
          break;
        case QUOTE_OPEN:
          open.set('quotation', text.length);
          break;
        case ACTION_OPEN:
          open.set('action', text.length);
          break;
        case MENTION_CLOSE:
        case BLANK_CLOSE:
        case QUOTE_CLOSE:
        case ACTION_CLOSE: {
          const kind = ch === MENTION_CLOSE ? 'mention' : ch === BLANK_CLOSE ? 'blank' : ch === QUOTE_CLOSE ? 'quotation' : 'action';
          const start = open.get(kind);
          if (start !== undefined && text.length > start) {
            marked.push({ kind, start, end: text.length });
            if (kind === 'blank') blanks.push(text.slice(start));
          }
          open.delete(kind);
          break;
        }
        case NODE_OPEN: {
          const close = run.text.indexOf(NODE_CLOSE, i);
          const id = Number(run.text.slice(i + 1, close));
          // The first node id in a block is its own; later ones come from blocks met inline in a damaged tree.
          if (nodeId === null) nodeId = id;
          i = close;
          break;
        }
        default:
          text += ch;
      }
    }
  }
  if (italicFrom !== -1) marked.push({ kind: 'italic', start: italicFrom, end: text.length });
  marked.sort((a, b) => a.start - b.start || a.end - b.end);
  return { text, marked, nodePath: nodeId === null ? null : [...(paths[nodeId] ?? [])], blanks };
}

/**
 * The minutes of a meeting, ready for the house-style rules. Throws EditorStateError (as the export does) when
 * the saved minutes are not an editor state. Text typed outside any minute comes first as a minute with no item.
 */
export function checkedMinutes(input: MeetingExportInput): CheckedMinute[] {
  const { body, meeting, roster } = input;
  const state = parseEditorState(input.editorState);
  const { root, paths } = markedCopy(state.root as SerializedNode);
  // Without the action notes the export adds: the rules read what the officer wrote.
  const document = minutesFromEditorState(minutesHeading(body, meeting), { ...state, root }, { ...minutesFacts(meeting, body, roster), actionNotes: false });

  const minutes: CheckedMinute[] = [];
  const outside: CheckedMinute = { itemId: null, index: 0, heading: '', title: '', paragraphs: [] };
  let current: CheckedMinute | null = null;
  for (const block of document.blocks) {
    if (block.kind === 'minuteHeading') {
      current = { itemId: block.itemId, index: 0, heading: blockText(block), title: block.title, paragraphs: [] };
      minutes.push(current);
      continue;
    }
    const { text, marked, nodePath, blanks } = readMarkers(block, paths);
    // A block that only held markers (an empty wrapper of a nested list, a stray empty paragraph) is not printed.
    if (text.trim() === '') continue;
    const owner = block.inMinute && current ? current : outside;
    owner.paragraphs.push({
      index: owner.paragraphs.length,
      nodePath,
      text,
      listItem: block.kind === 'listItem',
      level: block.kind === 'listItem' ? block.level : 0,
      resolution: (block.kind === 'paragraph' && block.resolution) || OPENS_WITH_DECISION.test(text),
      resolutionPart: false,
      marked,
      blankPlaceholders: blanks,
    });
  }
  const all = outside.paragraphs.length > 0 ? [outside, ...minutes] : minutes;
  all.forEach((minute, index) => {
    minute.index = index;
    markResolutionParts(minute.paragraphs);
  });
  return all;
}

/**
 * The parts of a decision: the list items under a "RESOLVED that:" (a paragraph ending with a colon, followed by a
 * list), or nested deeper than a RESOLVED list item ("3. RESOLVED that … agree:" then "(a) …", "(b) …").
 */
function markResolutionParts(paragraphs: CheckedParagraph[]): void {
  let decision: CheckedParagraph | null = null;
  for (const paragraph of paragraphs) {
    if (paragraph.resolution) {
      decision = paragraph;
      continue;
    }
    if (decision === null || !paragraph.listItem) {
      decision = null;
      continue;
    }
    const under = decision.listItem ? paragraph.level > decision.level : decision.text.trimEnd().endsWith(':');
    if (under) paragraph.resolutionPart = true;
    else decision = null;
  }
}
