import { z } from 'zod';
import { IdSchema } from '../model/primitives';
import type { BodySettings, ChairWord } from '../model/body';

/** One piece of a template: typed text, a blank the officer fills, a person picked from the roster, and so on. */
export type TemplatePart =
  | { kind: 'text'; text: string }
  | { kind: 'field'; name: string; placeholder: string }
  /** A blank filled by picking someone from the roster (named in full at first mention). */
  | { kind: 'person'; name: string }
  /** The date of the body's previous meeting, filled in for the officer. */
  | { kind: 'previous-meeting-date' }
  /** A new paragraph. */
  | { kind: 'newline' }
  /** Ends the paragraph; the officer carries on with sub-points (a), (b) … beneath it. */
  | { kind: 'sub-points' };

/** A piece of standing phrasing the officer inserts while minuting. */
export interface MinuteTemplate {
  id: string;
  name: string;
  /** A short word the editor can offer as a shortcut, e.g. "noted". */
  shortcutHint?: string;
  /** True when the template is a decision: its first word RESOLVED is printed bold. */
  resolution: boolean;
  body: TemplatePart[];
}

/** Thrown by parseTemplateText with a message an officer can act on, and where in the text the problem is (0-based). */
export class TemplateSyntaxError extends Error {
  constructor(
    message: string,
    readonly position: number,
  ) {
    super(message);
    this.name = 'TemplateSyntaxError';
  }
}

const PREVIOUS_MEETING_DATE = 'previous meeting date';
const SUB_POINTS = 'sub-points';

/** What a {name} in the officer's text stands for. */
function partForName(inner: string): TemplatePart {
  const name = inner.replace(/\s+/g, ' ').trim();
  const lower = name.toLowerCase();
  if (lower === PREVIOUS_MEETING_DATE) return { kind: 'previous-meeting-date' };
  if (lower === SUB_POINTS) return { kind: 'sub-points' };
  // "{person}", "{Person presenting}" … but not "{personal interest}".
  if (/^person\b/i.test(name)) return { kind: 'person', name };
  return { kind: 'field', name, placeholder: name };
}

/** Add text, turning line breaks into newline parts and merging with text already there. */
function pushText(parts: TemplatePart[], text: string): void {
  text.split('\n').forEach((line, index) => {
    if (index > 0) parts.push({ kind: 'newline' });
    if (line === '') return;
    const last = parts[parts.length - 1];
    if (last?.kind === 'text') last.text += line;
    else parts.push({ kind: 'text', text: line });
  });
}

/**
 * Read the simple syntax officers type for their own templates: "{person} introduced the report that {summary}.".
 * {person} or {Person …} is picked from the roster, {previous meeting date} is filled in, {sub-points} starts (a), (b) …,
 * any other {name} is a blank to fill, a line break starts a new paragraph, and the rest is text.
 * Throws TemplateSyntaxError when braces do not pair up.
 */
export function parseTemplateText(text: string): TemplatePart[] {
  const source = text.replace(/\r\n?/g, '\n');
  const parts: TemplatePart[] = [];
  let textStart = 0;
  let i = 0;
  while (i < source.length) {
    const ch = source[i];
    if (ch === '}') {
      throw new TemplateSyntaxError(`There is a "}" at character ${i + 1} with no "{" before it. Blanks are written like {person}.`, i);
    }
    if (ch !== '{') {
      i += 1;
      continue;
    }
    const close = source.indexOf('}', i + 1);
    const nextOpen = source.indexOf('{', i + 1);
    if (close === -1) {
      throw new TemplateSyntaxError(`The "{" at character ${i + 1} is never closed: add a "}" after the name of the blank.`, i);
    }
    if (nextOpen !== -1 && nextOpen < close) {
      throw new TemplateSyntaxError(`The "{" at character ${i + 1} is not closed before the next "{": close each blank with "}" first.`, i);
    }
    const inner = source.slice(i + 1, close);
    if (inner.trim() === '') {
      throw new TemplateSyntaxError(`The braces at character ${i + 1} are empty: put the name of the blank inside, such as {person}.`, i);
    }
    if (inner.includes('\n')) {
      throw new TemplateSyntaxError(`The "{" at character ${i + 1} is closed on a later line: keep each {blank} on one line.`, i);
    }
    pushText(parts, source.slice(textStart, i));
    parts.push(partForName(inner));
    i = close + 1;
    textStart = i;
  }
  pushText(parts, source.slice(textStart));
  return parts;
}

