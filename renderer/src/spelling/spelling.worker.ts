/**
 * The spelling worker: loads the British English Hunspell dictionary (dictionary-en-gb, bundled into the
 * build as two assets on our own origin, so nothing is ever fetched from the network) and answers the
 * editor's questions off the main thread. Building the dictionary takes a few hundred milliseconds and
 * suggestions tens: neither may cost the officer a keystroke.
 */
import affUrl from '../../../node_modules/dictionary-en-gb/index.aff?url';
import dicUrl from '../../../node_modules/dictionary-en-gb/index.dic?url';
import { SpellChecker } from '@shared/spelling/spell-checker';
import { ToSpellingWorkerSchema, type FromSpellingWorker, type ToSpellingWorker } from '@shared/spelling/worker-messages';
import { describeError } from '@shared/format/describe-error';

async function fetchText(url: string): Promise<string> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`the dictionary file ${url} could not be read (${response.status})`);
  return response.text();
}

const checker: Promise<SpellChecker> = Promise.all([fetchText(affUrl), fetchText(dicUrl)]).then(
  ([aff, dic]) => new SpellChecker({ aff, dic }),
);

// (Typed against the DOM's `self`: the renderer is compiled with the DOM library, not the worker one.)
function reply(message: FromSpellingWorker): void {
  self.postMessage(message);
}

function answer(checker: SpellChecker, message: ToSpellingWorker): void {
  switch (message.kind) {
    case 'allow':
      checker.setAllowed(message.words);
      return;
    case 'check':
      reply({ kind: 'checked', id: message.id, misspelt: message.words.filter((word) => checker.isMisspelt(word)) });
      return;
    case 'suggest':
      reply({ kind: 'suggested', id: message.id, suggestions: checker.suggest(message.word) });
      return;
  }
}

// Messages are answered in the order they came: an 'allow' applies to every 'check' sent after it.
let queue: Promise<unknown> = checker;
self.addEventListener('message', (event: MessageEvent<unknown>) => {
  const parsed = ToSpellingWorkerSchema.safeParse(event.data);
  if (!parsed.success) {
    reply({ kind: 'failed', message: `The spelling check received a message it does not understand: ${parsed.error.message}` });
    return;
  }
  queue = queue.then(async () => answer(await checker, parsed.data));
});

checker.catch((error: unknown) => {
  reply({ kind: 'failed', message: `The dictionary could not be loaded: ${describeError(error)}` });
});
