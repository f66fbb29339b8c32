// npm run dist [-- <electron-builder options>]       installers for this platform (NSIS on Windows; AppImage and deb on Linux)
// npm run dist:dir [-- -c.electronDist=<folder>]     the unpacked app only, in release/<platform>-unpacked
//
// Runs electron-builder with build/electron-builder.yml (after `npm run build`).
// electron-builder packs an Electron runtime it normally downloads; this script
// hands it a local one where there is one (node_modules/electron/dist, once the
// electron package has fetched its runtime, or the folder passed as
// -c.electronDist=…) and, when there is none and the download fails, says exactly
// what to pass instead of leaving a bare network error.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { electronDistArgument, electronExecutableName, isNetworkFailure, offlineAdvice, resolveFromProject } from './lib/dist-args';

const root = fileURLToPath(new URL('..', import.meta.url));
const electronVersion = (JSON.parse(readFileSync(path.join(root, 'node_modules/electron/package.json'), 'utf8')) as { version: string }).version;
const executable = electronExecutableName(process.platform);
const args = process.argv.slice(2);

/** Ends with one plain line on stderr. */
function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

const builderArgs = ['--config', 'build/electron-builder.yml', '--publish', 'never', ...args];
const given = electronDistArgument(args);
let usingLocalElectron = false;
if (given !== null) {
  const folder = resolveFromProject(root, given);
  // A zip of Electron is fine too; a folder must hold the runtime itself.
  if (!existsSync(folder)) fail(`-c.electronDist: ${folder} does not exist. ${offlineAdvice(electronVersion, process.platform, process.arch)}`);
  if (!folder.endsWith('.zip') && !existsSync(path.join(folder, executable))) {
    fail(`-c.electronDist: ${folder} holds no ${executable}; pass the folder of an unpacked Electron ${electronVersion}.`);
  }
  usingLocalElectron = true;
} else if (existsSync(path.join(root, 'node_modules/electron/dist', executable))) {
  builderArgs.push('-c.electronDist=node_modules/electron/dist');
  usingLocalElectron = true;
  console.log(`Using the Electron runtime in node_modules/electron/dist (Electron ${electronVersion}).`);
} else {
  console.log(`No local Electron ${electronVersion} runtime: electron-builder will look in its cache, then download it.`);
}

const builder = spawn(path.join(root, 'node_modules/.bin/electron-builder'), builderArgs, { cwd: root, stdio: ['inherit', 'pipe', 'pipe'] });
let output = '';
builder.stdout.on('data', (chunk: Buffer) => {
  output += chunk.toString();
  process.stdout.write(chunk);
});
builder.stderr.on('data', (chunk: Buffer) => {
  output += chunk.toString();
  process.stderr.write(chunk);
});
builder.on('close', (code) => {
  if (code === 0) {
    console.log(`Done: see ${path.join('release', args.includes('--dir') ? `${process.platform === 'win32' ? 'win' : process.platform === 'darwin' ? 'mac' : 'linux'}-unpacked` : '')}`);
    process.exit(0);
  }
  if (isNetworkFailure(output)) {
    const toolsNote = args.includes('--dir')
      ? ''
      : '\nThe installers (NSIS, AppImage, deb) also need electron-builder\'s packaging tools, which it downloads once into its cache; offline, `npm run dist:dir` is what can be built.';
    fail(`\nThe build needed the internet and there is none.${usingLocalElectron ? '' : `\n${offlineAdvice(electronVersion, process.platform, process.arch)}`}${toolsNote}`);
  }
  process.exit(code ?? 1);
});
