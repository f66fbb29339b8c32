import { AlignmentType, LevelFormat, LevelSuffix, type ILevelsOptions, type NumberingDefinition } from 'docx';
import type { MinutesListItem } from '../../minutes/minutes-document';

/**
 * Real Word list numbering for the minutes: "1." at the first level, "(a)" under
 * it, "(i)" under that, and plain bullets; so a chair's late correction in Word
 * renumbers by itself. Each run of numbers (`MinutesListItem.counter`: a whole
 * minute, a list outside minutes, the parts of one resolution) is its own
 * numbering instance, which is what makes numbering restart in every minute.
 */

/** Word allows nine levels (0–8); deeper nesting is written at the deepest. */
export const MAX_LEVEL = 8;

/** Indent of one level, and the hanging indent the number sits in. 720 twips = 1.27 cm. */
export const LEVEL_STEP = 720;

/** How far a bullet's text stands from the bullet. */
const BULLET_HANG = 360;

type Pattern = readonly { format: (typeof LevelFormat)[keyof typeof LevelFormat]; text: (n: number) => string }[];

const numberedPattern: Pattern = [
  { format: LevelFormat.DECIMAL, text: (n) => `%${n}.` },
  { format: LevelFormat.LOWER_LETTER, text: (n) => `(%${n})` },
  { format: LevelFormat.LOWER_ROMAN, text: (n) => `(%${n})` },
];

/** The parts of "RESOLVED that:": (a), then (i) under a part, then 1. */
const letteredPattern: Pattern = [numberedPattern[1]!, numberedPattern[2]!, numberedPattern[0]!];

const bulletSymbols = ['\u2022', '\u2013', '\u25E6'] as const; // • – ◦

/** Level 0 numbers stand at `base` with the text one step in; each level one step further. */
function hangingIndent(base: number, level: number) {
  return { indent: { left: base + LEVEL_STEP * (level + 1), hanging: LEVEL_STEP } };
}

function patternLevels(pattern: Pattern, base: number, startLevel?: number, start?: number): ILevelsOptions[] {
  return Array.from({ length: MAX_LEVEL + 1 }, (_, level) => {
    const { format, text } = pattern[level % pattern.length]!;
    return {
      level,
      format,
      text: text(level + 1),
      start: level === startLevel ? start : 1,
      alignment: AlignmentType.LEFT,
      suffix: LevelSuffix.TAB,
      style: { paragraph: hangingIndent(base, level) },
    };
  });
}

/** A bullet stands where a numbered paragraph's text starts at its level, its text a little further in. */
function bulletLevels(base: number, font: string): ILevelsOptions[] {
  return Array.from({ length: MAX_LEVEL + 1 }, (_, level) => ({
    level,
    format: LevelFormat.BULLET,
    text: bulletSymbols[level % bulletSymbols.length]!,
    alignment: AlignmentType.LEFT,
    suffix: LevelSuffix.TAB,
    style: { paragraph: { indent: { left: base + LEVEL_STEP * (level + 1) + BULLET_HANG, hanging: BULLET_HANG } }, run: { font } },
  }));
}

export const NUMBERED_REFERENCE = 'minutes-numbered';
export const LETTERED_REFERENCE = 'minutes-lettered';
export const BULLET_REFERENCE = 'minutes-bullet';

/** Where a list item points in the numbering: its definition, level and instance. */
export interface ListItemNumbering {
  reference: string;
  level: number;
  instance: number;
}

export function listLevel(item: MinutesListItem): number {
  return Math.min(Math.max(item.level, 0), MAX_LEVEL);
}

/**
 * The numbering of one document: which definition each list item uses and which
 * instance (run of numbers) it counts in. `indentOf` says where an item's level-0
 * number stands (inside a minute of the numbered template, under the minute's title).
 */
export class MinutesNumbering {
  private readonly definitions = new Map<string, NumberingDefinition>();
  private readonly instances = new Map<string, number>();

  constructor(
    private readonly font: string,
    private readonly indentOf: (item: MinutesListItem) => number,
  ) {}

  /** The numbering a list item is written with. Items of one counter share an instance: one run of numbers. */
  of(item: MinutesListItem): ListItemNumbering {
    const level = listLevel(item);
    const base = this.indentOf(item);
    const reference = this.define(item, level, base);
    let instance = this.instances.get(item.counter);
    if (instance === undefined) {
      instance = this.instances.size + 1;
      this.instances.set(item.counter, instance);
    }
    return { reference, level, instance };
  }

  /** The definitions the items asked for so far: give to the Document after every paragraph is made. */
  config(): NumberingDefinition[] {
    if (this.definitions.size === 0) this.define(null, 0, 0);
    return [...this.definitions.values()];
  }

  private define(item: MinutesListItem | null, level: number, base: number): string {
    let reference: string;
    let levels: () => ILevelsOptions[];
    if (item?.listType === 'bullet') {
      reference = `${BULLET_REFERENCE}-${base}`;
      levels = () => bulletLevels(base, this.font);
    } else if (item?.lettered) {
      reference = `${LETTERED_REFERENCE}-${base}`;
      levels = () => patternLevels(letteredPattern, base);
    } else if (item && item.start !== 1) {
      // A numbered list the officer began elsewhere ("94. …") needs a definition of its own.
      reference = `${NUMBERED_REFERENCE}-${base}-level-${level}-from-${item.start}`;
      levels = () => patternLevels(numberedPattern, base, level, item.start);
    } else {
      reference = `${NUMBERED_REFERENCE}-${base}`;
      levels = () => patternLevels(numberedPattern, base);
    }
    if (!this.definitions.has(reference)) this.definitions.set(reference, { reference, levels: levels() });
    return reference;
  }
}