/** The officer's syntax for a template's parts: the inverse of parseTemplateText. */
export function templateToText(parts: readonly TemplatePart[]): string {
  return parts
    .map((part) => {
      switch (part.kind) {
        case 'text':
          // Braces in text would read back as a blank; templates never need them.
          if (/[{}]/.test(part.text)) throw new RangeError(`Template text cannot contain braces: ${part.text}`);
          return part.text;
        case 'field':
        case 'person':
          return `{${part.name}}`;
        case 'previous-meeting-date':
          return `{${PREVIOUS_MEETING_DATE}}`;
        case 'sub-points':
          return `{${SUB_POINTS}}`;
        case 'newline':
          return '\n';
      }
    })
    .join('');
}

/** A decision starts with RESOLVED, which the minutes print bold. */
function isResolution(text: string): boolean {
  return /^RESOLVED\b/.test(text.trimStart());
}

/** The standing phrasing every body gets; "signed by the Chairman" (or Chair) and "notes"/"minutes" follow the body's settings. */
export function builtInTemplates(chairWord: ChairWord, documentWord: BodySettings['documentWord'] = 'NOTES'): MinuteTemplate[] {
  const record = documentWord.toLowerCase();
  const template = (id: string, name: string, shortcutHint: string, text: string): MinuteTemplate => ({
    id,
    name,
    shortcutHint,
    resolution: isResolution(text),
    body: parseTemplateText(text),
  });
  return [
    template('introduced-report', 'Introduced the report', 'intro', '{person} introduced the report that {summary}.'),
    template('verbal-update', 'Gave a verbal update', 'verbal', '{person} gave a verbal update on {subject}.'),
    template('responded-to-questions', 'Responded to comments and questions', 'qa', 'Officers responded to comments and questions as follows:{sub-points}'),
    template(
      'previous-minutes-approved',
      'Previous minutes approved',
      'prev',
      `RESOLVED that the ${record} of the meeting held on {previous meeting date} are a correct record and that they be signed by the ${chairWord}.`,
    ),
    template('declarations-none', 'Declarations of interest: none', 'nodoi', 'There were no declarations of interest.'),
    template('declarations-listed', 'Declarations of interest: listed', 'doi', '{person} declared {an interest} in item {item}.'),
    template('report-noted', 'Report noted', 'noted', 'RESOLVED that the report be noted.'),
    template('verbal-update-noted', 'Verbal update noted', 'vnoted', 'RESOLVED that the verbal update be noted.'),
    template('next-meeting', 'Date of next meeting', 'next', 'The next meeting would be held on {date}.'),
    template(
      'exclusion-of-press-and-public',
      'Exclusion of the press and public',
      'exclude',
      'RESOLVED that under Section 100A of the Local Government Act 1972 the press and public be excluded from the meeting for the following business on the grounds that it involves the likely disclosure of exempt information as defined in paragraph {paragraph} of Part 1 of Schedule 12A of the Act.',
    ),
  ];
}

/** A template an officer adds for one body, stored as the text they typed; the braces must pair up. */
export const UserTemplateSchema = z.object({
  id: IdSchema,
  bodyId: IdSchema,
  name: z.string().trim().min(1, 'Give the template a name').max(100, 'Keep the name under 100 characters'),
  shortcutHint: z
    .string()
    .trim()
    .max(20, 'Keep the shortcut under 20 characters')
    .regex(/^[\w-]*$/, 'Use letters, numbers and hyphens only in the shortcut')
    .optional(),
  text: z
    .string()
    .trim()
    .min(1, 'Type the wording of the template')
    .max(5000, 'Keep the template under 5,000 characters')
    .superRefine((text, ctx) => {
      try {
        parseTemplateText(text);
      } catch (error) {
        if (!(error instanceof TemplateSyntaxError)) throw error;
        ctx.addIssue({ code: 'custom', message: error.message });
      }
    }),
});
export type UserTemplate = z.infer<typeof UserTemplateSchema>;

/** A stored user template ready to insert; it is a resolution when its text starts with RESOLVED. */
export function userTemplate(stored: UserTemplate): MinuteTemplate {
  const template: MinuteTemplate = {
    id: stored.id,
    name: stored.name,
    resolution: isResolution(stored.text),
    body: parseTemplateText(stored.text),
  };
  if (stored.shortcutHint !== undefined && stored.shortcutHint !== '') template.shortcutHint = stored.shortcutHint;
  return template;
}
