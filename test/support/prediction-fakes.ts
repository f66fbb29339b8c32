import type { Suggestion } from '../../shared/prediction/predictor';
import type { LexicalEditor } from 'lexical';
import { PredictionController, type CompletionView } from '../../renderer/src/editor/plugins/prediction/prediction-controller';

/**
 * The editor's prediction with its worker and screen faked, for unit tests: `suggest` answers each question (at
 * once or when the test says), the screen records what is shown and said, and frames run when the test calls
 * `frame()`.
 */
export function predictionWithFakes(editor: LexicalEditor, suggest: (before: string, fromParagraphStart: boolean) => Promise<Suggestion | null>) {
  const screen: { shown: string | null; said: string[] } = { shown: null, said: [] };
  const view: CompletionView = {
    show: (text, spoken) => {
      screen.shown = text;
      if (spoken) screen.said.push(spoken);
    },
    hide: () => (screen.shown = null),
    setPending: () => undefined,
    menuOpen: () => false,
    learnt: () => undefined,
  };
  const frames: (() => void)[] = [];
  const controller = new PredictionController(
    editor,
    { learn: () => Promise.resolve(null), setPeople: () => undefined, setParagraphs: () => undefined, suggest, dispose: () => undefined },
    view,
    { afterFrame: (work) => frames.push(work), whenIdle: () => undefined },
  );
  const frame = () => {
    while (frames.length > 0) frames.shift()!();
  };
  return { controller, screen, frame };
}
