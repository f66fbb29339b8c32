import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../../shared/security/content-security-policy';

const electron = vi.hoisted(() => ({ protocol: { handle: vi.fn(), registerSchemesAsPrivileged: vi.fn() } }));
vi.mock('electron', () => electron);

const { fileForAppRequest, serveAppRequest, registerAppSchemeAsPrivileged, registerAppProtocol, contentTypeFor } = await import(
  '../../../electron/main/protocol'
);

const root = path.resolve(path.sep, 'srv', 'minute-book', 'renderer');

describe('fileForAppRequest', () => {
  it('maps the bare origin to index.html', () => {
    expect(fileForAppRequest('app://minutes/', root)).toEqual({ kind: 'file', filePath: path.join(root, 'index.html') });
  });

  it('maps an asset path inside the folder', () => {
    expect(fileForAppRequest('app://minutes/assets/index-abc123.js', root)).toEqual({
      kind: 'file',
      filePath: path.join(root, 'assets', 'index-abc123.js'),
    });
  });

  it.each([
    ['encoded slashes around ..', 'app://minutes/..%2f..%2fetc%2fpasswd'],
    ['encoded dots and slash', 'app://minutes/assets/%2e%2e%2f%2e%2e%2fsecret'],
    ['a drive letter', 'app://minutes/C:/Windows/win.ini'],
    ['an encoded drive letter', 'app://minutes/c%3A/Windows/win.ini'],
    ['backslashes', 'app://minutes/%5c..%5c..%5csecret'],
    ['a NUL byte', 'app://minutes/index.html%00.png'],
    ['a malformed escape', 'app://minutes/%E0%A4%A'],
  ])('refuses %s with 403', (_what, url) => {
    expect(fileForAppRequest(url, root)).toMatchObject({ kind: 'refused', status: 403 });
  });

  it.each([
    ['plain ../', 'app://minutes/../../etc/passwd'],
    ['%2e%2e/', 'app://minutes/%2e%2e/%2e%2e/etc/passwd'],
    ['an absolute path', 'app://minutes//etc/passwd'],
  ])('keeps %s inside the folder (the URL parser folds it away)', (_what, url) => {
    expect(fileForAppRequest(url, root)).toEqual({ kind: 'file', filePath: path.join(root, 'etc', 'passwd') });
  });

  it.each([
    ['another host', 'app://evil/index.html'],
    ['a port', 'app://minutes:8080/index.html'],
    ['a user name', 'app://someone@minutes/index.html'],
    ['another scheme', 'https://minutes/index.html'],
    ['no URL at all', 'not a url'],
  ])('refuses %s with 404', (_what, url) => {
    expect(fileForAppRequest(url, root)).toMatchObject({ kind: 'refused', status: 404 });
  });
});

describe('serveAppRequest', () => {
  let folder: string;
  beforeAll(async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    folder = await mkdtemp(path.join(tmpdir(), 'minute-book-protocol-'));
    await mkdir(path.join(folder, 'renderer', 'assets'), { recursive: true });
    await writeFile(path.join(folder, 'renderer', 'index.html'), '<!doctype html><title>Minute Book</title>');
    await writeFile(path.join(folder, 'renderer', 'assets', 'app.js'), 'console.log("minutes")');
    await writeFile(path.join(folder, 'renderer', 'assets', 'font.woff2'), new Uint8Array([0x77, 0x4f, 0x46, 0x32]));
    // A file beside the renderer folder that no request may reach.
    await writeFile(path.join(folder, 'secret.txt'), 'Part 2 business');
  });
  afterAll(async () => {
    await rm(folder, { recursive: true, force: true });
  });
  const rendererRoot = (): string => path.join(folder, 'renderer');
  const get = (url: string, method = 'GET'): Promise<Response> => serveAppRequest(new Request(url, { method }), rendererRoot());

  it('serves index.html with the CSP, nosniff and an HTML content type', async () => {
    const response = await get('app://minutes/index.html');
    expect(response.status).toBe(200);
    expect(response.headers.get('Content-Type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('Content-Security-Policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(response.headers.get('X-Content-Type-Options')).toBe('nosniff');
    expect(await response.text()).toBe('<!doctype html><title>Minute Book</title>');
  });

  it('serves a script as JavaScript and a font as woff2, byte for byte', async () => {
    const script = await get('app://minutes/assets/app.js');
    expect(script.headers.get('Content-Type')).toBe('text/javascript; charset=utf-8');
    expect(await script.text()).toBe('console.log("minutes")');
    const font = await get('app://minutes/assets/font.woff2');
    expect(font.headers.get('Content-Type')).toBe('font/woff2');
    expect([...new Uint8Array(await font.arrayBuffer())]).toEqual([0x77, 0x4f, 0x46, 0x32]);
  });

  it('answers 404 for a missing asset instead of falling back to index.html', async () => {
    const response = await get('app://minutes/assets/missing.js');
    expect(response.status).toBe(404);
    expect(await response.text()).not.toContain('<title>');
    expect(response.headers.get('Content-Security-Policy')).toBe(CONTENT_SECURITY_POLICY);
  });

  it('answers 404 for a folder', async () => {
    expect((await get('app://minutes/assets')).status).toBe(404);
  });

  it('never serves the file beside the renderer folder', async () => {
    const responses = await Promise.all([
      get('app://minutes/..%2fsecret.txt'),
      get('app://minutes/../secret.txt'),
      get('app://minutes/%2e%2e/secret.txt'),
    ]);
    expect(responses.map((response) => response.status)).toEqual([403, 404, 404]);
    for (const response of responses) expect(await response.text()).not.toContain('Part 2');
  });

  it('answers 404 for another host even when the file exists', async () => {
    expect((await get('app://other/index.html')).status).toBe(404);
  });

  it('refuses methods other than GET and HEAD', async () => {
    expect((await get('app://minutes/index.html', 'POST')).status).toBe(405);
  });

  it('answers HEAD with headers and no body', async () => {
    const response = await get('app://minutes/index.html', 'HEAD');
    expect(response.status).toBe(200);
    expect(response.headers.get('Content-Type')).toBe('text/html; charset=utf-8');
    expect(await response.text()).toBe('');
  });
});

describe('contentTypeFor', () => {
  it.each([
    ['a.css', 'text/css; charset=utf-8'],
    ['a.mjs', 'text/javascript; charset=utf-8'],
    ['a.svg', 'image/svg+xml'],
    ['a.PNG', 'image/png'],
    ['a.json', 'application/json; charset=utf-8'],
    ['a.js.map', 'application/json; charset=utf-8'],
    ['favicon.ico', 'image/x-icon'],
    ['a.exe', 'application/octet-stream'],
  ])('%s → %s', (file, type) => {
    expect(contentTypeFor(file)).toBe(type);
  });
});

describe('scheme registration', () => {
  it('declares app:// standard and secure, with fetch and no service workers', () => {
    registerAppSchemeAsPrivileged();
    expect(electron.protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      {
        scheme: 'app',
        privileges: expect.objectContaining({ standard: true, secure: true, supportFetchAPI: true, allowServiceWorkers: false, bypassCSP: false }),
      },
    ]);
  });

  it('handles the app scheme from the folder given', async () => {
    registerAppProtocol(path.join(tmpdir(), 'minute-book-no-such-folder'));
    expect(electron.protocol.handle).toHaveBeenCalledWith('app', expect.any(Function));
    const handler = electron.protocol.handle.mock.calls[0]?.[1] as (request: Request) => Promise<Response>;
    expect((await handler(new Request('app://minutes/index.html'))).status).toBe(404);
  });
});
