import { describe, expect, it } from 'vitest';
import { classifyFindings, inlineSuppressions, SECURITY_ALLOW_LIST, type SecurityFinding } from '../../../scripts/lib/security-findings';

const finding = (check: string, file: string): SecurityFinding => ({ check, file, line: 1, description: 'd', sample: 's' });

describe('classifyFindings', () => {
  it('explains a finding only for the check and file the allow-list names', () => {
    const allow = [{ check: 'CSP_GLOBAL_CHECK', file: 'dist/renderer/index.html', reason: 'why' }];
    const { explained, unexplained } = classifyFindings(
      [finding('CSP_GLOBAL_CHECK', 'dist/renderer/index.html'), finding('CSP_GLOBAL_CHECK', 'N/A'), finding('SANDBOX_JS_CHECK', 'electron/main/window.ts')],
      allow,
    );
    expect(explained).toEqual([{ finding: finding('CSP_GLOBAL_CHECK', 'dist/renderer/index.html'), reason: 'why' }]);
    expect(unexplained).toEqual([finding('CSP_GLOBAL_CHECK', 'N/A'), finding('SANDBOX_JS_CHECK', 'electron/main/window.ts')]);
  });

  it('never lets the window’s own settings through the project allow-list', () => {
    for (const check of ['SANDBOX_JS_CHECK', 'CONTEXT_ISOLATION_JS_CHECK', 'NODE_INTEGRATION_JS_CHECK', 'PRELOAD_JS_CHECK']) {
      expect(classifyFindings([finding(check, 'electron/main/window.ts')]).unexplained).toHaveLength(1);
    }
  });

  it('gives every allow-list entry a reason a reviewer can read', () => {
    for (const entry of SECURITY_ALLOW_LIST) expect(entry.reason.length).toBeGreaterThan(40);
  });
});

describe('inlineSuppressions', () => {
  it('reads the checks and the reason after --', () => {
    const text = "const a = 1;\n  preload: p, // eng-disable PRELOAD_JS_CHECK -- reviewed: two typed functions\n";
    expect(inlineSuppressions(text)).toEqual([{ line: 2, checks: ['PRELOAD_JS_CHECK'], reason: 'reviewed: two typed functions' }]);
  });

  it('reads block and HTML comments, and several checks', () => {
    expect(inlineSuppressions('/* eng-disable SANDBOX_JS_CHECK, AUXCLICK_JS_CHECK -- why */ x')).toEqual([
      { line: 1, checks: ['SANDBOX_JS_CHECK', 'AUXCLICK_JS_CHECK'], reason: 'why' },
    ]);
    expect(inlineSuppressions('<!-- eng-disable CSP_HTML_CHECK -- why not -->')).toEqual([{ line: 1, checks: ['CSP_HTML_CHECK'], reason: 'why not' }]);
  });

  it('reports a suppression with no reason as such', () => {
    expect(inlineSuppressions('new BrowserWindow(o); // eng-disable SANDBOX_JS_CHECK')).toEqual([
      { line: 1, checks: ['SANDBOX_JS_CHECK'], reason: null },
    ]);
    expect(inlineSuppressions('/* eng-disable SANDBOX_JS_CHECK */')[0]?.reason).toBeNull();
  });
});
