import { z } from 'zod';

/**
 * What the house-style check reports: one finding per thing that breaks the conventions, with a place a screen
 * can go to, the words it is about, a plain message, and (where the fix is certain) an edit a screen can apply.
 */

/** The rules, each of which a body can turn off in its house style (see STYLE_RULE_SETTINGS). */
export const STYLE_RULES = ['first-person', 'tense', 'contraction', 'name', 'abbreviation', 'resolution', 'blank'] as const;
export type StyleRule = (typeof STYLE_RULES)[number];

/**
 * A change to one paragraph that puts a finding right.
 * - `replace`: the characters [start, end) of the paragraph's text become `text`.
 * - `new-paragraph`: the paragraph is split at `at`; what follows starts a new paragraph of its own (a decision,
 *   when it begins with RESOLVED). The characters [at, dropUntil) (spaces) are dropped at the split.
 * Offsets are those of the finding's paragraph (see FindingPlace).
 */
export type StyleFix =
  | { kind: 'replace'; start: number; end: number; text: string; label: string }
  | { kind: 'new-paragraph'; at: number; dropUntil: number; label: string };

/**
 * Where a finding is.
 * - `paragraph`: characters [start, end) of one paragraph of a minute. Offsets count UTF-16 code units of the
 *   paragraph's text as printed: a mention counts as the words it prints ("Mr Peerbux (Head of …)"), a line
 *   break as "\n". `nodePath` is the paragraph's node in the editor state: child indices from the root
 *   ([3, 1] is root → child 3 → child 1); a screen finds the same node with getChildAtIndex.
 * - `minute`: a whole minute (it has no resolution).
 * - `attendance`: the attendance lines (two people with one name spelt two ways).
 */
export type FindingPlace =
  | { kind: 'paragraph'; minute: MinuteRef | null; paragraphIndex: number; nodePath: readonly number[] | null; start: number; end: number }
  | { kind: 'minute'; minute: MinuteRef }
  | { kind: 'attendance'; personIds: readonly string[] };

/** Which minute: its agenda item (stable) and its heading as printed ("94. Community Safety Integration Project"). */
export interface MinuteRef {
  /** The agenda item the minute records; null for text typed outside any minute. */
  itemId: string | null;
  /** The minute's place in the minutes, from 0. */
  index: number;
  /** The heading as printed; "" for text outside any minute. */
  heading: string;
}

export interface StyleFinding {
  rule: StyleRule;
  place: FindingPlace;
  /** The words the finding is about, as they stand in the minutes ("will", "Annan-Veitch", "KCST"). */
  text: string;
  /** One plain sentence or two: what is wrong and what the house style wants. */
  message: string;
  fix: StyleFix | null;
  /**
   * Names this finding for dismissing it in this meeting. Built from the rule, the minute's agenda item, the
   * words and the two words either side, so it survives edits elsewhere in the paragraph and the minutes
   * (paragraphs added above, other words changed), and changes when the words themselves are edited.
   */
  key: string;
}

/** What the officer can dismiss for a meeting: a finding of a rule, or a sentence offered for marking as an action. */
export const DISMISSABLE_KINDS = [...STYLE_RULES, 'action'] as const;
export type DismissableKind = (typeof DISMISSABLE_KINDS)[number];

/** A dismissal key as withKeys makes it: "tense:1a2b3c4d", "tense:1a2b3c4d#2", "action:0f1e2d3c". */
export const StyleFindingKeySchema = z.string().regex(new RegExp(`^(?:${DISMISSABLE_KINDS.join('|')}):[0-9a-f]{8}(?:#[1-9][0-9]{0,5})?$`), 'Not a house-style finding key');

/**
 * The findings an officer dismissed for one meeting, as they will be stored with it (and checked at every door):
 * their keys, no more than a meeting could ever raise.
 */
export const DismissedFindingsSchema = z.array(StyleFindingKeySchema).max(100_000);

/** A finding before its dismissal key is made: `keyParts` are what the key is made from. */
export type DraftFinding = Omit<StyleFinding, 'key'> & { keyParts: readonly string[] };

/** FNV-1a (32-bit) of a string, as 8 hex digits: short keys, no crypto needed (keys are compared, never trusted). */
function fnv1a(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

/**
 * Gives each finding its key. Two findings with the same parts (the same words in the same surroundings twice in
 * one minute) are told apart by their order: "tense:1a2b3c4d", then "tense:1a2b3c4d#2".
 */
export function withKeys(drafts: readonly DraftFinding[]): StyleFinding[] {
  return keyed(drafts, (finding) => finding.rule);
}

/** Gives anything dismissable its key, as withKeys does for findings: `kind` says what it is ("tense", "action"). */
export function keyed<T extends { keyParts: readonly string[] }>(drafts: readonly T[], kind: (draft: T) => DismissableKind): (Omit<T, 'keyParts'> & { key: string })[] {
  const seen = new Map<string, number>();
  return drafts.map((draft) => {
    const { keyParts, ...rest } = draft;
    const base = `${kind(draft)}:${fnv1a(keyParts.join('\u0001'))}`;
    const count = (seen.get(base) ?? 0) + 1;
    seen.set(base, count);
    return { ...rest, key: count === 1 ? base : `${base}#${count}` };
  });
}

const Offset = z.number().int().min(0);
const MinuteRefSchema = z.object({ itemId: z.string().nullable(), index: Offset, heading: z.string() });
const ParagraphPlaceSchema = z.object({
  kind: z.literal('paragraph'),
  minute: MinuteRefSchema.nullable(),
  paragraphIndex: Offset,
  nodePath: z.array(Offset).readonly().nullable(),
  start: Offset,
  end: Offset,
});

/**
 * A finding as it crosses a boundary (the spelling worker answers the app's checks with these): the same shape
 * StyleFinding is, checked whole, so a malformed answer is refused rather than shown.
 */
export const StyleFindingSchema = z.object({
  rule: z.enum(STYLE_RULES),
  place: z.discriminatedUnion('kind', [
    ParagraphPlaceSchema,
    z.object({ kind: z.literal('minute'), minute: MinuteRefSchema }),
    z.object({ kind: z.literal('attendance'), personIds: z.array(z.string()).readonly() }),
  ]),
  text: z.string(),
  message: z.string(),
  fix: z
    .discriminatedUnion('kind', [
      z.object({ kind: z.literal('replace'), start: Offset, end: Offset, text: z.string(), label: z.string() }),
      z.object({ kind: z.literal('new-paragraph'), at: Offset, dropUntil: Offset, label: z.string() }),
    ])
    .nullable(),
  key: StyleFindingKeySchema,
}) satisfies z.ZodType<StyleFinding>;

/**
 * A sentence in one of the usual shapes of an action ("agreed to", "would circulate"; shared/domain/actions.ts)
 * that is not marked as one: offered to the officer beside the findings, to mark or dismiss, never marked silently.
 * Not a finding: the minutes are not wrong for having it, so the check's count and the CLI leave offers out.
 */
export interface ActionOffer {
  place: Extract<FindingPlace, { kind: 'paragraph' }>;
  /** The sentence. */
  text: string;
  /** The shape it has: "agreed to", "would circulate" …. */
  shape: string;
  /** Names the offer for dismissing it in this meeting ("action:…"), made as a finding's key is. */
  key: string;
}

export const ActionOfferSchema = z.object({ place: ParagraphPlaceSchema, text: z.string(), shape: z.string(), key: StyleFindingKeySchema }) satisfies z.ZodType<ActionOffer>;
