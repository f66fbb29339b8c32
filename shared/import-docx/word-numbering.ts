import type { WordStyles } from './word-styles';
import { isWord, childElements, wordAttribute, wordChild, wordNumber, onOff, type XmlElement } from './word-xml';

/**
 * Word's list numbering (word/numbering.xml), computed as Word computes it, so
 * a list paragraph's number is the one the reader saw on the page: counters
 * belong to the abstract numbering (two lists sharing one run on together), a
 * list instance with a start override begins again at it, deeper levels start
 * again when a shallower one is used (unless w:lvlRestart says otherwise), and
 * the level's text ("%1.", "(%2)", "%1.%2") is filled in with each level's
 * number in its own format (1, a, A, i, I …).
 */

/** What a list paragraph shows before its text. */
export interface ListLabel {
  /** "3.", "(b)", "94.2", "•"; "" for a level that shows nothing. */
  text: string;
  kind: 'number' | 'bullet' | 'none';
  /** Word's number format of the paragraph's level: decimal, lowerLetter, lowerRoman, bullet … */
  format: string;
  /** Word's list level, 0 (outermost) to 8. */
  level: number;
  /** The paragraph's own number at its level (0 for bullets). */
  value: number;
}

interface Level {
  start: number;
  format: string;
  text: string;
  /** w:lvlRestart: null = restart after any shallower level, 0 = never, n = after level n (1-based) or shallower. */
  restart: number | null;
  legal: boolean;
}

interface Instance {
  abstractId: number;
  /** Level → the number it starts again at the first time this instance is used. */
  startOverrides: Map<number, number>;
  /** Level → a whole level definition that replaces the abstract one for this instance. */
  levelOverrides: Map<number, Level>;
}

const LEVELS = 9;

function levelOf(element: XmlElement): Level {
  return {
    // ECMA-376: a level without w:start starts at 0.
    start: wordNumber(wordChild(element, 'start'), 'val') ?? 0,
    format: wordAttribute(wordChild(element, 'numFmt'), 'val') ?? 'decimal',
    text: wordAttribute(wordChild(element, 'lvlText'), 'val') ?? '',
    restart: wordNumber(wordChild(element, 'lvlRestart'), 'val'),
    legal: onOff(wordChild(element, 'isLgl')) ?? false,
  };
}

export class WordNumbering {
  private readonly abstracts = new Map<number, { levels: Map<number, Level>; styleLink: string | null }>();
  private readonly instances = new Map<number, Instance>();
  private readonly counters = new Map<number, (number | undefined)[]>();
  private readonly used = new Set<number>();

  constructor(
    part: XmlElement | null,
    private readonly styles: WordStyles,
  ) {
    for (const element of part ? childElements(part) : []) {
      if (isWord(element, 'abstractNum')) {
        const id = wordNumber(element, 'abstractNumId');
        if (id === null) continue;
        const levels = new Map<number, Level>();
        for (const lvl of childElements(element).filter((child) => isWord(child, 'lvl'))) {
          const ilvl = wordNumber(lvl, 'ilvl');
          if (ilvl !== null && ilvl >= 0 && ilvl < LEVELS) levels.set(ilvl, levelOf(lvl));
        }
        this.abstracts.set(id, { levels, styleLink: wordAttribute(wordChild(element, 'numStyleLink'), 'val') });
      } else if (isWord(element, 'num')) {
        const numId = wordNumber(element, 'numId');
        const abstractId = wordNumber(wordChild(element, 'abstractNumId'), 'val');
        if (numId === null || abstractId === null) continue;
        const instance: Instance = { abstractId, startOverrides: new Map(), levelOverrides: new Map() };
        for (const override of childElements(element).filter((child) => isWord(child, 'lvlOverride'))) {
          const ilvl = wordNumber(override, 'ilvl');
          if (ilvl === null || ilvl < 0 || ilvl >= LEVELS) continue;
          const start = wordNumber(wordChild(override, 'startOverride'), 'val');
          if (start !== null) instance.startOverrides.set(ilvl, start);
          const lvl = wordChild(override, 'lvl');
          if (lvl) instance.levelOverrides.set(ilvl, levelOf(lvl));
        }
        this.instances.set(numId, instance);
      }
    }
  }

