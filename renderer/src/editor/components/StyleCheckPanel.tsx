import type { StyleFinding } from '@shared/style-check/findings';
import { STYLE_RULE_NAMES } from '@shared/style-check/rule-names';
import { useEffect, useId, useRef, type KeyboardEvent, type ReactNode } from 'react';
import { findingsByMinute, splitDismissed } from '../style-findings';

/** Where the check stands: running, done (with whether the minutes changed since), or failed. */
export type StyleCheckState =
  | { kind: 'checking' }
  | { kind: 'checked'; findings: StyleFinding[]; wordCount: number; changed: boolean }
  | { kind: 'failed'; message: string };

interface StyleCheckPanelProps {
  state: StyleCheckState;
  /** Keys of the findings dismissed for this meeting. */
  dismissed: readonly string[];
  /** False on signed minutes: nothing can be fixed or dismissed. */
  editable: boolean;
  /** What the last action could not do, said plainly. */
  notice: string | null;
  onGoTo(finding: StyleFinding): void;
  onFix(finding: StyleFinding): void;
  onDismiss(finding: StyleFinding): void;
  onRestore(finding: StyleFinding): void;
  onCheckAgain(): void;
  onClose(): void;
}

const count = (n: number, one: string, many: string) => `${n.toLocaleString('en-GB')} ${n === 1 ? one : many}`;

/** The house-style check's findings beside the minutes, grouped by minute, each linked to its place. */
export function StyleCheckPanel(props: StyleCheckPanelProps): ReactNode {
  const { state, dismissed, editable, notice, onCheckAgain, onClose } = props;
  const headingId = useId();
  const panelRef = useRef<HTMLElement>(null);
  // Opening the panel takes the focus to it, so a keyboard user lands on the findings; while it is open the page
  // makes room for it (app.css), so no word of the minutes is hidden under it.
  useEffect(() => {
    panelRef.current?.focus();
    document.body.classList.add('style-check-open');
    return () => document.body.classList.remove('style-check-open');
  }, []);
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    onClose();
  };
  const split = state.kind === 'checked' ? splitDismissed(state.findings, dismissed) : null;

  return (
    <aside className="style-check-panel" aria-labelledby={headingId} ref={panelRef} tabIndex={-1} onKeyDown={onKeyDown}>
      <div className="style-check-header">
        <h2 id={headingId}>House-style check</h2>
        <button type="button" onClick={onCheckAgain} disabled={state.kind === 'checking'}>
          Check again
        </button>
        <button type="button" onClick={onClose} aria-label="Close the house-style check">
          Close
        </button>
      </div>
      <p className="style-check-summary" role="status">
        {state.kind === 'checking'
          ? 'Checking the minutes…'
          : state.kind === 'failed'
            ? null
            : split!.shown.length === 0
              ? `Nothing to change in ${count(state.wordCount, 'word', 'words')}: the minutes follow the house style.`
              : `${count(split!.shown.length, 'finding', 'findings')} in ${count(state.wordCount, 'word', 'words')}.`}
      </p>
      {state.kind === 'failed' ? (
        <p className="form-failure" role="alert">
          {state.message}
        </p>
      ) : null}
      {notice ? (
        <p className="form-failure" role="alert">
          {notice}
        </p>
      ) : null}
      {state.kind === 'checked' && state.changed ? <p className="field-hint">The minutes have changed since this check: choose “Check again” to bring it up to date.</p> : null}
      {split ? (
        <>
          {findingsByMinute(split.shown).map((group) => (
            <section key={group.id} className="style-check-minute" aria-label={group.heading}>
              <h3>{group.heading}</h3>
              <ul>
                {group.findings.map((finding) => (
                  <FindingRow key={finding.key} {...props} finding={finding} />
                ))}
              </ul>
            </section>
          ))}
          {split.dismissed.length > 0 ? (
            <details className="style-check-dismissed">
              <summary>Dismissed for this meeting ({split.dismissed.length})</summary>
              <ul>
                {split.dismissed.map((finding) => (
                  <li key={finding.key}>
                    “{finding.text}”: {STYLE_RULE_NAMES[finding.rule].name.toLowerCase()}{' '}
                    <button type="button" className="link" disabled={!editable} onClick={() => props.onRestore(finding)}>
                      Show again
                    </button>
                  </li>
                ))}
              </ul>
            </details>
          ) : null}
        </>
      ) : null}
    </aside>
  );
}

/** One finding: its words (a link to their place), the rule, what is wrong, and the fix and dismissal. */
function FindingRow({ finding, editable, onGoTo, onFix, onDismiss }: StyleCheckPanelProps & { finding: StyleFinding }): ReactNode {
  const { fix } = finding;
  return (
    <li className="style-finding">
      <div className="style-finding-head">
        {finding.place.kind === 'attendance' ? (
          <span className="style-finding-words">“{finding.text}”</span>
        ) : (
          <button type="button" className="link style-finding-words" onClick={() => onGoTo(finding)} title="Go to this place in the minutes">
            “{finding.text}”
          </button>
        )}
        <span className="style-finding-rule">{STYLE_RULE_NAMES[finding.rule].name}</span>
      </div>
      <p>{finding.message}</p>
      <div className="style-finding-actions">
        {fix ? (
          <button type="button" disabled={!editable} onClick={() => onFix(finding)}>
            {fix.label}
          </button>
        ) : null}
        <button type="button" disabled={!editable} onClick={() => onDismiss(finding)}>
          Dismiss for this meeting
        </button>
      </div>
    </li>
  );
}
