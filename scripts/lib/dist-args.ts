/**
 * The decisions behind `npm run dist` / `npm run dist:dir`, kept pure so they are
 * unit-tested: which unpacked Electron electron-builder should use, and what to
 * tell the person building when it cannot get one.
 */
import path from 'node:path';

/** The file an unpacked Electron folder holds on each platform. */
export function electronExecutableName(platform: NodeJS.Platform): string {
  if (platform === 'win32') return 'electron.exe';
  if (platform === 'darwin') return 'Electron.app';
  return 'electron';
}

/** The electronDist the person passed (-c.electronDist=…, --config.electronDist=…, or either followed by the path), or null. */
export function electronDistArgument(args: readonly string[]): string | null {
  for (const [index, arg] of args.entries()) {
    const match = /^(?:-c|--config)\.electronDist(?:=(.*))?$/.exec(arg);
    if (!match) continue;
    return match[1] ?? args[index + 1] ?? null;
  }
  return null;
}

/** What to pass, in words, when no Electron is at hand. */
export function offlineAdvice(electronVersion: string, platform: NodeJS.Platform, arch: string): string {
  return (
    `electron-builder needs Electron ${electronVersion} for ${platform}-${arch} and would download it from github.com. ` +
    `Offline, pass an unpacked Electron ${electronVersion} folder (the one holding ${electronExecutableName(platform)}):\n` +
    `  npm run dist:dir -- -c.electronDist=/path/to/electron-v${electronVersion}-${platform}-${arch}\n` +
    `or fetch it once where there is internet (\`node node_modules/electron/install.js\` puts it in node_modules/electron/dist, ` +
    `which the build then uses by itself).`
  );
}

/** True when electron-builder's output says it failed for want of a network. */
export function isNetworkFailure(output: string): boolean {
  return /\b(ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ECONNRESET|ETIMEDOUT|ENETUNREACH|EHOSTUNREACH)\b|getaddrinfo|socket hang up/.test(output);
}

/** Resolves a path given on the command line against the project folder, as electron-builder does. */
export function resolveFromProject(projectDir: string, given: string): string {
  return path.isAbsolute(given) ? given : path.resolve(projectDir, given);
}
