import { strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { WordNumbering, formatNumber } from '../../../shared/import-docx/word-numbering';
import { WordStyles } from '../../../shared/import-docx/word-styles';
import { parsePart } from '../../../shared/import-docx/word-xml';

/** Word's list numbering computed as Word computes it, from numbering.xml written by hand. */

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const level = (ilvl: number, format: string, text: string, extra = '') =>
  `<w:lvl w:ilvl="${ilvl}"><w:start w:val="1"/><w:numFmt w:val="${format}"/><w:lvlText w:val="${text}"/>${extra}</w:lvl>`;

const NUMBERING = `<w:numbering ${W}>
  <w:abstractNum w:abstractNumId="0">${level(0, 'decimal', '%1.')}${level(1, 'lowerLetter', '(%2)')}${level(2, 'lowerRoman', '(%3)')}</w:abstractNum>
  <w:abstractNum w:abstractNumId="1">${level(0, 'decimal', '%1.')}${level(1, 'decimal', '%1.%2', '<w:lvlRestart w:val="0"/>')}</w:abstractNum>
  <w:abstractNum w:abstractNumId="2">${level(0, 'bullet', '\u2022')}</w:abstractNum>
  <w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
  <w:num w:numId="2"><w:abstractNumId w:val="0"/></w:num>
  <w:num w:numId="3"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>
  <w:num w:numId="4"><w:abstractNumId w:val="1"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="94"/></w:lvlOverride></w:num>
  <w:num w:numId="5"><w:abstractNumId w:val="2"/></w:num>
</w:numbering>`;

const numbering = () => new WordNumbering(parsePart(strToU8(NUMBERING), 'word/numbering.xml'), new WordStyles(null));
const labels = (list: WordNumbering, steps: [number, number][]) => steps.map(([numId, ilvl]) => list.next(numId, ilvl)?.text ?? null);

describe('Word list numbering', () => {
  it('numbers levels in their formats, restarting deeper levels under a new shallower one', () => {
    expect(labels(numbering(), [[1, 0], [1, 1], [1, 1], [1, 2], [1, 0], [1, 1]])).toEqual(['1.', '(a)', '(b)', '(i)', '2.', '(a)']);
  });

  it('runs on across list instances that share numbering, and starts again where an instance says', () => {
    expect(labels(numbering(), [[1, 0], [1, 0], [2, 0], [3, 0], [3, 0], [2, 0]])).toEqual(['1.', '2.', '3.', '1.', '2.', '3.']);
  });

  it('starts an instance at its override and keeps a level that never restarts', () => {
    expect(labels(numbering(), [[4, 0], [4, 1], [4, 1], [4, 0], [4, 1]])).toEqual(['94.', '94.1', '94.2', '95.', '95.3']);
  });

  it('shows bullets as their symbol, and nothing for a list it does not define', () => {
    const list = numbering();
    expect(list.next(5, 0)).toEqual({ text: '\u2022', kind: 'bullet', format: 'bullet', level: 0, value: 0 });
    expect(list.next(9, 0)).toBeNull();
  });

  it('writes numbers as Word does: letters repeat past z, roman numerals, zero-padded and ordinal', () => {
    expect([1, 26, 27, 28, 53].map((n) => formatNumber(n, 'lowerLetter'))).toEqual(['a', 'z', 'aa', 'bb', 'aaa']);
    expect([4, 9, 14, 40].map((n) => formatNumber(n, 'upperRoman'))).toEqual(['IV', 'IX', 'XIV', 'XL']);
    expect([formatNumber(7, 'decimalZero'), formatNumber(12, 'ordinal'), formatNumber(22, 'ordinal')]).toEqual(['07', '12th', '22nd']);
  });
});
