import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { mergeRegister } from '@lexical/utils';
import { useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { PredictionWorkerClient } from '../../../prediction/prediction-client';
import { usePredictionEnabled } from '../../../prediction/prediction-setting';
import { useMinutesContext } from '../../minutes-context';
import { registerSuggestionKeys } from './completion-keys';
import { DomCompletionView } from './completion-view';
import { PredictionController, type Scheduling } from './prediction-controller';

/**
 * After the frame that shows a keystroke has been drawn (rAF runs before the drawing; a task after it, after),
 * and a moment more, so a burst of keys (a paste, a fast typist) is asked about once, not key by key.
 */
const ASK_AFTER_MS = 15;
const scheduling: Scheduling = {
  afterFrame: (work) => requestAnimationFrame(() => setTimeout(work, ASK_AFTER_MS)),
  whenIdle: (work) => {
    if (typeof requestIdleCallback === 'function') requestIdleCallback(() => work(), { timeout: 1000 });
    else setTimeout(work, 0);
  },
};

/**
 * Predictive completion: the likely rest of the word or phrase, greyed after the caret, learnt from the
 * committee's minutes (through the minutes context's `prediction` port: the editor never reads the database), its
 * roster, agenda and phrases, this meeting's minutes so far and a stock of council minute language. Tab takes it,
 * Ctrl+Right its next word, Escape puts it away. Off when the officer turns suggestions off (the toolbar).
 * The worker starts when the browser is first idle after the editor is up, so opening a meeting never waits for it.
 */
export function PredictionPlugin(): ReactNode {
  const [editor] = useLexicalComposerContext();
  const { meeting, roster, prediction } = useMinutesContext();
  const enabled = usePredictionEnabled() && prediction !== undefined;
  const overlay = useRef<HTMLDivElement>(null);
  const live = useRef<HTMLDivElement>(null);
  const [controller, setController] = useState<PredictionController | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  useEffect(() => {
    if (!enabled) return;
    let started: { controller: PredictionController; client: PredictionWorkerClient; stop: () => void } | null = null;
    const start = () => {
      if (!overlay.current || !live.current) return;
      const client = new PredictionWorkerClient((message) => setNotice(message));
      const created = new PredictionController(editor, client, new DomCompletionView(editor, overlay.current, live.current), scheduling);
      // A scroll moves the text under a suggestion: it is put back at the caret on the next frame.
      const onScroll = () => (created.showing ? requestAnimationFrame(() => created.reposition()) : undefined);
      window.addEventListener('scroll', onScroll, { capture: true, passive: true });
      const stop = mergeRegister(registerSuggestionKeys(editor, created), () => window.removeEventListener('scroll', onScroll, { capture: true }));
      started = { controller: created, client, stop };
      setController(created);
    };
    const handle = requestIdleCallback(start, { timeout: 1000 });
    return () => {
      cancelIdleCallback(handle);
      if (started) {
        started.stop();
        started.controller.dispose();
        started.client.dispose();
      }
      setController(null);
    };
  }, [editor, enabled]);

  useEffect(() => controller?.setPeople(roster, meeting.attendance), [controller, roster, meeting.attendance]);

  // The committee's records come once per meeting; the agenda's titles may change while it is open.
  const agenda = useMemo(() => meeting.agenda.map((item) => item.title), [meeting.agenda]);
  useEffect(() => {
    if (!controller || !prediction) return;
    let current = true;
    prediction.load().then(
      (history) => (current ? controller.learn(history, agenda) : undefined),
      (error: unknown) => setNotice(`Suggestions could not learn from this committee’s minutes: ${error instanceof Error ? error.message : String(error)}`),
    );
    return () => {
      current = false;
    };
  }, [controller, prediction, agenda]);

  if (!enabled) return null;
  return (
    <>
      <div ref={overlay} className="completion" hidden aria-hidden="true">
        <span />
      </div>
      <div ref={live} className="visually-hidden" role="status" aria-live="polite" />
      {notice && (
        <p className="spelling-failure" role="status">
          {notice}
        </p>
      )}
    </>
  );
}
