import type { MinutesExportOptions } from '../../shared/export/export-options';

/** What `npm run export -- …` was asked to do. */
export interface ExportRequest {
  meetingFile: string;
  /** Where the .docx goes; with `both`, the base name the two copies are named from. */
  out: string;
  /** 'both': a public and a full copy, <name>-public.docx and <name>-full.docx. */
  version: MinutesExportOptions['version'] | 'both';
  draft: boolean;
}

export const EXPORT_USAGE = 'Usage: npm run export -- <meeting file> <out.docx> [--public|--full|--both] [--draft|--final]';

/** Reads the command line; a string is the one-line complaint to print (then the usage). */
export function parseExportArgs(argv: readonly string[]): ExportRequest | string {
  const positional: string[] = [];
  const versions = new Set<string>();
  const stages = new Set<string>();
  for (const arg of argv) {
    if (arg === '--public' || arg === '--full' || arg === '--both') versions.add(arg.slice(2));
    else if (arg === '--draft' || arg === '--final') stages.add(arg.slice(2));
    else if (arg.startsWith('--')) return `Unknown option ${arg}.`;
    else positional.push(arg);
  }
  if (positional.length < 2) return positional.length === 0 ? 'Give the meeting file and the .docx to write.' : 'Give the .docx to write after the meeting file.';
  if (positional.length > 2) return `Too many arguments: ${positional.slice(2).join(' ')}.`;
  if (versions.size > 1) return `Choose one of --public, --full and --both (not --${[...versions].join(' and --')}).`;
  if (stages.size > 1) return 'Choose --draft or --final, not both.';
  const [meetingFile, out] = positional as [string, string];
  if (!/\.docx$/i.test(out)) return `The output must be a .docx file: ${out}`;
  return {
    meetingFile,
    out,
    version: ([...versions][0] as ExportRequest['version'] | undefined) ?? 'full',
    draft: stages.has('draft'),
  };
}

/** The files to write: one, or the public and full copies beside each other. */
export function exportTargets(request: ExportRequest): { path: string; version: MinutesExportOptions['version'] }[] {
  if (request.version !== 'both') return [{ path: request.out, version: request.version }];
  const base = request.out.replace(/\.docx$/i, '');
  return [
    { path: `${base}-public.docx`, version: 'public' },
    { path: `${base}-full.docx`, version: 'full' },
  ];
}
