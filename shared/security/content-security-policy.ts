/**
 * The Content-Security-Policy every page of Minute Book is served with, by the
 * Electron app:// protocol and by the 127.0.0.1 server of the browser host alike.
 * Nothing may load or connect outside our own origin: the app works with no network
 * and must never leak minutes (some are confidential Part 2 business) to one.
 * No inline script and no eval; styles only from our own stylesheet files.
 * Each directive is named once here; the header and the page's <meta> copy are
 * both made from this list.
 */
const DIRECTIVES: readonly (readonly [directive: string, sources: string])[] = [
  // Anything not named below is refused outright.
  ['default-src', "'none'"],
  ['script-src', "'self'"],
  ['style-src', "'self'"],
  // data: and blob: never leave the process (pasted images, the Word file's download link).
  ['img-src', "'self' data: blob:"],
  ['font-src', "'self'"],
  ['connect-src', "'self'"],
  ['manifest-src', "'self'"],
  // A worker from our own files (the in-app spell-checker may run in one).
  ['worker-src', "'self'"],
  ['object-src', "'none'"],
  ['base-uri', "'none'"],
  ['form-action', "'none'"],
  ['frame-ancestors', "'none'"],
];

/** Directives a <meta> policy may not carry: browsers ignore them there (and say so in the console). */
const HEADER_ONLY_DIRECTIVES = new Set(['frame-ancestors', 'report-uri', 'sandbox']);

/** The policy as sent in the Content-Security-Policy header. */
export const CONTENT_SECURITY_POLICY = DIRECTIVES.map(([directive, sources]) => `${directive} ${sources}`).join('; ');

/**
 * The same policy for a <meta http-equiv="Content-Security-Policy"> in index.html:
 * the page carries its own policy even if it is ever loaded without our headers,
 * and the security review (Electronegativity) can read and evaluate it there.
 */
export const META_CONTENT_SECURITY_POLICY = DIRECTIVES.filter(([directive]) => !HEADER_ONLY_DIRECTIVES.has(directive))
  .map(([directive, sources]) => `${directive} ${sources}`)
  .join('; ');
