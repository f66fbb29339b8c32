/** What `npm run import-minutes -- …` was asked to do. */
export interface ImportRequest {
  docx: string;
  out: string;
  /** The committee or partnership to import into, when not the one the minutes name. */
  body?: string;
  /** The council, when the minutes print none or another. */
  council?: string;
}

export const IMPORT_USAGE = 'Usage: npm run import-minutes -- <minutes.docx> [--body NAME] [--council NAME] --out <meeting.json>';

/** Exit codes: imported; the file was refused or could not be read or written; the command line was wrong. */
export const IMPORT_EXIT = { imported: 0, refused: 1, usage: 2 } as const;

const VALUE_OPTIONS = ['--out', '--body', '--council'] as const;
type ValueOption = (typeof VALUE_OPTIONS)[number];

/** Reads the command line; a string is the one-line complaint to print (then the usage). */
export function parseImportArgs(argv: readonly string[]): ImportRequest | string {
  const positional: string[] = [];
  const values = new Map<ValueOption, string>();
  for (let index = 0; index < argv.length; index += 1) {
    const arg = argv[index]!;
    const [flag, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    if ((VALUE_OPTIONS as readonly string[]).includes(flag)) {
      const option = flag as ValueOption;
      const value = inline ?? argv[index + 1];
      if (inline === undefined) index += 1;
      if (value === undefined || value.trim() === '' || (inline === undefined && value.startsWith('--'))) return `Give a value after ${option}.`;
      if (values.has(option)) return `Give ${option} once.`;
      values.set(option, value);
    } else if (arg.startsWith('--')) {
      return `Unknown option ${flag}.`;
    } else {
      positional.push(arg);
    }
  }
  if (positional.length === 0) return 'Give the Word file (.docx) to import.';
  if (positional.length > 1) return `Give one Word file; too many arguments: ${positional.slice(1).join(' ')}.`;
  const out = values.get('--out');
  if (out === undefined) return 'Give the meeting file to write with --out.';
  const [docx] = positional as [string];
  if (!/\.docx$/i.test(docx)) return `The minutes must be a Word .docx file: ${docx}`;
  if (!/\.json$/i.test(out)) return `The meeting file to write must end in .json: ${out}`;
  return {
    docx,
    out,
    ...(values.has('--body') ? { body: values.get('--body')! } : {}),
    ...(values.has('--council') ? { council: values.get('--council')! } : {}),
  };
}
