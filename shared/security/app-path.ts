/**
 * Turns the path part of a request URL into a file path relative to the app's
 * folder, or null when the request must be refused. Shared by the Electron
 * app:// protocol handler and the browser host's local server, so both refuse
 * the same things: anything that climbs out of the folder ("..", encoded or not),
 * absolute or drive-letter paths, backslashes, NUL bytes and malformed escapes.
 */
export function resolveAppPath(urlPathname: string, indexFile = 'index.html'): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPathname);
  } catch {
    return null;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return null;
  const segments = decoded.split('/').filter((segment) => segment !== '' && segment !== '.');
  if (segments.some((segment) => segment === '..' || /^[a-zA-Z]:$/.test(segment))) return null;
  if (segments.length === 0) return indexFile;
  return segments.join('/');
}
