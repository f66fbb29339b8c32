import { AlignmentType, LevelFormat, LevelSuffix, type ILevelsOptions, type NumberingDefinition } from 'docx';
import type { MinutesListItem } from '../../minutes/minutes-document';
import { BODY_FONT } from './styles';

/**
 * Real Word list numbering for the minutes: "1." at the first level, "(a)" under
 * it, "(i)" under that, and plain bullets; so a chair's late correction in Word
 * renumbers by itself. Each list of the editor is its own numbering instance,
 * which is what makes numbering restart in every list.
 */

/** Word allows nine levels (0–8); deeper nesting is written at the deepest. */
export const MAX_LEVEL = 8;

/** Indent of one level, and the hanging indent the number sits in. 720 twips = 1.27 cm. */
const LEVEL_STEP = 720;

const numberedPattern = [
  { format: LevelFormat.DECIMAL, text: (n: number) => `%${n}.` },
  { format: LevelFormat.LOWER_LETTER, text: (n: number) => `(%${n})` },
  { format: LevelFormat.LOWER_ROMAN, text: (n: number) => `(%${n})` },
] as const;

const bulletSymbols = ['\u2022', '\u2013', '\u25E6'] as const; // • – ◦

function hangingIndent(level: number) {
  return { indent: { left: LEVEL_STEP * (level + 1), hanging: LEVEL_STEP } };
}

function numberedLevels(startLevel?: number, start?: number): ILevelsOptions[] {
  return Array.from({ length: MAX_LEVEL + 1 }, (_, level) => {
    const pattern = numberedPattern[level % numberedPattern.length]!;
    return {
      level,
      format: pattern.format,
      text: pattern.text(level + 1),
      start: level === startLevel ? start : 1,
      alignment: AlignmentType.LEFT,
      suffix: LevelSuffix.TAB,
      style: { paragraph: hangingIndent(level) },
    };
  });
}

function bulletLevels(): ILevelsOptions[] {
  return Array.from({ length: MAX_LEVEL + 1 }, (_, level) => ({
    level,
    format: LevelFormat.BULLET,
    text: bulletSymbols[level % bulletSymbols.length]!,
    alignment: AlignmentType.LEFT,
    suffix: LevelSuffix.TAB,
    style: { paragraph: hangingIndent(level), run: { font: BODY_FONT } },
  }));
}

export const NUMBERED_REFERENCE = 'minutes-numbered';
export const BULLET_REFERENCE = 'minutes-bullet';

/** A numbered list that does not start at 1 ("94. Community Safety …") needs a definition of its own. */
function numberedFromReference(level: number, start: number): string {
  return `${NUMBERED_REFERENCE}-level-${level}-from-${start}`;
}

/** Where a list item points in the numbering: its definition, level and instance. */
export interface ListItemNumbering {
  reference: string;
  level: number;
  instance: number;
}

export function listLevel(item: MinutesListItem): number {
  return Math.min(Math.max(item.level, 0), MAX_LEVEL);
}

/** The numbering a list item is written with. Its list's id is its instance: one list, one count. */
export function numberingOf(item: MinutesListItem): ListItemNumbering {
  const level = listLevel(item);
  if (item.listType === 'bullet') return { reference: BULLET_REFERENCE, level, instance: item.listId };
  const reference = item.start === 1 ? NUMBERED_REFERENCE : numberedFromReference(level, item.start);
  return { reference, level, instance: item.listId };
}

/** The numbering definitions the document needs for these list items. */
export function numberingConfig(items: readonly MinutesListItem[]): NumberingDefinition[] {
  const config: NumberingDefinition[] = [
    { reference: NUMBERED_REFERENCE, levels: numberedLevels() },
    { reference: BULLET_REFERENCE, levels: bulletLevels() },
  ];
  const seen = new Set<string>();
  for (const item of items) {
    if (item.listType !== 'number' || item.start === 1) continue;
    const level = listLevel(item);
    const reference = numberedFromReference(level, item.start);
    if (seen.has(reference)) continue;
    seen.add(reference);
    config.push({ reference, levels: numberedLevels(level, item.start) });
  }
  return config;
}
