/**
 * The prediction worker: builds the n-gram model of the committee's minutes (a million words take about a second)
 * and answers what to offer at the caret, off the main thread, so neither ever costs the officer a keystroke.
 * Nothing here reaches the network: the model is built from what the window sends, the stock in the bundle and the
 * spelling dictionary, an asset of our own origin.
 */
import { Lexicon } from '@shared/prediction/lexicon';
import { PredictionEngine } from '@shared/prediction/prediction-engine';
import dicUrl from '../../../node_modules/dictionary-en-gb/index.dic?url';
import { ToPredictionWorkerSchema, type FromPredictionWorker, type ToPredictionWorker } from '@shared/prediction/worker-messages';

const engine = new PredictionEngine();
// The spelling check's dictionary, from our own origin like the worker itself: words the model has never met are
// completed from its stems. Prediction works without it, so a failure to read it only leaves those words out.
void fetch(dicUrl)
  .then((response) => (response.ok ? response.text() : Promise.reject(new Error(response.statusText))))
  .then((dic) => engine.setLexicon(new Lexicon(dic)))
  .catch(() => undefined);

// (Typed against the DOM's `self`: the renderer is compiled with the DOM library, not the worker one.)
function reply(message: FromPredictionWorker): void {
  self.postMessage(message);
}

function answer(message: ToPredictionWorker): void {
  switch (message.kind) {
    case 'learn': {
      const started = performance.now();
      const stats = engine.learn(message.history, message.agenda);
      reply({ kind: 'learnt', generation: message.generation, ...stats, ms: performance.now() - started });
      return;
    }
    case 'people':
      engine.setPeople(message.people);
      return;
    case 'paragraphs':
      engine.setParagraphs(message.changes);
      return;
    case 'forget':
      engine.forget();
      return;
    case 'suggest':
      reply({ kind: 'suggestion', id: message.id, suggestion: engine.suggest(message.before, message.fromParagraphStart) });
      return;
  }
}

self.addEventListener('message', (event: MessageEvent<unknown>) => {
  const parsed = ToPredictionWorkerSchema.safeParse(event.data);
  if (!parsed.success) {
    reply({ kind: 'failed', message: `Prediction received a message it does not understand: ${parsed.error.message}` });
    return;
  }
  guarded(() => answer(parsed.data));
});

/** Runs `work`; anything it throws turns prediction off, said once by the editor. */
function guarded(work: () => void): void {
  try {
    work();
  } catch (error) {
    reply({ kind: 'failed', message: error instanceof Error ? error.message : String(error) });
  }
}
