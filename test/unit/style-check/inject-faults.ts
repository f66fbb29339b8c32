import type { MeetingExportInput } from '../../../shared/export/export-options';
import { laterMention } from '../../../shared/domain/person-names';
import type { SerializedNode } from '../../../shared/minutes/editor-json';
import type { StyleRule } from '../../../shared/style-check/findings';
import { quotationSpans } from '../../../shared/style-check/text';

/**
 * Writes house-style faults into a copy of any meeting's minutes, the way an officer slips: a pronoun in the first
 * person, a verb left in the present, a contraction, a misspelt name, an abbreviation whose spelling out is
 * dropped, a decision run into the paragraph before it, a decision deleted, a blank never filled. It knows
 * nothing of the check's rules: it finds places where each slip can be written from the minutes' own words
 * (any meeting's, not only the seeds'), and says which rule should report it, in which minute, about which words.
 */

export const FAULT_KINDS = ['first-person', 'tense', 'contraction', 'name', 'abbreviation', 'resolution-inside', 'resolution-removed', 'blank'] as const;
export type FaultKind = (typeof FAULT_KINDS)[number];

export interface InjectedFault {
  kind: FaultKind;
  /** The rule that should report it. */
  rule: StyleRule;
  /** The minute it is in (its agenda item). */
  itemId: string;
  /** The words written in (as the finding should quote them); null for a decision deleted (the minute is the place). */
  words: string | null;
  description: string;
}

type Json = SerializedNode & { itemId?: string };

/** A text node in a minute, with what it stands in. */
interface TextSite {
  node: Json;
  itemId: string;
  /** In a decision: a block beginning RESOLVED, or the list under one. */
  decision: boolean;
  quote: boolean;
}

const MONTHS = 'January|February|March|April|May|June|July|August|September|October|November|December';

/** A small seeded random generator (mulberry32), so a run is repeatable. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const blockText = (node: Json): string => (node.type === 'text' ? (node.text ?? '') : (node.children ?? []).map((c) => (c.type === 'list' ? '' : blockText(c))).join(''));

const isDecisionBlock = (node: Json) => node.type === 'resolution' || /^\s*RESOLVED\b/.test(blockText(node));

/** Every text node inside a minute, in order. */
function textSites(root: Json): TextSite[] {
  const sites: TextSite[] = [];
  for (const minute of root.children ?? []) {
    if (minute.type !== 'minute-item' || typeof minute.itemId !== 'string') continue;
    const itemId = minute.itemId;
    let underDecision = false;
    const visit = (node: Json, decision: boolean, quote: boolean) => {
      if (node.type === 'text') sites.push({ node, itemId, decision, quote });
      // In a list, a "RESOLVED …" item and the nested list of parts that follows it are a decision.
      let partsFollow = false;
      for (const child of node.children ?? []) {
        const opens = isDecisionBlock(child);
        const parts = partsFollow && child.children?.length === 1 && child.children[0]!.type === 'list';
        visit(child, decision || opens || parts, quote || node.type === 'quote');
        partsFollow = opens;
      }
    };
    for (const block of minute.children ?? []) {
      const opens = isDecisionBlock(block);
      if (!opens && block.type !== 'list') underDecision = false;
      visit(block, opens || (underDecision && block.type === 'list'), block.type === 'quote');
      if (opens) underDecision = blockText(block).trimEnd().endsWith(':');
    }
  }
  return sites;
}

/** A place in a text node where a slip can be written: [start, end) becomes `replacement`. */
interface Edit {
  site: TextSite;
  start: number;
  end: number;
  replacement: string;
  words: string;
}

