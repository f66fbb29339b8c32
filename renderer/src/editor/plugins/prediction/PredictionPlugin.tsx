import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { mergeRegister } from '@lexical/utils';
import { builtInTemplates, templateToText } from '@shared/domain/templates';
import { describeError } from '@shared/format/describe-error';
import { useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { PredictionWorkerClient } from '../../../prediction/prediction-client';
import { usePredictionEnabled } from '../../../prediction/prediction-setting';
import { useLive } from '../../../ui/live-value';
import { whenIdle } from '../../../ui/when-idle';
import { useMinutesContext } from '../../minutes-context';
import { useMinutesPort } from '../../minutes-port';
import { registerSuggestionKeys } from './completion-keys';
import { DomCompletionView } from './completion-view';
import { PredictionController, type Scheduling } from './prediction-controller';

/**
 * After the frame that shows a keystroke has been drawn (rAF runs before the drawing; a task after it, after), and
 * no later: keys typed within one frame, or while an answer is out, are asked about once.
 */
const scheduling: Scheduling = {
  afterFrame: (work) => requestAnimationFrame(() => setTimeout(work, 0)),
  whenIdle: (work) => {
    whenIdle(() => work(), 1000);
  },
};

/**
 * Predictive completion: the likely rest of the word or phrase, greyed after the caret, learnt from the
 * committee's minutes and standard phrases (through the minutes port: the editor never reads the database), its
 * roster and agenda (the minutes context), the built-in phrases in its wording, this meeting's minutes so far and a stock of council minute language. Tab takes it,
 * Ctrl+Right its next word, Escape puts it away. Off when the officer turns suggestions off (the toolbar).
 * The worker starts when the browser is first idle after the editor is up, so opening a meeting never waits for it.
 */
export function PredictionPlugin(): ReactNode {
  const [editor] = useLexicalComposerContext();
  const { meeting, body, roster } = useMinutesContext();
  const port = useMinutesPort();
  const enabled = usePredictionEnabled();
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
    const cancelStart = whenIdle(start, 1000);
    return () => {
      cancelStart();
      if (started) {
        started.stop();
        started.controller.dispose();
        started.client.dispose();
      }
      setController(null);
    };
  }, [editor, enabled]);

  useEffect(() => controller?.setPeople(roster, meeting.attendance), [controller, roster, meeting.attendance]);

  // The committee's minutes are read once per meeting; its phrases and the agenda's titles may change while it is
  // open (the model is built again then: rare, and in the worker).
  const agenda = useMemo(() => meeting.agenda.map((item) => item.title), [meeting.agenda]);
  const own = useLive(port.phrases);
  const phrases = useMemo(
    () => (own === undefined ? undefined : [...own.map((phrase) => phrase.text), ...builtInTemplates(body.chairWord, body.documentWord).map((phrase) => templateToText(phrase.body))]),
    [own, body.chairWord, body.documentWord],
  );
  useEffect(() => {
    if (!controller || !phrases) return;
    let current = true;
    port.committeeMinutes().then(
      (minutes) => (current ? controller.learn({ minutes, phrases }, agenda) : undefined),
      (error: unknown) => setNotice(`Suggestions could not learn from this committee’s minutes: ${describeError(error)}`),
    );
    return () => {
      current = false;
    };
  }, [controller, port, phrases, agenda]);

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
