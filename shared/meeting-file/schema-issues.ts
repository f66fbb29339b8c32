import type { z } from 'zod';
import type { FilePath } from './places';
import { describeValue, formatNumber, quote } from './words';

const EXPECTED_WORDS: Readonly<Record<string, string>> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  object: 'a group of fields',
  array: 'a list',
  record: 'a group of fields',
  null: 'empty',
};

function valueAt(root: unknown, path: FilePath): unknown {
  let value = root;
  for (const key of path) {
    if (typeof value !== 'object' || value === null || !Object.hasOwn(value, key)) return undefined;
    value = (value as Record<string | number, unknown>)[key];
  }
  return value;
}

/** The schema's own words ("Give a surname", "That date does not exist"), as the end of a sentence. */
function ownWords(message: string): string {
  const plain = message.replace(/^Invalid (input|string|option): /, '').replace(/\.$/, '');
  return plain.charAt(0).toLowerCase() + plain.slice(1);
}

/** One schema issue as what is wrong (the place is said separately): "missing", "should be text, not the number 3". */
export function issueProblem(issue: z.core.$ZodIssue, root: unknown): string {
  const value = valueAt(root, issue.path as FilePath);
  switch (issue.code) {
    case 'invalid_type':
      if (value === undefined) return 'missing';
      return `should be ${EXPECTED_WORDS[issue.expected] ?? issue.expected}, not ${describeValue(value)}`;
    case 'invalid_value': {
      if (value === undefined) return 'missing';
      const shown = issue.values.slice(0, 4).map((option) => (typeof option === 'string' ? quote(option, 20) : String(option)));
      return `should be ${shown.join(' or ')}${issue.values.length > 4 ? ' or another of its kind' : ''}, not ${describeValue(value)}`;
    }
    case 'too_small':
      if (issue.origin === 'string') return Number(issue.minimum) <= 1 ? `empty (${ownWords(issue.message)})` : `too short (${ownWords(issue.message)})`;
      if (issue.origin === 'number') return `${describeValue(value)}, below ${formatNumber(Number(issue.minimum))}`;
      return `too small (${ownWords(issue.message)})`;
    case 'too_big':
      if (issue.origin === 'string') return `longer than ${formatNumber(Number(issue.maximum))} characters`;
      if (issue.origin === 'number') return `${describeValue(value)}, above ${formatNumber(Number(issue.maximum))}`;
      if (issue.origin === 'array') return `more than ${formatNumber(Number(issue.maximum))} entries`;
      return `too big (${ownWords(issue.message)})`;
    case 'invalid_key':
      return 'not an id Minute Book writes (letters, digits, - and _)';
    case 'invalid_format':
      if (issue.format === 'datetime') return `${describeValue(value)}: not a date and time written like 2015-03-19T10:00:00Z`;
      return `${describeValue(value)}: ${ownWords(issue.message)}`;
    case 'custom':
      return `${describeValue(value)}: ${ownWords(issue.message)}`;
    default:
      return ownWords(issue.message);
  }
}
