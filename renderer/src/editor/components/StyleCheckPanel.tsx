import type { ActionOffer, StyleFinding } from '@shared/style-check/findings';
import { STYLE_RULE_NAMES } from '@shared/style-check/rule-names';
import { useEffect, useId, useRef, type KeyboardEvent, type ReactNode } from 'react';
import { findingsByMinute, splitDismissed } from '../style-findings';

/** Where the check stands: running, done (with whether the minutes changed since), or failed. */
export type StyleCheckState =
  | { kind: 'checking' }
  | { kind: 'checked'; findings: StyleFinding[]; offers: ActionOffer[]; wordCount: number; changed: boolean }
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
  onRestore(finding: StyleFinding | ActionOffer): void;
  /** Opens the action dialog on an offered sentence. */
  onMarkOffer(offer: ActionOffer): void;
  onGoToOffer(offer: ActionOffer): void;
  onDismissOffer(offer: ActionOffer): void;
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
  const offers = state.kind === 'checked' ? splitDismissed(state.offers, dismissed) : null;

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
          {offers && offers.shown.length > 0 ? (
            <section className="style-check-offers" aria-label="Possible actions">
              <h3>Possible actions ({offers.shown.length})</h3>
              <p className="field-hint">These sentences read like promises to chase at the next meeting. Mark each as an action, or dismiss it.</p>
              <ul>
                {offers.shown.map((offer) => (
                  <OfferRow key={offer.key} {...props} offer={offer} />
                ))}
              </ul>
            </section>
          ) : null}
          {split.dismissed.length + (offers?.dismissed.length ?? 0) > 0 ? (
            <details className="style-check-dismissed">
              <summary>Dismissed for this meeting ({split.dismissed.length + (offers?.dismissed.length ?? 0)})</summary>
              <ul>
                {offers?.dismissed.map((offer) => (
                  <li key={offer.key}>
                    “{offer.text}”: possible action{' '}
                    <button type="button" className="link" disabled={!editable} onClick={() => props.onRestore(offer)}>
                      Show again
                    </button>
                  </li>
                ))}
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

/** A sentence offered for marking as an action: its words (a link to their place), the shape, mark and dismiss. */
function OfferRow({ offer, editable, onGoToOffer, onMarkOffer, onDismissOffer }: StyleCheckPanelProps & { offer: ActionOffer }): ReactNode {
  return (
    <li className="action-offer">
      <div className="style-finding-head">
        <button type="button" className="link style-finding-words" onClick={() => onGoToOffer(offer)} title="Go to this sentence in the minutes">
          “{offer.text}”
        </button>
        <span className="style-finding-rule">“{offer.shape}”</span>
      </div>
      <div className="style-finding-actions">
        <button type="button" disabled={!editable} onClick={() => onMarkOffer(offer)}>
          Mark as action…
        </button>
        <button type="button" disabled={!editable} onClick={() => onDismissOffer(offer)}>
          Dismiss for this meeting
        </button>
      </div>
    </li>
  );
}
