import { checkableWords, paragraphFinding, replaceWith, type StyleRuleCheck } from '../rule';
import { isInNameOrTitle, matchCase } from '../text';

/** Negatives whose spelling out is not just "… not". */
const IRREGULAR_NOT: Readonly<Record<string, string>> = { "can't": 'cannot', "won't": 'will not', "shan't": 'shall not', "ain't": '' };

/** Words whose "’s" is "is" (or "has"), not a possessive. */
const S_IS = new Set(['it', 'he', 'she', 'that', 'there', 'here', 'what', 'who', 'where', 'when', 'how', 'everyone', 'nobody', 'something']);

/**
 * The contraction in a word and its spelling out; null when the word is not a contraction. An empty spelling
 * out means there is no single certain one ("they’d" is "they had" or "they would").
 */
export function spelledOut(word: string): string | null {
  const plain = word.replace(/’/g, "'");
  const lower = plain.toLowerCase();
  if (Object.hasOwn(IRREGULAR_NOT, lower)) return IRREGULAR_NOT[lower]!;
  const negative = /^(\p{L}+)n't$/u.exec(plain);
  if (negative) return `${negative[1]} not`;
  const ending = /^(\p{L}+)'(re|ve|ll|m|d|s)$/iu.exec(plain);
  if (!ending) return null;
  const [, stem, tail] = ending as unknown as [string, string, string];
  switch (tail.toLowerCase()) {
    case 're':
      return `${stem} are`;
    case 've':
      return `${stem} have`;
    case 'll':
      return `${stem} will`;
    case 'm':
      return stem.toLowerCase() === 'i' ? 'I am' : null;
    case 'd':
      return '';
    default:
      if (stem.toLowerCase() === 'let') return `${stem} us`;
      return S_IS.has(stem.toLowerCase()) ? `${stem} is` : null; // "the Council's": a possessive
  }
}

/** Contractions ("don’t", "it’s", "they’ll") outside quotations: minutes spell words out. */
export const contractions: StyleRuleCheck = ({ minutes }) => {
  const findings = [];
  for (const { minute, paragraph, tokens, at, token } of checkableWords(minutes)) {
    if (!/['’]/.test(token.word) || isInNameOrTitle(paragraph.text, token)) continue;
    let full = spelledOut(token.word);
    if (full === null) continue;
    // "it’s been" is "it has been".
    if (/'s$/.test(token.word.replace(/’/g, "'")) && /^(been|got)$/i.test(tokens[at + 1]?.word ?? '')) full = full.replace(/ is$/, ' has');
    const fix = full === '' ? null : replaceWith(token, token.word, matchCase(token.word[0]!, full));
    const spelled = fix?.kind === 'replace' ? ` (“${fix.text}”)` : '';
    findings.push(paragraphFinding('contraction', minute, paragraph, token, `Contraction (“${token.word}”): minutes spell words out in full${spelled}.`, fix));
  }
  return findings;
};