  /**
   * The label of the next paragraph of list instance `numId` at `level`, counting it. Call once per paragraph, in
   * document order. Null when the paragraph is not in a list (numId 0, or one the part does not define).
   */
  next(numId: number, level: number): ListLabel | null {
    const instance = this.instances.get(numId);
    const abstractId = instance ? this.abstractIdOf(instance.abstractId) : null;
    if (!instance || abstractId === null) return null;
    const ilvl = Math.min(Math.max(level, 0), LEVELS - 1);
    const definition = (l: number): Level | undefined => instance.levelOverrides.get(l) ?? this.abstracts.get(abstractId)?.levels.get(l);
    const startOf = (l: number) => instance.startOverrides.get(l) ?? definition(l)?.start ?? 0;
    const counters = this.counters.get(abstractId) ?? Array.from({ length: LEVELS }, () => undefined);
    this.counters.set(abstractId, counters);
    if (!this.used.has(numId)) {
      this.used.add(numId);
      for (const overridden of instance.startOverrides.keys()) counters[overridden] = undefined;
    }
    const current = counters[ilvl];
    counters[ilvl] = current === undefined ? startOf(ilvl) : current + 1;
    for (let deeper = ilvl + 1; deeper < LEVELS; deeper += 1) {
      const restart = definition(deeper)?.restart ?? null;
      if (restart === null || (restart !== 0 && ilvl + 1 <= restart)) counters[deeper] = undefined;
    }
    const own = definition(ilvl);
    if (!own) return { text: '', kind: 'none', format: 'none', level: ilvl, value: counters[ilvl]! };
    if (own.format === 'bullet') return { text: own.text, kind: 'bullet', format: 'bullet', level: ilvl, value: 0 };
    if (own.format === 'none') return { text: '', kind: 'none', format: 'none', level: ilvl, value: counters[ilvl]! };
    const text = own.text.replace(/%([1-9])/g, (_, digit: string) => {
      const l = Number(digit) - 1;
      const value = counters[l] ?? startOf(l);
      return formatNumber(value, own.legal ? 'decimal' : (definition(l)?.format ?? 'decimal'));
    });
    return { text, kind: 'number', format: own.format, level: ilvl, value: counters[ilvl]! };
  }

  /** An abstract numbering that only links to a numbering style stands for the abstract numbering of that style. */
  private abstractIdOf(id: number, hops = 0): number | null {
    const abstract = this.abstracts.get(id);
    if (!abstract) return null;
    if (abstract.styleLink === null || hops > 3) return id;
    const numId = this.styles.numberingStyleNumId(abstract.styleLink);
    const linked = numId === null ? undefined : this.instances.get(numId);
    return linked && linked.abstractId !== id ? this.abstractIdOf(linked.abstractId, hops + 1) : id;
  }
}

const ROMAN: readonly [number, string][] = [
  [1000, 'm'], [900, 'cm'], [500, 'd'], [400, 'cd'], [100, 'c'], [90, 'xc'], [50, 'l'], [40, 'xl'], [10, 'x'], [9, 'ix'], [5, 'v'], [4, 'iv'], [1, 'i'],
];

function roman(value: number): string {
  let rest = value;
  let out = '';
  for (const [amount, letters] of ROMAN) {
    while (rest >= amount) {
      out += letters;
      rest -= amount;
    }
  }
  return out;
}

/** Word's letters: a … z, then aa … zz, then aaa (the letter repeated, not "ab"). */
function letters(value: number): string {
  if (value < 1) return String(value);
  const letter = String.fromCharCode(97 + ((value - 1) % 26));
  return letter.repeat(Math.floor((value - 1) / 26) + 1);
}

const ORDINAL_SUFFIX = (value: number) => {
  const tens = value % 100;
  if (tens >= 11 && tens <= 13) return 'th';
  return ['th', 'st', 'nd', 'rd'][value % 10] ?? 'th';
};

/** A number in one of Word's formats; formats the minutes never use fall back to plain digits. */
export function formatNumber(value: number, format: string): string {
  switch (format) {
    case 'lowerLetter':
      return letters(value);
    case 'upperLetter':
      return letters(value).toUpperCase();
    case 'lowerRoman':
      return value > 0 ? roman(value) : String(value);
    case 'upperRoman':
      return value > 0 ? roman(value).toUpperCase() : String(value);
    case 'decimalZero':
      return value < 10 && value >= 0 ? `0${value}` : String(value);
    case 'ordinal':
      return `${value}${ORDINAL_SUFFIX(value)}`;
    default:
      return String(value);
  }
}
