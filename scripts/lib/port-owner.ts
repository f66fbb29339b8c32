import http from 'node:http';

/** Who holds a port we wanted: an earlier Minute Book server, or someone else. */
export type PortOwner = { kind: 'minute-book'; root: string } | { kind: 'other' };

/**
 * Asks whatever listens on 127.0.0.1:`port` for Minute Book's marker path. A
 * Minute Book server answers with its root folder; anything else (no answer,
 * another status, other JSON) is "some other program".
 */
export function probePortOwner(port: number, markerPath: string, timeoutMs = 2000): Promise<PortOwner> {
  return new Promise((resolve) => {
    const request = http.get({ host: '127.0.0.1', port, path: markerPath, timeout: timeoutMs }, (response) => {
      let body = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => {
        if (body.length < 4096) body += chunk;
      });
      response.on('end', () => resolve(parseMarker(response.statusCode, body)));
      response.on('error', () => resolve({ kind: 'other' }));
    });
    request.on('timeout', () => request.destroy());
    request.on('error', () => resolve({ kind: 'other' }));
  });
}

/** Reads the marker answer; anything unexpected means "not ours". */
export function parseMarker(status: number | undefined, body: string): PortOwner {
  if (status !== 200) return { kind: 'other' };
  try {
    const value: unknown = JSON.parse(body);
    if (
      typeof value === 'object' &&
      value !== null &&
      (value as { app?: unknown }).app === 'minute-book' &&
      typeof (value as { root?: unknown }).root === 'string'
    ) {
      return { kind: 'minute-book', root: (value as { root: string }).root };
    }
  } catch {
    // Not JSON: not ours.
  }
  return { kind: 'other' };
}
