/**
 * What an IT department checks in the packaging: the config electron-builder
 * reads (loaded and schema-checked by electron-builder's own code), the fuses,
 * a per-user Windows installer with a choice of folder, the Linux targets, only
 * built files in the package, and icons at every size each platform needs.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Configuration } from 'electron-builder';
import { beforeAll, describe, expect, it } from 'vitest';
import { ICO_SIZES, ICON_SIZES, readIcoDirectory } from '../../../scripts/lib/ico';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const CONFIG_FILE = 'build/electron-builder.yml';

// electron-builder's own loader and validator (not re-exported from its package root).
const { getConfig, validateConfiguration } = (await import('app-builder-lib/out/util/config/config.js' as string)) as {
  getConfig(projectDir: string, configPath: string, options: null): Promise<Configuration>;
  validateConfiguration(config: Configuration, logger: unknown): Promise<void>;
};
const { DebugLogger } = (await import('builder-util' as string)) as { DebugLogger: new (enabled: boolean) => unknown };

/** Width and height from a PNG's IHDR chunk. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  expect(bytes.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  expect(bytes.subarray(12, 16).toString('latin1')).toBe('IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

let config: Configuration;

beforeAll(async () => {
  config = await getConfig(root, path.join(root, CONFIG_FILE), null);
});

describe('build/electron-builder.yml', () => {
  // Compiling electron-builder's JSON schema takes a few seconds on a busy machine.
  it('is a configuration electron-builder accepts', { timeout: 120_000 }, async () => {
    await expect(validateConfiguration(config, new DebugLogger(false))).resolves.toBeUndefined();
  });

  it('names the app: its id and "Minute Book"', () => {
    expect(config.appId).toBe('uk.gov.council.minutebook');
    expect(config.productName).toBe('Minute Book');
  });

  it('sets every fuse an IT reviewer asks for', () => {
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
    });
    expect(config.asar).toBe(true);
  });

  it('packs only the built app and package.json: no sources, tests, source maps or node_modules', () => {
    // electron-builder's loader wraps the list as one file set.
    expect(config.files).toEqual([{ filter: ['dist/electron/**', 'dist/renderer/**', 'package.json', '!**/*.map', '!node_modules/**'] }]);
  });

  it('never publishes or checks for updates', () => {
    expect(config.publish).toBeNull();
  });

  it('builds an assisted NSIS installer for Windows: per-user, folder of choice, shortcuts, data kept on uninstall', () => {
    expect(config.win?.target).toEqual([{ target: 'nsis', arch: ['x64'] }]);
    expect(config.nsis).toMatchObject({
      oneClick: false,
      perMachine: false,
      selectPerMachineByDefault: false,
      allowToChangeInstallationDirectory: true,
      createDesktopShortcut: true,
      createStartMenuShortcut: true,
      shortcutName: 'Minute Book',
      deleteAppDataOnUninstall: false,
    });
  });

  it('builds an AppImage and a deb for Linux, filed under Office, with a synopsis and a maintainer', () => {
    expect(config.linux?.target).toEqual([
      { target: 'AppImage', arch: ['x64'] },
      { target: 'deb', arch: ['x64'] },
    ]);
    expect(config.linux).toMatchObject({ category: 'Office', executableName: 'minute-book' });
    expect(config.linux?.synopsis).toMatch(/minutes/);
    expect(config.linux?.maintainer).toMatch(/<[^@\s]+@[^>\s]+>$/);
  });

  it('points every platform at icons that exist', () => {
    for (const icon of [config.win?.icon, config.nsis?.installerIcon, config.nsis?.uninstallerIcon, config.linux?.icon]) {
      expect(icon).toBeTruthy();
      expect(existsSync(path.join(root, icon!)), `${icon}`).toBe(true);
    }
  });
});

describe('the icons in build/', () => {
  it('has the SVG they are drawn from', async () => {
    expect(await readFile(path.join(root, 'build/icon.svg'), 'utf8')).toMatch(/^<svg [^>]*viewBox="0 0 1024 1024"/);
  });

  it.each(ICON_SIZES)('has a %i px PNG for Linux, really that size', async (size) => {
    expect(pngSize(await readFile(path.join(root, `build/icons/${size}x${size}.png`)))).toEqual({ width: size, height: size });
  });

  it('has a 1024 px build/icon.png', async () => {
    expect(pngSize(await readFile(path.join(root, 'build/icon.png')))).toEqual({ width: 1024, height: 1024 });
  });

  it('has a Windows .ico with every size from 16 to 256, 32-bit, bitmaps below 256 and PNG at 256', async () => {
    const ico = await readFile(path.join(root, 'build/icon.ico'));
    const images = readIcoDirectory(ico);
    expect(images.map((image) => image.size)).toEqual([...ICO_SIZES]);
    for (const image of images) {
      expect(image.bitsPerPixel).toBe(32);
      expect(image.format).toBe(image.size === 256 ? 'png' : 'bmp');
    }
  });
});
