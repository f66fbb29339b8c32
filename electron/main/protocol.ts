import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { protocol } from 'electron';
import { resolveAppPath } from '../../shared/security/app-path';
import { CONTENT_SECURITY_POLICY } from '../../shared/security/content-security-policy';
import { APP_HOST, APP_SCHEME } from './app-origin';

/** Where an app:// request leads: a file inside the renderer folder, or a refusal. */
export type AppRequestTarget =
  | { kind: 'file'; filePath: string }
  | { kind: 'refused'; status: 403 | 404; reason: string };

/** Content types of the files a Vite build of the renderer contains. */
const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.ico': 'image/x-icon',
};

/** The Content-Type for a file name; unknown kinds are plain bytes (nosniff stops guessing). */
export function contentTypeFor(filePath: string): string {
  return CONTENT_TYPES[path.extname(filePath).toLowerCase()] ?? 'application/octet-stream';
}

/** Maps an app:// request URL to a file under `rendererRoot`, or says why it is refused. */
export function fileForAppRequest(url: string, rendererRoot: string): AppRequestTarget {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return { kind: 'refused', status: 404, reason: 'not a URL' };
  }
  if (parsed.protocol !== `${APP_SCHEME}:` || parsed.host !== APP_HOST || parsed.username || parsed.password) {
    return { kind: 'refused', status: 404, reason: `not on ${APP_SCHEME}://${APP_HOST}/` };
  }
  const relativePath = resolveAppPath(parsed.pathname);
  if (relativePath === null) {
    return { kind: 'refused', status: 403, reason: 'path leaves the app folder or is malformed' };
  }
  // Belt and braces: resolveAppPath already refuses "..", but the file system is
  // the last word on where a path leads, so check the absolute result too.
  const root = path.resolve(rendererRoot);
  const filePath = path.resolve(root, relativePath);
  const fromRoot = path.relative(root, filePath);
  if (fromRoot === '' || fromRoot.startsWith('..') || path.isAbsolute(fromRoot)) {
    return { kind: 'refused', status: 403, reason: 'path leaves the app folder' };
  }
  return { kind: 'file', filePath };
}

/** Headers every app:// answer carries, refusals included. */
function securityHeaders(contentType: string): Record<string, string> {
  return {
    'Content-Type': contentType,
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'X-Content-Type-Options': 'nosniff',
  };
}

function refusal(status: number, text: string): Response {
  return new Response(text, { status, headers: securityHeaders('text/plain; charset=utf-8') });
}

/** Answers one app:// request from the files in `rendererRoot`. */
export async function serveAppRequest(request: Request, rendererRoot: string): Promise<Response> {
  if (request.method !== 'GET' && request.method !== 'HEAD') return refusal(405, 'Method not allowed');
  const target = fileForAppRequest(request.url, rendererRoot);
  if (target.kind === 'refused') {
    console.warn(`app:// refused ${request.url}: ${target.reason}`);
    return refusal(target.status, target.status === 403 ? 'Forbidden' : 'Not found');
  }
  let body: Buffer;
  try {
    body = await readFile(target.filePath);
  } catch (error) {
    // No fallback to index.html: a missing script or stylesheet must show as
    // missing, not as an HTML page the browser then fails to parse.
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'EISDIR' || code === 'ENOTDIR') return refusal(404, 'Not found');
    console.error(`app:// could not read ${target.filePath}:`, error);
    return refusal(500, 'Could not read the file');
  }
  const headers = securityHeaders(contentTypeFor(target.filePath));
  return new Response(request.method === 'HEAD' ? null : new Uint8Array(body), { status: 200, headers });
}

/**
 * What the app scheme may do. Standard + secure give it a real origin
 * (app://minutes) with IndexedDB and a secure context, as https would; no
 * service workers, since nothing is ever fetched from a server to cache.
 */
export const APP_SCHEME_PRIVILEGES = {
  standard: true,
  secure: true,
  supportFetchAPI: true,
  corsEnabled: false,
  allowServiceWorkers: false,
  bypassCSP: false,
  stream: false,
  codeCache: true,
} as const;

/** Declares app:// privileged; Electron only accepts this before the app is ready. */
export function registerAppSchemeAsPrivileged(): void {
  protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { ...APP_SCHEME_PRIVILEGES } }]);
}

/** Serves the app:// scheme from the built renderer folder (call after app ready). */
export function registerAppProtocol(rendererRoot: string): void {
  protocol.handle(APP_SCHEME, (request) => serveAppRequest(request, rendererRoot));
}
