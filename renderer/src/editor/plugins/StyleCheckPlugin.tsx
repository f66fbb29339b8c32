import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { describeError } from '@shared/format/describe-error';
import type { ActionOffer, StyleFinding } from '@shared/style-check/findings';
import { COMMAND_PRIORITY_EDITOR, type LexicalEditor } from 'lexical';
import { useCallback, useEffect, useRef, useState, type ReactNode } from 'react';
import { checkMinutesStyle } from '../../spelling/spelling-client';
import { useLive } from '../../ui/live-value';
import { OPEN_ACTION_DIALOG_COMMAND, OPEN_STYLE_CHECK_COMMAND } from '../commands';
import { StyleCheckPanel, type StyleCheckState } from '../components/StyleCheckPanel';
import { $applyFindingFix, $selectFinding, type MentionLength } from '../finding-place';
import { $selectOffered, ACTION_MARKED_TAG, mentionWordsOf } from '../action-blocks';
import { useMinutesContext } from '../minutes-context';
import { useMinutesPort } from '../minutes-port';

/**
 * The house-style check's panel (F7 or the toolbar's "Check"): runs the check when it opens, after each fix and
 * when asked again, never while the officer types (the check itself runs in the spelling worker). An edit made
 * while the panel is open only marks the findings as possibly out of date.
 */
export function StyleCheckPlugin(): ReactNode {
  const [editor] = useLexicalComposerContext();
  const context = useMinutesContext();
  const port = useMinutesPort();
  const dismissed = useLive(port.dismissedFindings) ?? [];
  const [open, setOpen] = useState(false);
  const [state, setState] = useState<StyleCheckState>({ kind: 'checking' });
  const [editable, setEditable] = useState(() => editor.isEditable());
  const [notice, setNotice] = useState<string | null>(null);
  const contextRef = useRef(context);
  contextRef.current = context;
  const runs = useRef(0);

  const check = useCallback(async () => {
    const run = ++runs.current;
    setState({ kind: 'checking' });
    const { meeting, body, roster } = contextRef.current;
    try {
      // Dismissals are applied on screen (they change while the panel is open): the check reports everything.
      const result = await checkMinutesStyle({ meeting, body, roster, editorState: editor.getEditorState().toJSON() }, []);
      if (run === runs.current) setState({ kind: 'checked', findings: result.findings, offers: result.offers, wordCount: result.wordCount, changed: false });
    } catch (error) {
      if (run === runs.current) setState({ kind: 'failed', message: describeError(error) });
    }
  }, [editor]);

  useEffect(
    () =>
      editor.registerCommand(
        OPEN_STYLE_CHECK_COMMAND,
        () => {
          setOpen(true);
          setNotice(null);
          void check();
          return true;
        },
        COMMAND_PRIORITY_EDITOR,
      ),
    [editor, check],
  );
  useEffect(() => editor.registerEditableListener(setEditable), [editor]);

  // While the panel is open, the first edit marks the findings as possibly out of date (one state change, then nothing).
  const checked = open && state.kind === 'checked' && !state.changed;
  useEffect(() => {
    if (!checked) return;
    return editor.registerUpdateListener(({ dirtyElements, dirtyLeaves, tags }) => {
      if (tags.has('style-check-fix') || (dirtyElements.size === 0 && dirtyLeaves.size === 0)) return;
      if (tags.has(ACTION_MARKED_TAG)) {
        // A sentence marked from the panel's offer: the check runs again, so the offer goes.
        void check();
        return;
      }
      setState((now) => (now.kind === 'checked' ? { ...now, changed: true } : now));
    });
  }, [editor, checked, check]);

  if (!open) return null;
  const mentionLength: MentionLength = (mention) => editor.getElementByKey(mention.getKey())?.textContent?.length ?? mention.getTextContentSize();
  const goTo = (finding: StyleFinding) => {
    setNotice(goToFinding(editor, finding, mentionLength) ? null : 'That place is no longer in the minutes. Choose “Check again”.');
  };
  const fix = (finding: StyleFinding) => {
    let made = false;
    editor.update(() => (made = $applyFindingFix(finding, mentionLength)), { discrete: true, tag: 'style-check-fix' });
    setNotice(made ? null : 'The words have changed since the check, so nothing was replaced. Here are the findings again.');
    void check();
  };
  const offerPlace = (offer: ActionOffer) => offer.place.nodePath && { nodePath: offer.place.nodePath, start: offer.place.start, end: offer.place.end, text: offer.text };
  const goToOffer = (offer: ActionOffer) => {
    const place = offerPlace(offer);
    let key: string | null = null;
    if (place) editor.update(() => (key = $selectOffered(place, mentionWordsOf(editor))), { discrete: true });
    if (key === null) setNotice('That place is no longer in the minutes. Choose “Check again”.');
    else {
      setNotice(null);
      editor.getElementByKey(key)?.scrollIntoView({ block: 'center' });
      editor.focus();
    }
  };
  const markOffer = (offer: ActionOffer) => {
    const place = offerPlace(offer);
    if (place) editor.dispatchCommand(OPEN_ACTION_DIALOG_COMMAND, place);
  };
  const setDismissed = (finding: StyleFinding | ActionOffer, dismiss: boolean) => {
    port.setFindingDismissed(finding.key, dismiss).then(
      () => setNotice(null),
      (error: unknown) => setNotice(`Nothing was changed: ${describeError(error)}`),
    );
  };
  const close = () => {
    setOpen(false);
    editor.focus();
  };
  return (
    <StyleCheckPanel
      state={state}
      dismissed={dismissed}
      editable={editable}
      notice={notice}
      onGoTo={goTo}
      onFix={fix}
      onDismiss={(finding) => setDismissed(finding, true)}
      onRestore={(finding) => setDismissed(finding, false)}
      onGoToOffer={goToOffer}
      onMarkOffer={markOffer}
      onDismissOffer={(offer) => setDismissed(offer, true)}
      onCheckAgain={() => void check()}
      onClose={close}
    />
  );
}

/** Selects a finding's words in the minutes and brings them into view; false when its place is gone. */
function goToFinding(editor: LexicalEditor, finding: StyleFinding, mentionLength: MentionLength): boolean {
  let key: string | null = null;
  editor.update(() => (key = $selectFinding(finding, mentionLength)?.getKey() ?? null), { discrete: true });
  if (key === null) return false;
  editor.getElementByKey(key)?.scrollIntoView({ block: 'center' });
  editor.focus();
  return true;
}
