import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

/**
 * Readers of .docx files that we did not write: LibreOffice (with poppler's
 * pdftotext) and python-docx. A test that needs one and cannot find it fails in
 * CI with the reason; on a developer's machine it is skipped, with the reason
 * printed. It never passes silently.
 */

/** Debian's python has python-docx; the python first on PATH may not. */
export const PYTHON = '/usr/bin/python3';

function runs(command: string, args: string[]): boolean {
  const result = spawnSync(command, args, { stdio: 'ignore', timeout: 30_000 });
  return result.status === 0;
}

export interface ToolCheck {
  available: boolean;
  reason: string;
}

function check(available: boolean, reason: string): ToolCheck {
  return { available, reason: available ? '' : reason };
}

export const libreOffice = check(
  runs('soffice', ['--version']) && runs('pdftotext', ['-v']),
  'LibreOffice (soffice) and pdftotext are needed: apt-get install -y --no-install-recommends libreoffice-writer-nogui poppler-utils',
);

export const pythonDocx = check(runs(PYTHON, ['-c', 'import docx']), `python-docx is needed under ${PYTHON}: apt-get install -y python3-docx`);

/**
 * Whether to skip tests that need a tool: never in CI (the test then fails with
 * the reason); elsewhere, when the tool is missing, with the reason printed.
 */
export function skipWithout(tool: ToolCheck): boolean {
  if (tool.available || process.env.CI) return false;
  console.warn(`Skipping: ${tool.reason}`);
  return true;
}

/** Fails the test with the reason when the tool is missing (reached only in CI). */
export function requireTool(tool: ToolCheck): void {
  if (!tool.available) throw new Error(`Missing tool in CI: ${tool.reason}`);
}

/** Writes the bytes to a fresh temporary folder and returns the file's path. */
export function writeTemp(bytes: Uint8Array, name = 'minutes.docx'): string {
  const dir = mkdtempSync(join(tmpdir(), 'minute-book-'));
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return path;
}

/**
 * The text of a .docx as LibreOffice lays it out: converted to PDF, then read
 * with `pdftotext -layout`, so list numbers and page fields are the ones
 * LibreOffice computed. Each call gets its own LibreOffice profile, so parallel
 * runs do not fight over one.
 */
export function libreOfficeText(bytes: Uint8Array): string {
  const pdf = convertWithLibreOffice(bytes, 'pdf', 'pdf');
  return execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
}

/**
 * The paragraphs of a .docx as LibreOffice reads them, one per entry, each with
 * the list label LibreOffice computed ("1. …", "(a) …") and white space folded.
 * Unlike the PDF text, lines are not wrapped, so paragraphs compare whole.
 */
export function libreOfficeParagraphs(bytes: Uint8Array): string[] {
  const txt = convertWithLibreOffice(bytes, 'txt:Text (encoded):UTF8', 'txt');
  return readFileSync(txt, 'utf8')
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
}

/** Converts the bytes with headless LibreOffice (its own profile per call) and returns the output file's path. */
function convertWithLibreOffice(bytes: Uint8Array, filter: string, extension: string): string {
  const docx = writeTemp(bytes);
  const dir = join(docx, '..');
  const profile = pathToFileURL(join(dir, 'lo-profile')).href;
  execFileSync('soffice', [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', filter, '--outdir', dir, docx], {
    stdio: 'pipe',
    timeout: 55_000,
  });
  return docx.replace(/\.docx$/, `.${extension}`);
}

/** What python-docx sees in a .docx (see inspect_docx.py). */
export interface PythonDocxView {
  paragraphs: {
    text: string;
    style: string | null;
    numId: number | null;
    ilvl: number | null;
    /** Kept with the next paragraph (set on it or by its style). */
    keepNext: boolean;
    /** Widow and orphan control as set on the paragraph (null when not set). */
    widowControl: boolean | null;
    runs: { text: string; bold: boolean | null; italic: boolean | null; underline: boolean | null }[];
  }[];
  /** The default header's paragraphs; empty when the document has no header. */
  headerText: string[];
  tables: {
    /** "fixed" when the table's widths are absolute (w:tblLayout), null for Word's automatic layout. */
    layout: string | null;
    width: { w: number; type: string } | null;
    gridCols: number[];
    cellWidths: ({ w: number; type: string } | null)[];
    cellTexts: string[];
  }[];
  /** Every piece of text in the body, tables, headers and footers, one w:t a line: for checking that text is absent. */
  allText: string;
  footerXml: string;
  footerFields: string[];
  numbering: { numId: number; abstractNumId: number; startOverrides: Record<string, number> }[];
  abstractLevels: Record<string, { ilvl: number; numFmt: string; lvlText: string; left: number | null; hanging: number | null }[]>;
  section: { pageWidth: number; pageHeight: number; orientation: string; margins: number[] };
  coreTitle: string;
  coreAuthor: string;
  defaultFont: string | null;
  defaultSizePt: number | null;
  language: string | null;
}

export function pythonDocxView(bytes: Uint8Array): PythonDocxView {
  const path = writeTemp(bytes);
  const script = join(import.meta.dirname, 'inspect_docx.py');
  return JSON.parse(execFileSync(PYTHON, [script, path], { encoding: 'utf8' })) as PythonDocxView;
}
