/**
 * The search worker: holds the minute book's full-text index (shared/search/minute-book-index.ts), reads meetings
 * into it and answers queries, off the main thread, so neither indexing nor searching ever costs the officer a
 * keystroke. The window reads and writes the database; nothing here reaches the network.
 */
import { MinuteBookIndex } from '@shared/search/minute-book-index';
import { ToSearchWorkerSchema, type FromSearchWorker, type ToSearchWorker } from '@shared/search/worker-messages';

let index = MinuteBookIndex.empty();

// (Typed against the DOM's `self`: the renderer is compiled with the DOM library, not the worker one.)
function reply(message: FromSearchWorker): void {
  self.postMessage(message);
}

function answer(message: ToSearchWorker): void {
  switch (message.kind) {
    case 'load':
      index = MinuteBookIndex.load(message.saved);
      reply({ kind: 'loaded', id: message.id, fingerprints: [...index.fingerprints()] });
      return;
    case 'update':
      for (const meetingId of message.remove) index.removeMeeting(meetingId);
      for (const meeting of message.put) index.putMeeting(meeting);
      reply({ kind: 'updated', id: message.id, meetings: index.meetingCount, minutes: index.minuteCount });
      return;
    case 'search': {
      const started = performance.now();
      const results = index.query(message.text, message.filters);
      reply({ kind: 'results', id: message.id, results, ms: performance.now() - started });
      return;
    }
    case 'save':
      reply({ kind: 'saved', id: message.id, text: index.save() });
      return;
  }
}

self.addEventListener('message', (event: MessageEvent<unknown>) => {
  const parsed = ToSearchWorkerSchema.safeParse(event.data);
  if (!parsed.success) {
    reply({ kind: 'failed', id: null, message: `Search received a message it does not understand: ${parsed.error.message}` });
    return;
  }
  try {
    answer(parsed.data);
  } catch (error) {
    reply({ kind: 'failed', id: parsed.data.id, message: error instanceof Error ? error.message : String(error) });
  }
});
