/**
 * The Content-Security-Policy every page of Minute Book is served with, by the
 * Electron app:// protocol and by the 127.0.0.1 server of the browser host alike.
 * Nothing may load or connect outside our own origin: the app works with no network
 * and must never leak minutes (some are confidential Part 2 business) to one.
 * No inline script and no eval; styles only from our own stylesheet files.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "manifest-src 'self'",
  "worker-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
  "object-src 'none'",
].join('; ');
