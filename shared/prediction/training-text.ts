import { NodeType } from '../minutes/editor-json';
import type { TemplatePart } from '../domain/templates';
import { personMark } from './tokens';

/**
 * The paragraphs of saved minutes (Lexical editor JSON, as drafts and meeting files hold it) as text for the
 * model: each paragraph, list item or resolution its own string, a mention written as personMark(id). Minute
 * headings are derived from the agenda and skipped; an unfilled template blank ends the run of text it stands in
 * (its placeholder is not the officer's words). Anything it does not understand is walked for its text; it never
 * throws on odd JSON, which simply yields fewer paragraphs.
 */
export function paragraphsOfMinutes(editorState: unknown): string[] {
  const paragraphs: string[] = [];
  const root = (editorState as { root?: unknown } | null)?.root;
  walkBlock(root, paragraphs);
  return paragraphs;
}

interface JsonNode {
  type?: unknown;
  text?: unknown;
  children?: unknown;
  personId?: unknown;
  placeholder?: unknown;
}

function childrenOf(node: JsonNode): JsonNode[] {
  return Array.isArray(node.children) ? (node.children.filter((child) => child !== null && typeof child === 'object') as JsonNode[]) : [];
}

/** Whether a node holds blocks (a root, minute, list) or its own inline text (a paragraph, list item…). */
function isBlockHolder(node: JsonNode): boolean {
  return node.type === NodeType.root || node.type === NodeType.minuteItem || node.type === NodeType.list;
}

function walkBlock(value: unknown, out: string[]): void {
  if (value === null || typeof value !== 'object') return;
  const node = value as JsonNode;
  if (node.type === NodeType.minuteHeading) return;
  if (isBlockHolder(node)) {
    for (const child of childrenOf(node)) walkBlock(child, out);
    return;
  }
  // A paragraph-like node: its inline children make its text; a nested list inside (a list item holding
  // sub-points) is walked as blocks of its own.
  let text = '';
  const flush = () => {
    if (text.trim() !== '') out.push(text.trim());
    text = '';
  };
  for (const child of childrenOf(node)) {
    if (child.type === NodeType.list || Array.isArray(child.children)) {
      flush();
      walkBlock(child, out);
    } else if (child.type === NodeType.mention && typeof child.personId === 'string') {
      text += personMark(child.personId);
    } else if (child.type === NodeType.templateField && child.text === child.placeholder) {
      flush();
    } else if (child.type === NodeType.lineBreak || child.type === NodeType.tab) {
      text += ' ';
    } else if (typeof child.text === 'string') {
      text += child.text;
    }
  }
  flush();
}

/**
 * A standard phrase's words as runs of text for the model: a {person} blank becomes a mention (the phrase teaches
 * "⟨person⟩ introduced the report that"), and any other blank or a new paragraph ends a run, since what the
 * officer fills in is not known.
 */
export function runsOfPhrase(parts: readonly TemplatePart[]): string[] {
  const runs: string[] = [];
  let text = '';
  const flush = () => {
    if (text.trim() !== '') runs.push(text.trim());
    text = '';
  };
  for (const part of parts) {
    if (part.kind === 'text') text += part.text;
    else if (part.kind === 'person') text += personMark('');
    else flush();
  }
  flush();
  return runs;
}
