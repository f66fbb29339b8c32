// npm run security: the Electron security review, as an IT department would run it.
//
// Runs Electronegativity (Doyensec's static checker for Electron apps) over the
// shell as written (electron/, TypeScript) and as shipped (the esbuild bundles in
// dist/electron and the built page, dist/renderer/index.html, with its CSP), in one
// scan so the app-wide checks see the whole app. Fails on any finding that is not
// explained in scripts/lib/security-findings.ts, on any file the tool could not
// read, and on any inline `eng-disable` comment that gives no reason.
// Needs a build first (`npm run security` builds).
import { cp, mkdir, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  classifyFindings,
  EXCLUDED_CHECKS,
  inlineSuppressions,
  type SecurityFinding,
} from './lib/security-findings';
import { describeError } from '../shared/format/describe-error';

const root = fileURLToPath(new URL('..', import.meta.url));
const require = createRequire(import.meta.url);

/** What Electronegativity's run() returns when called as a library (it has no types of its own). */
interface ElectronegativityResult {
  errors: { file: string; message: string; tolerable: boolean }[];
  issues: {
    id: string;
    file: string;
    location: { line: number; column: number };
    description: string;
    sample?: string;
    properties?: { CSPstring?: string };
  }[];
}
type RunElectronegativity = (options: Record<string, unknown>) => Promise<ElectronegativityResult>;

/** The scanned tree: where each part comes from, and the name it has in the report. */
const PARTS = [
  { from: 'electron', to: 'electron', what: 'the shell as written (TypeScript)' },
  // The tool reads only .js: the bundles are copied under that extension.
  { from: 'dist/electron/main.cjs', to: 'dist/electron/main.js', what: 'the main process as shipped' },
  { from: 'dist/electron/preload.cjs', to: 'dist/electron/preload.js', what: 'the preload as shipped' },
  { from: 'dist/renderer/index.html', to: 'dist/renderer/index.html', what: 'the page as shipped, with its CSP' },
] as const;

async function listFiles(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { recursive: true, withFileTypes: true });
  return entries.filter((entry) => entry.isFile()).map((entry) => path.join(entry.parentPath, entry.name));
}

async function main(): Promise<number> {
  const electronVersion = (JSON.parse(await readFile(path.join(root, 'node_modules/electron/package.json'), 'utf8')) as { version: string }).version;
  const staging = await mkdtemp(path.join(tmpdir(), 'minute-book-security-'));
  try {
    for (const part of PARTS) {
      const source = path.join(root, part.from);
      await mkdir(path.dirname(path.join(staging, part.to)), { recursive: true });
      await cp(source, path.join(staging, part.to), { recursive: true }).catch((error: NodeJS.ErrnoException) => {
        if (error.code === 'ENOENT') throw new Error(`${part.from} is missing (${part.what}): run \`npm run build\` first.`);
        throw error;
      });
    }

    // Every inline suppression must say why, or the review is not explained.
    const unexplainedSuppressions: string[] = [];
    let suppressionCount = 0;
    for (const file of await listFiles(staging)) {
      for (const suppression of inlineSuppressions(await readFile(file, 'utf8'))) {
        suppressionCount += 1;
        const where = `${path.relative(staging, file)}:${suppression.line}`;
        if (suppression.reason === null) unexplainedSuppressions.push(`${where}  eng-disable ${suppression.checks.join(' ')} gives no reason (add "-- why")`);
        else console.log(`suppressed  ${suppression.checks.join(' ')}  ${where}  -- ${suppression.reason}`);
      }
    }

    // The tool takes its locale from LANG and fetches translations for it; en-US is built in.
    process.env.LANG = 'en-US';
    // Babel-built CommonJS: module.exports is run() itself (older builds put it on .default).
    const electronegativity = require('@doyensec/electronegativity') as RunElectronegativity & { default?: RunElectronegativity };
    const run = electronegativity.default ?? electronegativity;
    const result = await run({
      input: staging,
      isRelative: true,
      electronVersionOverride: electronVersion,
      excludeFromScan: EXCLUDED_CHECKS.map(({ check }) => check.toLowerCase()),
    });

    const findings: SecurityFinding[] = result.issues.map((issue) => ({
      check: issue.id,
      file: issue.file,
      line: issue.location.line,
      description: issue.description,
      sample: (issue.sample ?? issue.properties?.CSPstring ?? '').trim(),
    }));
    const { explained, unexplained } = classifyFindings(findings);
    const unread = result.errors.filter((error) => !error.tolerable);

    for (const { finding, reason } of explained) {
      console.log(`explained   ${finding.check}  ${finding.file}:${finding.line}  ${finding.description}\n            -- ${reason}`);
    }
    for (const { check, reason } of EXCLUDED_CHECKS) console.log(`not run     ${check}  -- ${reason}`);
    for (const finding of unexplained) {
      console.error(`FINDING     ${finding.check}  ${finding.file}:${finding.line}  ${finding.description}\n            ${finding.sample}`);
    }
    for (const error of unread) console.error(`UNREAD      ${error.file}: ${error.message}`);
    for (const line of unexplainedSuppressions) console.error(`NO REASON   ${line}`);

    const failures = unexplained.length + unread.length + unexplainedSuppressions.length;
    console.log(
      `\nElectronegativity ${electronVersion ? `(Electron ${electronVersion})` : ''} over ${PARTS.map((part) => part.to).join(', ')}: ` +
        `${findings.length} finding(s), ${explained.length} explained, ${unexplained.length} unexplained; ` +
        `${suppressionCount} inline suppression(s); ${unread.length} file(s) unread.`,
    );
    if (failures > 0) {
      console.error('Security review failed: fix each finding above, or explain it (scripts/lib/security-findings.ts or "eng-disable CHECK -- why").');
      return 1;
    }
    console.log('Security review passed.');
    return 0;
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`Security review could not run: ${describeError(error)}`);
    process.exit(1);
  },
);
