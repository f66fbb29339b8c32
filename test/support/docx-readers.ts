import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

/**
 * Readers of .docx files that we did not write: LibreOffice (with poppler's
 * pdftotext) and python-docx. A test that needs one and cannot find it fails
 * with the reason under `npm test` (which has just provided them and says so in
 * MINUTE_BOOK_TEST_TOOLS) and in CI; run some other way (npx vitest …) it is
 * skipped, with the reason printed. It never passes silently.
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

/** Whether the tools must be there: under `npm test` (scripts/provision.ts provided them) or in CI. */
function toolsRequired(): boolean {
  return Boolean(process.env.MINUTE_BOOK_TEST_TOOLS === 'provided' || process.env.CI);
}

/**
 * Whether to skip tests that need a tool: never under `npm test` or in CI (the
 * test then fails with the reason); elsewhere, when the tool is missing, with
 * the reason printed.
 */
export function skipWithout(tool: ToolCheck): boolean {
  if (tool.available || toolsRequired()) return false;
  console.warn(`Skipping: ${tool.reason}`);
  return true;
}

/** Fails the test with the reason when the tool is missing (reached only under npm test or in CI). */
export function requireTool(tool: ToolCheck): void {
  if (!tool.available) throw new Error(`Missing tool (npm test provides it): ${tool.reason}`);
}

/**
 * Runs `use` in a fresh temporary folder and removes the folder after, whatever happens: a LibreOffice run leaves
 * its profile there (a few MB), and a suite run reads a hundred documents.
 */
function inTempFolder<T>(use: (dir: string) => T): T {
  const dir = mkdtempSync(join(tmpdir(), 'minute-book-'));
  try {
    return use(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * The text of several .docx files as LibreOffice lays them out: converted to
 * PDF, then read with `pdftotext -layout` (pages end with a form feed), so list
 * numbers and page fields are the ones LibreOffice computed. One LibreOffice
 * run converts them all: starting LibreOffice is most of its cost (about 5 s of
 * CPU), each further file adds a fraction of a second, so a test file gathers
 * its documents first and reads them in one go.
 */
export function libreOfficeTextOfEach<K extends string>(documents: Record<K, Uint8Array>): Record<K, string> {
  return convertWithLibreOffice(documents, 'pdf', 'pdf', (pdf) => execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }));
}

/**
 * The paragraphs of several .docx files as LibreOffice reads them, one per
 * entry, each with the list label LibreOffice computed ("1. …", "(a) …") and
 * white space folded. Unlike the PDF text, lines are not wrapped, so paragraphs
 * compare whole. One LibreOffice run converts them all (see libreOfficeTextOfEach).
 */
export function libreOfficeParagraphsOfEach<K extends string>(documents: Record<K, Uint8Array>): Record<K, string[]> {
  return convertWithLibreOffice(documents, 'txt:Text (encoded):UTF8', 'txt', (txt) =>
    readFileSync(txt, 'utf8')
      .replace(/^\uFEFF/, '')
      .split(/\r?\n/)
      .map((line) => line.replace(/\s+/g, ' ').trim())
      .filter(Boolean),
  );
}

/** The laid-out text of one .docx (see libreOfficeTextOfEach). */
export function libreOfficeText(bytes: Uint8Array): string {
  return libreOfficeTextOfEach({ document: bytes }).document;
}

/** The paragraphs of one .docx (see libreOfficeParagraphsOfEach). */
export function libreOfficeParagraphs(bytes: Uint8Array): string[] {
  return libreOfficeParagraphsOfEach({ document: bytes }).document;
}

const LIBREOFFICE_HUNG_AFTER_MS = 5 * 60_000;

/**
 * Converts the documents with one headless LibreOffice run, in a fresh folder
 * with its own LibreOffice profile (so parallel runs do not fight over one),
 * and returns what `read` makes of each output file, by key; the folder is
 * removed after.
 */
function convertWithLibreOffice<K extends string, T>(
  documents: Record<K, Uint8Array>,
  filter: string,
  extension: string,
  read: (path: string) => T,
): Record<K, T> {
  return inTempFolder((dir) => {
    const keys = Object.keys(documents) as K[];
    // Files are named by position: keys are for the caller, not the file system.
    const inputs = keys.map((key, index) => {
      const path = join(dir, `document-${index}.docx`);
      writeFileSync(path, documents[key]);
      return path;
    });
    const profile = pathToFileURL(join(dir, 'lo-profile')).href;
    execFileSync('soffice', [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', filter, '--outdir', dir, ...inputs], {
      stdio: 'pipe',
      // Only a hung LibreOffice is stopped: a run takes seconds on a quiet machine, but a minute or more under a
      // load of 20 on two cores, where a tighter limit failed the tests of a perfectly good export.
      timeout: LIBREOFFICE_HUNG_AFTER_MS,
    });
    const outputs = Object.fromEntries(keys.map((key, index) => [key, inputs[index]!.replace(/\.docx$/, `.${extension}`)])) as Record<K, string>;
    const missing = Object.values<string>(outputs).filter((path) => !existsSync(path));
    if (missing.length > 0) throw new Error(`LibreOffice did not convert ${missing.join(', ')}`);
    return mapValues(outputs, read);
  });
}

function mapValues<K extends string, A, B>(record: Record<K, A>, f: (value: A) => B): Record<K, B> {
  return Object.fromEntries((Object.entries(record) as [K, A][]).map(([key, value]) => [key, f(value)])) as Record<K, B>;
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
  const script = join(import.meta.dirname, 'inspect_docx.py');
  return inTempFolder((dir) => {
    const path = join(dir, 'minutes.docx');
    writeFileSync(path, bytes);
    return JSON.parse(execFileSync(PYTHON, [script, path], { encoding: 'utf8' })) as PythonDocxView;
  });
}
