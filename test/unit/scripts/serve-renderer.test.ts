import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MARKER_PATH, startRendererServer, type RendererServer } from '../../../scripts/serve-renderer';
import { probePortOwner } from '../../../scripts/lib/port-owner';
import { CONTENT_SECURITY_POLICY } from '../../../shared/security/content-security-policy';

interface Reply {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

/** A raw request: node:http sends the path exactly as given (fetch would resolve "../"). */
function request(server: RendererServer, rawPath: string, method = 'GET', host?: string): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      { host: '127.0.0.1', port: server.port, path: rawPath, method, ...(host ? { headers: { host } } : {}) },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (body += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
      },
    );
    req.on('error', reject);
    req.end();
  });
}

let work: string;
let root: string;
let server: RendererServer;

beforeAll(async () => {
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'minute-book-serve-'));
  root = path.join(work, 'renderer');
  fs.mkdirSync(path.join(root, 'assets'), { recursive: true });
  fs.writeFileSync(path.join(root, 'index.html'), '<!doctype html><title>Minute Book</title>');
  fs.writeFileSync(path.join(root, 'assets', 'app-1a2b.js'), 'export {};');
  fs.writeFileSync(path.join(root, 'assets', 'app-1a2b.css'), 'body{}');
  fs.writeFileSync(path.join(work, 'secret.txt'), 'Part 2 business');
  fs.symlinkSync(path.join(work, 'secret.txt'), path.join(root, 'link.txt'));
  server = await startRendererServer({ root, port: 0 });
});

afterAll(async () => {
  await server.close();
  fs.rmSync(work, { recursive: true, force: true });
});

describe('startRendererServer', () => {
  it('binds 127.0.0.1 on the port it was given (0 = any free one)', () => {
    expect(server.url).toBe(`http://127.0.0.1:${server.port}/`);
    expect(server.port).toBeGreaterThan(0);
  });

  it('is not reachable on the machine’s other addresses', async () => {
    const external = Object.values(os.networkInterfaces())
      .flat()
      .find((info) => info && info.family === 'IPv4' && !info.internal);
    if (!external) return; // No other address on this machine: nothing more to check.
    const outcome = await new Promise<string>((resolve) => {
      const req = http.get({ host: external.address, port: server.port, path: '/', timeout: 2000 }, () => resolve('answered'));
      req.on('timeout', () => req.destroy(new Error('timeout')));
      req.on('error', (error: NodeJS.ErrnoException) => resolve(error.code ?? error.message));
    });
    expect(outcome).not.toBe('answered');
  });

  it('serves index.html at / with the CSP, nosniff and no-store', async () => {
    const reply = await request(server, '/');
    expect(reply.status).toBe(200);
    expect(reply.body).toContain('<title>Minute Book</title>');
    expect(reply.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(reply.headers['x-content-type-options']).toBe('nosniff');
    expect(reply.headers['cache-control']).toBe('no-store');
    expect(reply.headers['content-type']).toBe('text/html; charset=utf-8');
  });

  it('gives scripts and stylesheets their own Content-Type', async () => {
    expect((await request(server, '/assets/app-1a2b.js')).headers['content-type']).toBe('text/javascript; charset=utf-8');
    const css = await request(server, '/assets/app-1a2b.css?v=1');
    expect(css.headers['content-type']).toBe('text/css; charset=utf-8');
    expect(css.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
  });

  it('answers HEAD with headers and no body', async () => {
    const reply = await request(server, '/index.html', 'HEAD');
    expect(reply.status).toBe(200);
    expect(reply.headers['content-length']).toBe(String(fs.statSync(path.join(root, 'index.html')).size));
    expect(reply.body).toBe('');
  });

  it.each(['/../secret.txt', '/assets/../../secret.txt', '/%2e%2e/secret.txt', '/%2E%2E%2Fsecret.txt', '/..%5csecret.txt', '/%00', '/%zz'])(
    'refuses %s',
    async (rawPath) => {
      const reply = await request(server, rawPath);
      expect(reply.status).toBe(400);
      expect(reply.body).not.toContain('Part 2');
    },
  );

  it('refuses a symlink that leads out of the folder', async () => {
    const reply = await request(server, '/link.txt');
    expect(reply.status).toBe(404);
    expect(reply.body).not.toContain('Part 2');
  });

  it('answers 404 for missing files and for folders', async () => {
    expect((await request(server, '/missing.js')).status).toBe(404);
    expect((await request(server, '/assets')).status).toBe(404);
  });

  it('answers 405 to anything but GET and HEAD', async () => {
    const reply = await request(server, '/', 'POST');
    expect(reply.status).toBe(405);
    expect(reply.headers.allow).toBe('GET, HEAD');
  });

  it('refuses requests addressed to another host name (DNS rebinding)', async () => {
    expect((await request(server, '/', 'GET', `evil.example:${server.port}`)).status).toBe(421);
    expect((await request(server, '/', 'GET', `localhost:${server.port}`)).status).toBe(200);
  });

  it('answers the marker path so `npm start` can recognise an earlier run', async () => {
    expect(JSON.parse((await request(server, MARKER_PATH)).body)).toEqual({ app: 'minute-book', root: fs.realpathSync(root) });
    expect(await probePortOwner(server.port, MARKER_PATH)).toEqual({ kind: 'minute-book', root: fs.realpathSync(root) });
  });

  it('will not start without a built index.html, nor on a non-loopback address', async () => {
    await expect(startRendererServer({ root: work + '/nowhere', port: 0 })).rejects.toThrow(/npm run build/);
    await expect(startRendererServer({ root, port: 0, host: '0.0.0.0' })).rejects.toThrow(/loopback/);
  });
});