/** Every match of `pattern` in narrative text outside quotations, as edits made by `rewrite`. */
function editsFor(sites: readonly TextSite[], pattern: RegExp, rewrite: (match: RegExpExecArray) => { replacement: string; words: string } | null, where: 'narrative' | 'anywhere' = 'narrative'): Edit[] {
  const edits: Edit[] = [];
  for (const site of sites) {
    if (site.quote || (where === 'narrative' && site.decision)) continue;
    const text = site.node.text ?? '';
    const quotes = quotationSpans(text);
    for (const match of text.matchAll(new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`))) {
      if (quotes.some((q) => match.index < q.end && match.index + match[0].length > q.start)) continue;
      const rewritten = rewrite(match as RegExpExecArray);
      if (rewritten) edits.push({ site, start: match.index, end: match.index + match[0].length, ...rewritten });
    }
  }
  return edits;
}

const capital = (model: string, word: string) => (/^\p{Lu}/u.test(model) ? word[0]!.toUpperCase() + word.slice(1) : word);

/** One letter slip in a name: two inner letters swapped, a vowel changed, or a letter doubled. */
export function misspell(name: string, variant: number, taken: ReadonlySet<string>): string | null {
  const candidates: string[] = [];
  for (let i = 1; i < name.length - 1; i += 1) {
    if (/\p{L}/u.test(name[i]!) && /\p{L}/u.test(name[i + 1]!) && name[i] !== name[i + 1]) candidates.push(name.slice(0, i) + name[i + 1] + name[i] + name.slice(i + 2));
  }
  for (let i = 1; i < name.length; i += 1) {
    const vowel = /[aeiou]/.exec(name[i]!);
    if (vowel) candidates.push(name.slice(0, i) + ('aeiou'.replace(vowel[0], '')[variant % 4] ?? 'a') + name.slice(i + 1));
    if (/[a-z]/.test(name[i]!) && !/[aeiou]/.test(name[i]!)) candidates.push(name.slice(0, i + 1) + name[i] + name.slice(i + 1));
  }
  const fresh = candidates.filter((c) => c !== name && !taken.has(c.toLowerCase()));
  return fresh.length === 0 ? null : fresh[variant % fresh.length]!;
}

/** A site where a fault can be written, and how. */
export interface FaultSite {
  fault: InjectedFault;
  /** Changes the (copied) editor state's root in place. */
  apply: (root: Json) => void;
}

/** The node at the same place in a copy of the tree. */
function locate(original: Json, copy: Json, target: Json): Json | null {
  if (original === target) return copy;
  const children = original.children ?? [];
  for (let i = 0; i < children.length; i += 1) {
    const found = locate(children[i]!, copy.children![i]!, target);
    if (found) return found;
  }
  return null;
}

function textEditSite(root: Json, kind: FaultKind, rule: StyleRule, edit: Edit, description: string): FaultSite {
  return {
    fault: { kind, rule, itemId: edit.site.itemId, words: edit.words, description },
    apply: (copy) => {
      const node = locate(root, copy, edit.site.node)!;
      node.text = node.text!.slice(0, edit.start) + edit.replacement + node.text!.slice(edit.end);
    },
  };
}

const textNode = (text: string, format = 0): Json => ({ type: 'text', text, format, detail: 0, mode: 'normal', style: '', version: 1 });

/** Every place in these minutes where a fault of this kind can be written. */
export function faultSites(input: MeetingExportInput, kind: FaultKind): FaultSite[] {
  const root = (input.editorState as { root: Json }).root;
  const sites = textSites(root);
  const surnames = new Set(input.roster.map((p) => p.surname.toLowerCase()));
  switch (kind) {
    case 'first-person': {
      const pronoun: Record<string, string> = { they: 'we', their: 'our', them: 'us', he: 'I', she: 'I', his: 'my' };
      const edits = [
        ...editsFor(sites, /\b(they|their|them|he|she|his)\b/, (m) => ({ replacement: pronoun[m[1]!]!, words: pronoun[m[1]!]! })),
        ...editsFor(sites, /\bIt was (noted|explained|agreed|confirmed|reported|said|highlighted)\b/, (m) => ({ replacement: `We ${m[1]}`, words: 'We' })),
        // The body or its members as the subject: "Members were informed" → "we were informed".
        ...editsFor(sites, /(?<=\b(?:that|and|where|when|as|informed|advised|told|asked) )([Mm]embers|the Committee|the Partnership|the Council|[Oo]fficers)\b(?!['’])/, () => ({ replacement: 'we', words: 'we' })),
        ...editsFor(sites, /\b(?:the|The) (Committee|Partnership|Council)['’]s\b/, (m) => ({ replacement: capital(m[0], 'our'), words: capital(m[0], 'our') })),
      ];
      return edits.map((edit) => textEditSite(root, kind, 'first-person', edit, `“${edit.words}” written for “${edit.site.node.text!.slice(edit.start, edit.end)}”`));
    }
    case 'tense': {
      const present: Record<string, string> = { was: 'is', were: 'are', would: 'will', had: 'has' };
      const edits = editsFor(sites, /\b(was|were|would|had)\b/i, (m) => {
        const word = capital(m[1]!, present[m[1]!.toLowerCase()]!);
        return { replacement: word, words: word };
      });
      return edits.map((edit) => textEditSite(root, kind, 'tense', edit, `“${edit.words}” written for “${edit.site.node.text!.slice(edit.start, edit.end)}”`));
    }
    case 'contraction': {
      const irregular: Record<string, string> = { 'will not': 'won’t', cannot: 'can’t', 'can not': 'can’t' };
      const edits = [
        ...editsFor(
          sites,
          /\b(did|was|were|could|would|had|does|is|are|has|have|should|will|can) not\b|\bcannot\b/i,
          (m) => {
            const words = irregular[m[0].toLowerCase()] ?? `${m[1]}n’t`;
            return { replacement: capital(m[0], words), words: capital(m[0], words) };
          },
          'anywhere',
        ),
        ...editsFor(sites, /\b(it|he|she|they|there|that) would\b/i, (m) => ({ replacement: `${m[1]}’d`, words: `${m[1]}’d` }), 'anywhere'),
        ...editsFor(sites, /\b(it|that|there) (?:was|has)\b/i, (m) => ({ replacement: `${m[1]}’s`, words: `${m[1]}’s` }), 'anywhere'),
        ...editsFor(sites, /\b(would|could|should) have\b/i, (m) => ({ replacement: `${m[1]}’ve`, words: `${m[1]}’ve` }), 'anywhere'),
      ];
      return edits.map((edit) => textEditSite(root, kind, 'contraction', edit, `“${edit.words}”`));
    }
    case 'name':
      return nameSites(root, input, sites, surnames);
    case 'abbreviation':
      return abbreviationSites(root, sites, input);
    case 'resolution-inside':
      return decisionRunOnSites(root);
    case 'resolution-removed':
      return decisionRemovedSites(root);
    case 'blank': {
      const placeholders = ['summary', 'date', 'person', 'details'];
      const typed = ['[date]', '{summary}', '____', '[insert name]'];
      const edits = editsFor(sites, new RegExp(`\\b\\d{1,2}(?:st|nd|rd|th)? (?:${MONTHS})(?: \\d{4})?\\b|\\b[a-z]{6,}\\b`), (m) => ({ replacement: m[0], words: m[0] }), 'anywhere');
      return edits.map((edit, index): FaultSite => {
        const asField = index % 2 === 0;
        const placeholder = asField ? placeholders[index % placeholders.length]! : typed[index % typed.length]!;
        return {
          fault: { kind, rule: 'blank', itemId: edit.site.itemId, words: placeholder, description: `“${edit.words}” left as the blank ${placeholder}` },
          apply: (copy) => {
            const node = locate(root, copy, edit.site.node)!;
            const before = node.text!.slice(0, edit.start);
            const after = node.text!.slice(edit.end);
            if (!asField) {
              node.text = before + placeholder + after;
              return;
            }
            const parent = parentOf(copy, node)!;
            const at = parent.children!.indexOf(node);
            const field: Json = { ...textNode(placeholder), type: 'template-field', fieldKind: 'text', placeholder };
            parent.children!.splice(at, 1, ...[textNode(before), field, textNode(after)].filter((n) => n.text !== ''));
          },
        };
      });
    }
  }
}

function parentOf(root: Json, target: Json): Json | null {
  for (const child of root.children ?? []) {
    if (child === target) return root;
    const found = parentOf(child, target);
    if (found) return found;
  }
  return null;
}

/** A roster surname misspelt where it is typed after a title or a first name, or where a mention names the person. */
function nameSites(root: Json, input: MeetingExportInput, sites: readonly TextSite[], surnames: ReadonlySet<string>): FaultSite[] {
  const found: FaultSite[] = [];
  let variant = 0;
  const edits = editsFor(
    sites,
    /\b(?:Mr|Mrs|Ms|Miss|Dr|Cllr|Supt|Superintendent|DS|DI|[A-Z][a-z]+)\s+(?:[A-Z]\s+)*([A-Z][a-z]+(?:-[A-Z][a-z]+)?)\b/,
    (m) => {
      if (!surnames.has(m[1]!.toLowerCase())) return null;
      const wrong = misspell(m[1]!, (variant += 1), surnames);
      return wrong === null ? null : { replacement: m[0].slice(0, m[0].length - m[1]!.length) + wrong, words: wrong };
    },
    'anywhere',
  );
  for (const edit of edits) found.push(textEditSite(root, 'name', 'name', edit, `“${edit.words}”`));
  const visit = (node: Json, itemId: string | null) => {
    for (const child of node.children ?? []) {
      const item = child.type === 'minute-item' && typeof child.itemId === 'string' ? child.itemId : itemId;
      const person = child.type === 'mention' ? input.roster.find((p) => p.id === child.personId) : undefined;
      if (person && item) {
        const wrong = misspell(person.surname, (variant += 1), surnames);
        if (wrong !== null) {
          found.push({
            fault: { kind: 'name', rule: 'name', itemId: item, words: wrong, description: `the mention of ${laterMention(person)} typed as “${laterMention({ ...person, surname: wrong })}”` },
            apply: (copy) => {
              const target = locate(root, copy, child)!;
              const parent = parentOf(copy, target)!;
              parent.children!.splice(parent.children!.indexOf(target), 1, textNode(laterMention({ ...person, surname: wrong })));
            },
          });
        }
      }
      visit(child, item);
    }
  };
  visit(root, null);
  return found;
}

/** "Words In Full (ABC)" at the first use of ABC in the minutes, with the words in full and brackets taken out. */
function abbreviationSites(root: Json, sites: readonly TextSite[], input: MeetingExportInput): FaultSite[] {
  const agendaTitles = input.meeting.agenda.map((item) => item.title).join('\n');
  const allText = sites.map((site) => site.node.text ?? '').join('\n');
  const skipped = /^(?:and|of|the|for|in|on|to|with|&)$/i;
  const edits = editsFor(
    sites,
    /\(([A-Z][A-Za-z]*[A-Z])(s?)\)/,
    (m) => {
      const abbreviation = m[1]!;
      // Only the first use, and only where no heading spells it out: otherwise nothing is left unexplained.
      if (agendaTitles.includes(abbreviation) || allText.search(new RegExp(`\\b${abbreviation}`)) < allText.indexOf(`(${abbreviation}${m[2]})`)) return null;
      return { replacement: `${abbreviation}${m[2]}`, words: `${abbreviation}${m[2]}` };
    },
    'anywhere',
  );
  return edits.flatMap((edit) => {
    const text = edit.site.node.text!;
    // The words in full before the bracket: as many as the abbreviation has capitals, skipping "and", "of" …
    const before = [...text.slice(0, edit.start).matchAll(/[\p{L}&'’]+(?:-[\p{L}]+)*/gu)];
    let letters = edit.words.replace(/s$/, '').replace(/\P{Lu}/gu, '').length;
    let start = edit.start;
    for (let i = before.length - 1; i >= 0 && letters > 0; i -= 1) {
      const word = before[i]!;
      start = word.index;
      if (!skipped.test(word[0])) letters -= word[0].split('-').length;
    }
    if (letters > 0) return [];
    return [textEditSite(root, 'abbreviation', 'abbreviation', { ...edit, start }, `“${text.slice(start, edit.end)}” cut to “${edit.words}”`)];
  });
}

/** A decision joined onto the end of the paragraph (or numbered paragraph) before it. */
function decisionRunOnSites(root: Json): FaultSite[] {
  const found: FaultSite[] = [];
  const hasText = (node: Json | undefined): node is Json => node !== undefined && (node.children ?? []).some((c) => c.type === 'text') && !(node.children ?? []).some((c) => c.type === 'list');
  for (const minute of root.children ?? []) {
    const blocks = minute.children ?? [];
    const pairs: [Json, Json][] = [];
    blocks.forEach((block, index) => {
      const previous = blocks[index - 1];
      const lastItem = previous?.type === 'list' ? previous.children?.at(-1) : previous?.type === 'paragraph' ? previous : undefined;
      if (block.type === 'resolution' && hasText(lastItem)) pairs.push([block, lastItem]);
      // "3. RESOLVED that …" typed as an item of the minute's numbered list.
      if (block.type === 'list') {
        (block.children ?? []).forEach((item, i, items) => {
          if (i > 0 && isDecisionBlock(item) && hasText(items[i - 1])) pairs.push([item, items[i - 1]!]);
        });
      }
    });
    for (const [block, lastItem] of pairs) {
      found.push({
        fault: { kind: 'resolution-inside', rule: 'resolution', itemId: String(minute.itemId), words: 'RESOLVED', description: `“${blockText(block).slice(0, 40)}…” run on` },
        apply: (copy) => {
          const target = locate(root, copy, block)!;
          const into = locate(root, copy, lastItem)!;
          into.children!.push(textNode(' '), ...(target.children ?? []));
          const parent = parentOf(copy, target)!;
          parent.children!.splice(parent.children!.indexOf(target), 1);
        },
      });
    }
  }
  return found;
}

/** A minute's decisions (and their lettered parts) deleted, where the minute has other text. */
function decisionRemovedSites(root: Json): FaultSite[] {
  const found: FaultSite[] = [];
  for (const minute of root.children ?? []) {
    const blocks = (minute.children ?? []).filter((b) => b.type !== 'minute-heading');
    const decisions = new Set<Json>();
    let parts = false;
    for (const block of blocks) {
      if (isDecisionBlock(block)) {
        decisions.add(block);
        parts = blockText(block).trimEnd().endsWith(':');
      } else if (parts && block.type === 'list') {
        decisions.add(block);
      } else {
        parts = false;
      }
    }
    // Decisions typed as items of a numbered list: the item, and the nested list of parts after it.
    const listItems: Json[] = [];
    for (const list of blocks.filter((b) => b.type === 'list' && !decisions.has(b))) {
      (list.children ?? []).forEach((item, i, items) => {
        if (!isDecisionBlock(item)) return;
        listItems.push(item);
        const next = items[i + 1];
        if (next?.children?.length === 1 && next.children[0]!.type === 'list') listItems.push(next);
      });
    }
    const skipped = new Set([...decisions, ...listItems]);
    const remaining = blocks
      .filter((b) => !skipped.has(b))
      .map((b) => (b.type === 'list' ? (b.children ?? []).filter((item) => !skipped.has(item)).map(blockText).join('') : blockText(b)))
      .join('')
      .trim();
    if ((decisions.size === 0 && listItems.length === 0) || remaining === '') continue;
    found.push({
      fault: { kind: 'resolution-removed', rule: 'resolution', itemId: String(minute.itemId), words: null, description: `the decisions of ${String(minute.itemId)} deleted` },
      apply: (copy) => {
        // Found first, removed after: removing one would shift where the next is found.
        const targets = [...decisions, ...listItems].map((node) => locate(root, copy, node)!);
        for (const target of targets) {
          const parent = parentOf(copy, target)!;
          parent.children!.splice(parent.children!.indexOf(target), 1);
        }
      },
    });
  }
  return found;
}

/** A copy of the input with one fault written in. */
export function withFault(input: MeetingExportInput, site: FaultSite): MeetingExportInput {
  const editorState = structuredClone(input.editorState) as { root: Json };
  site.apply(editorState.root);
  return { ...input, editorState };
}

/** Up to `count` sites, spread by a seeded shuffle. */
export function pickSites(sites: readonly FaultSite[], count: number, random: () => number): FaultSite[] {
  const order = sites.map((site, index) => ({ site, key: random(), index }));
  order.sort((a, b) => a.key - b.key || a.index - b.index);
  return order.slice(0, count).map((entry) => entry.site);
}
