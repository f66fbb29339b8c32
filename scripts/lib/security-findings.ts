/**
 * What `npm run security` makes of Electronegativity's findings: each one is
 * either explained (an entry of SECURITY_ALLOW_LIST, with its reason) or
 * unexplained, and any unexplained finding fails the run. Findings the tool
 * itself drops because of an inline `eng-disable` comment are never seen here,
 * so every such comment must give its reason after `--` (checked below).
 */

/** One finding, as the review reports it (paths relative to the scanned tree). */
export interface SecurityFinding {
  /** Electronegativity's check id, e.g. SANDBOX_JS_CHECK or CSP_GLOBAL_CHECK. */
  check: string;
  /** The file as shipped or as written ("electron/main/window.ts", "dist/renderer/index.html"), or "N/A" for app-wide findings. */
  file: string;
  line: number;
  description: string;
  /** The code or policy the finding is about, when the tool gives one. */
  sample: string;
}

/** A finding someone has looked at and explained; `file` narrows it to one file. */
export interface AllowedFinding {
  check: string;
  file: string;
  reason: string;
}

/**
 * The findings reviewed and accepted, each with why. Keep it short: fix a finding
 * in the code where that is possible, and add here only what the tool cannot see.
 */
export const SECURITY_ALLOW_LIST: readonly AllowedFinding[] = [
  {
    check: 'CSP_GLOBAL_CHECK',
    file: 'dist/renderer/index.html',
    reason:
      "csp-evaluator's only remark on our policy is that script-src 'self' \"can be problematic if you host JSONP, Angular or " +
      'user uploaded files". Our origin (app://minutes/, or 127.0.0.1 in the browser host) serves nothing but the files of our ' +
      'own build: no JSONP endpoint, no Angular, and nothing the officer opens is ever served back. The policy itself is ' +
      'asserted by test/unit/shared/content-security-policy.test.ts.',
  },
];

/** Checks not run at all, and why (passed to Electronegativity as excluded checks). */
export const EXCLUDED_CHECKS: readonly { check: string; reason: string }[] = [
  {
    check: 'AvailableSecurityFixesGlobalCheck',
    reason:
      "Downloads Electron's release list from GitHub on every run; the review must work offline. Electron's version is pinned " +
      'in package.json and is updated as a dependency, deliberately.',
  },
];

/** Splits findings into the ones the allow-list explains (with the reason) and the rest. */
export function classifyFindings(
  findings: readonly SecurityFinding[],
  allowList: readonly AllowedFinding[] = SECURITY_ALLOW_LIST,
): { explained: { finding: SecurityFinding; reason: string }[]; unexplained: SecurityFinding[] } {
  const explained: { finding: SecurityFinding; reason: string }[] = [];
  const unexplained: SecurityFinding[] = [];
  for (const finding of findings) {
    const allowed = allowList.find((entry) => entry.check === finding.check && entry.file === finding.file);
    if (allowed) explained.push({ finding, reason: allowed.reason });
    else unexplained.push(finding);
  }
  return { explained, unexplained };
}

/** An inline suppression found in a scanned file. */
export interface InlineSuppression {
  line: number;
  checks: string[];
  /** The words after `--`, or null when the comment gives no reason. */
  reason: string | null;
}

// The tool's own syntax (/* eng-disable CHECK */ or // eng-disable CHECK, or <!-- … --> in HTML);
// we add the rule that a reason follows `--`.
const SUPPRESSION = /(?:\/\/|\/\*|<!--)[ \t]*eng-disable[ \t]+([\w \t,]+?)(?:[ \t]*--[ \t]*(.*?))?[ \t]*(?:\*\/|-->|$)/;

/** Every `eng-disable` comment in `text`, with its checks and its reason (null when none is given). */
export function inlineSuppressions(text: string): InlineSuppression[] {
  const found: InlineSuppression[] = [];
  text.split('\n').forEach((lineText, index) => {
    const match = SUPPRESSION.exec(lineText);
    if (!match) return;
    const checks = (match[1] ?? '').split(/[\s,]+/).filter(Boolean);
    const reason = match[2]?.trim() ? match[2].trim() : null;
    found.push({ line: index + 1, checks, reason });
  });
  return found;
}
