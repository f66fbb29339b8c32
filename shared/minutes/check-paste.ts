import { scanJsonText } from '../meeting-file/json-text';
import { MAX_INDENT, MAX_TEXT_LENGTH } from '../meeting-file/limits';
import { NOT_TEXT } from '../meeting-file/values';
import { formatNumber, plural } from '../meeting-file/words';
import { checkPastedNodes } from './check-editor-state';
import { NodeType } from './editor-json';

/**
 * The paste door: what comes in from the clipboard is held to the same rules as a meeting file
 * (check-editor-state) before the editor takes it, with the obvious, safe repairs made and said: characters
 * that are not text are left out; people not on this meeting's roster are pasted as the plain words they
 * were shown as; minutes copied whole from elsewhere bring their text without their headings.
 */

/** The most text one paste may bring: a long report, not a book. */
export const MAX_PASTE_CHARACTERS = 2_000_000;

/** What values.ts refuses in a file (controls but tab and line feed, non-characters, broken pairs), to leave out of a paste. */
const NOT_TEXT_ANYWHERE = new RegExp(NOT_TEXT.source, 'g');

/** Text with carriage returns made line feeds and what no minutes hold left out, and how many characters went. */
export function cleanPastedText(text: string): { text: string; removed: number } {
  const lines = text.replace(/\r\n?/g, '\n');
  let removed = 0;
  const cleaned = lines.replace(NOT_TEXT_ANYWHERE, () => {
    removed += 1;
    return '';
  });
  return { text: cleaned, removed };
}

export type PasteCheck = { ok: true; value: string; notes: string[] } | { ok: false; problem: string };
export type PastedNodesCheck = { ok: true; nodes: unknown[]; notes: string[] } | { ok: false; problem: string };

/** Plain text to paste: cleaned, and refused when a single line could never be a paragraph of minutes. */
export function checkPastedText(text: string): PasteCheck {
  if (text.length > MAX_PASTE_CHARACTERS) return { ok: false, problem: `the text is longer than ${formatNumber(MAX_PASTE_CHARACTERS)} characters` };
  const { text: cleaned, removed } = cleanPastedText(text);
  if (cleaned.split('\n').some((line) => line.length > MAX_TEXT_LENGTH)) {
    return { ok: false, problem: `a line of it is longer than ${formatNumber(MAX_TEXT_LENGTH)} characters` };
  }
  return { ok: true, value: cleaned, notes: removed > 0 ? [`${plural(removed, 'character')} that cannot be text (control characters) ${removed === 1 ? 'was' : 'were'} left out.`] : [] };
}

type Json = Record<string, unknown>;

function isRecord(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

interface Repairs {
  strangers: number;
  minutes: number;
  characters: number;
  /** Actions whose owner is not on this roster: pasted without an owner. */
  owners: number;
}

/** A plain text node holding `text`, as the editor writes one. */
function textNode(text: string): Json {
  return { detail: 0, format: 0, mode: 'normal', style: '', text, type: NodeType.text, version: 1 };
}

/** The repairs of the module comment, over a list of serialised nodes; returns the list to paste instead. */
function repaired(nodes: readonly unknown[], personIds: ReadonlySet<string>, repairs: Repairs, depth: number): unknown[] {
  if (depth > 40) return [...nodes]; // left as it is: the check refuses what nests this deep
  const out: unknown[] = [];
  for (const node of nodes) {
    if (!isRecord(node)) {
      out.push(node);
      continue;
    }
    if (node.type === NodeType.minuteHeading) continue;
    if (node.type === NodeType.minuteItem) {
      repairs.minutes += 1;
      if (Array.isArray(node.children)) out.push(...repaired(node.children, personIds, repairs, depth + 1));
      continue;
    }
    if (node.type === NodeType.mention && !personIds.has(node.personId as string)) {
      repairs.strangers += 1;
      out.push(textNode(typeof node.label === 'string' ? cleanPastedText(node.label).text : ''));
      continue;
    }
    if (node.type === NodeType.action && typeof node.ownerId === 'string' && !personIds.has(node.ownerId)) {
      // An action copied from another committee's minutes keeps its words; its owner is chosen again here.
      repairs.owners += 1;
      node.ownerId = null;
    }
    if (typeof node.text === 'string' && node.type !== NodeType.tab) {
      const { text, removed } = cleanPastedText(node.text);
      node.text = text;
      repairs.characters += removed;
    }
    if (typeof node.indent === 'number' && node.indent > MAX_INDENT) node.indent = MAX_INDENT;
    if (Array.isArray(node.children)) node.children = repaired(node.children, personIds, repairs, depth + 1);
    out.push(node);
  }
  return out;
}

/**
 * Serialised nodes to paste (the `nodes` of Lexical's clipboard JSON, or what the editor made of pasted HTML),
 * repaired and checked against `personIds`, the roster this meeting's minutes print with. `json` is the text
 * when it came as text: it is scanned for size and nesting before it is parsed.
 */
export function repairPastedNodes(source: { json: string } | { nodes: unknown[] }, personIds: ReadonlySet<string>): PastedNodesCheck {
  let nodes: unknown;
  if ('json' in source) {
    if (source.json.length > MAX_PASTE_CHARACTERS * 2) return { ok: false, problem: 'it is far larger than any minutes' };
    const scan = scanJsonText(source.json);
    if (!scan.ok) return { ok: false, problem: 'what was copied is damaged' };
    const payload = JSON.parse(source.json) as unknown;
    nodes = isRecord(payload) ? payload.nodes : undefined;
  } else {
    nodes = source.nodes;
  }
  if (!Array.isArray(nodes)) return { ok: false, problem: 'what was copied is not minutes' };
  const repairs: Repairs = { strangers: 0, minutes: 0, characters: 0, owners: 0 };
  const pasted = repaired(nodes, personIds, repairs, 0);
  const checked = checkPastedNodes(pasted, personIds);
  if (!checked.ok) return { ok: false, problem: checked.problem };
  const notes: string[] = [];
  if (repairs.strangers > 0) {
    notes.push(`${plural(repairs.strangers, 'name')} of people not on this meeting’s roster ${repairs.strangers === 1 ? 'was' : 'were'} pasted as plain words.`);
  }
  if (repairs.minutes > 0) notes.push(`${plural(repairs.minutes, 'minute')} copied whole ${repairs.minutes === 1 ? 'was' : 'were'} pasted as text, without ${repairs.minutes === 1 ? 'its heading' : 'their headings'}.`);
  if (repairs.owners > 0) notes.push(`${plural(repairs.owners, 'action')} owned by people not on this meeting’s roster ${repairs.owners === 1 ? 'was' : 'were'} pasted without an owner.`);
  if (repairs.characters > 0) notes.push(`${plural(repairs.characters, 'character')} that cannot be text ${repairs.characters === 1 ? 'was' : 'were'} left out.`);
  return { ok: true, nodes: pasted, notes };
}
