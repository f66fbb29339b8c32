// npm run render:fixtures: exports the 19 March 2015 seed meeting (full, final), converts it to PDF with LibreOffice
// and renders its first and last pages at 70 dpi into test/fixtures/renders/, for a person to look at.
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { exportMeetingDocx } from '../shared/export/docx';
import { meetingExportInput, parseMeetingFile } from '../shared/meeting-file/meeting-file';

const root = fileURLToPath(new URL('../', import.meta.url));
const name = 'kcsp-2015-03-19';
const parsed = parseMeetingFile(readFileSync(join(root, 'test/fixtures/meeting-files', `${name}.json`), 'utf8'));
if (!parsed.ok) throw new Error(parsed.message);

const work = mkdtempSync(join(tmpdir(), 'minute-book-render-'));
const docx = join(work, `${name}.docx`);
writeFileSync(docx, await exportMeetingDocx(meetingExportInput(parsed.file), { version: 'full', draft: false }));
execFileSync('soffice', [`-env:UserInstallation=${pathToFileURL(join(work, 'lo-profile')).href}`, '--headless', '--convert-to', 'pdf', '--outdir', work, docx], {
  stdio: 'pipe',
  timeout: 120_000,
});
const pdf = join(work, `${name}.pdf`);
const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))?.[1]);
if (!Number.isInteger(pages) || pages < 1) throw new Error(`Could not count the pages of ${pdf}`);

const out = join(root, 'test/fixtures/renders');
mkdirSync(out, { recursive: true });
for (const [page, suffix] of [
  [1, 'page-1'],
  [pages, 'last'],
] as const) {
  const prefix = join(work, suffix);
  execFileSync('pdftoppm', ['-png', '-r', '70', '-f', String(page), '-l', String(page), '-singlefile', pdf, prefix]);
  copyFileSync(`${prefix}.png`, join(out, `${name}-${suffix}.png`));
  console.log(`Wrote test/fixtures/renders/${name}-${suffix}.png (page ${page} of ${pages})`);
}
