/**
 * A small static server for the built renderer (dist/renderer), bound to
 * 127.0.0.1 only. It is the browser host's stand-in for Electron's app://
 * protocol: the same URL→file rule (resolveAppPath) and the same
 * Content-Security-Policy, so the renderer is tested and used under the rules it
 * ships with. Used by `npm start` when there is no Electron, and by Playwright.
 *
 * CLI: tsx scripts/serve-renderer.ts --root dist/renderer --port 0 [--host 127.0.0.1]
 */
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { resolveAppPath } from '../shared/security/app-path';
import { CONTENT_SECURITY_POLICY } from '../shared/security/content-security-policy';
import { contentTypeFor } from './lib/content-type';
import { describeError } from '../shared/format/describe-error';

/**
 * A path the server answers itself, so `npm start` can tell a Minute Book server
 * left on its port by an earlier run from some other program holding the port.
 */
export const MARKER_PATH = '/__minute-book';

/** What the marker path answers. */
export interface ServerMarker {
  app: 'minute-book';
  root: string;
}

export interface RendererServerOptions {
  /** The folder holding the built renderer's index.html. */
  root: string;
  /** The port to listen on; 0 picks any free port. */
  port: number;
  /** The loopback address to bind; 127.0.0.1 unless told otherwise. */
  host?: string;
  /** Called once per request after it is answered, e.g. to log it. */
  onRequest?: (method: string, url: string, status: number) => void;
}

export interface RendererServer {
  /** The origin with a trailing slash, e.g. http://127.0.0.1:47213/ */
  url: string;
  port: number;
  /** Stops listening and drops open connections. */
  close(): Promise<void>;
}

const LOOPBACK = new Set(['127.0.0.1', '::1', 'localhost']);

/** Starts serving `root`; resolves once it listens. */
export async function startRendererServer(options: RendererServerOptions): Promise<RendererServer> {
  const host = options.host ?? '127.0.0.1';
  // Minutes can be confidential: never listen where the network can reach.
  if (!LOOPBACK.has(host)) throw new Error(`The renderer server only binds to loopback, not ${host}.`);
  const root = await realRoot(options.root);

  const server = http.createServer((request, response) => {
    const method = request.method ?? 'GET';
    const url = request.url ?? '/';
    response.on('finish', () => options.onRequest?.(method, url, response.statusCode));
    handle(root, method, request.headers.host, url, response).catch(() => {
      if (!response.headersSent) send(response, 500, 'Internal error\n');
      else response.destroy();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  const shownHost = host.includes(':') ? `[${host}]` : host;
  return {
    url: `http://${shownHost}:${port}/`,
    port,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

async function realRoot(root: string): Promise<string> {
  const absolute = path.resolve(root);
  const index = path.join(absolute, 'index.html');
  if (!fs.existsSync(index)) {
    throw new Error(`No built renderer at ${absolute} (index.html is missing): run \`npm run build\` first.`);
  }
  return fs.promises.realpath(absolute);
}

function baseHeaders(): Record<string, string> {
  return {
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
  };
}

function send(response: http.ServerResponse, status: number, body: string, extra: Record<string, string> = {}): void {
  response.writeHead(status, {
    ...baseHeaders(),
    'Content-Type': 'text/plain; charset=utf-8',
    'Content-Length': String(Buffer.byteLength(body)),
    'Cache-Control': 'no-store',
    ...extra,
  });
  response.end(body);
}

/** Whether `file` is `root` itself or lies beneath it. */
function isInside(root: string, file: string): boolean {
  const relative = path.relative(root, file);
  return relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative);
}

async function handle(
  root: string,
  method: string,
  hostHeader: string | undefined,
  rawUrl: string,
  response: http.ServerResponse,
): Promise<void> {
  if (method !== 'GET' && method !== 'HEAD') {
    send(response, 405, 'Method not allowed\n', { Allow: 'GET, HEAD' });
    return;
  }
  // DNS rebinding: a web page whose name has been pointed at 127.0.0.1 would
  // send its own name as Host. Only answer requests made to us by address.
  const hostName = (hostHeader ?? '').replace(/:\d+$/, '').replace(/^\[(.*)\]$/, '$1');
  if (!LOOPBACK.has(hostName)) {
    send(response, 421, 'Misdirected request\n');
    return;
  }
  // Take the path exactly as sent: `new URL()` would quietly resolve "../" and
  // "%2e%2e" before resolveAppPath could refuse them.
  if (!rawUrl.startsWith('/')) {
    send(response, 400, 'Bad request\n');
    return;
  }
  const pathname = rawUrl.split(/[?#]/, 1)[0] ?? '/';

  if (pathname === MARKER_PATH) {
    const marker: ServerMarker = { app: 'minute-book', root };
    send(response, 200, JSON.stringify(marker), { 'Content-Type': 'application/json; charset=utf-8' });
    return;
  }

  const relative = resolveAppPath(pathname);
  if (relative === null) {
    send(response, 400, 'Bad request\n');
    return;
  }
  // Belt and braces: resolveAppPath has refused every climb, but check the
  // real path too (symlinks included) before opening anything.
  let file: string;
  try {
    file = await fs.promises.realpath(path.resolve(root, relative));
  } catch {
    send(response, 404, 'Not found\n');
    return;
  }
  if (!isInside(root, file)) {
    send(response, 404, 'Not found\n');
    return;
  }
  const stat = await fs.promises.stat(file);
  if (!stat.isFile()) {
    send(response, 404, 'Not found\n');
    return;
  }

  const isPage = file.endsWith('.html');
  response.writeHead(200, {
    ...baseHeaders(),
    'Content-Type': contentTypeFor(file),
    'Content-Length': String(stat.size),
    // The page must always be fresh after a rebuild; hashed assets may be
    // revalidated (there is no network cost on loopback).
    'Cache-Control': isPage ? 'no-store' : 'no-cache',
  });
  if (method === 'HEAD') {
    response.end();
    return;
  }
  await new Promise<void>((resolve, reject) => {
    const stream = fs.createReadStream(file);
    stream.on('error', reject);
    response.on('close', resolve);
    stream.pipe(response);
  });
}

/** True when this file is the program being run (not imported). */
function isMain(): boolean {
  const entry = process.argv[1];
  return entry !== undefined && path.resolve(entry) === fileURLToPath(import.meta.url);
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      root: { type: 'string', default: 'dist/renderer' },
      port: { type: 'string', default: '0' },
      host: { type: 'string', default: '127.0.0.1' },
      quiet: { type: 'boolean', default: false },
    },
  });
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`--port must be 0–65535, not ${values.port}`);
  const server = await startRendererServer({
    root: values.root,
    port,
    host: values.host,
    ...(values.quiet ? {} : { onRequest: (method, url, status) => console.log(`${status} ${method} ${url}`) }),
  });
  console.log(`Minute Book renderer served at ${server.url}`);
  const stop = () => {
    void server.close().then(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

if (isMain()) {
  main().catch((error: unknown) => {
    console.error(describeError(error));
    process.exit(1);
  });
}
