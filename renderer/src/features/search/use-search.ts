import { useEffect, useState, useSyncExternalStore } from 'react';
import { NO_FILTERS, NO_RESULTS, type SearchFilters, type SearchResults } from '@shared/search/search-results';
import type { IndexState, SearchIndexer } from './search-indexer';

/** The search as the screen shows it: what was asked, what came back, and how the index stands. */
export interface MinuteBookSearch {
  text: string;
  setText(text: string): void;
  filters: SearchFilters;
  setFilters(filters: SearchFilters): void;
  /** The latest answer (to the text shown once `searching` is false). */
  results: SearchResults;
  /** A newer question is with the index. */
  searching: boolean;
  /** How long the worker took over the last answer (ms). */
  ms: number | null;
  error: string | null;
  index: IndexState;
}

/**
 * Asks the index for every change of the text or filters. The worker answers off the main thread, so typing in
 * the box never waits; an answer to an older question is dropped when a newer one is under way.
 */
export function useMinuteBookSearch(indexer: SearchIndexer): MinuteBookSearch {
  const [text, setText] = useState('');
  const [filters, setFilters] = useState<SearchFilters>(NO_FILTERS);
  const [answer, setAnswer] = useState<{ for: string; results: SearchResults; ms: number | null; error: string | null }>({ for: '', results: NO_RESULTS, ms: null, error: null });
  const index = useSyncExternalStore(
    (listener) => indexer.subscribe(listener),
    () => indexer.current,
  );
  // Asked again when the index has caught up, so meetings indexed meanwhile are found.
  const indexRound = index.kind === 'ready' ? index.round : -1;
  const question = JSON.stringify([text, filters, indexRound]);

  useEffect(() => {
    if (text.trim() === '') return;
    let current = true;
    indexer.search(text, filters).then(
      ({ results, ms }) => current && setAnswer({ for: question, results, ms, error: null }),
      (error: unknown) => current && setAnswer({ for: question, results: NO_RESULTS, ms: null, error: error instanceof Error ? error.message : String(error) }),
    );
    return () => {
      current = false;
    };
  }, [question, text, filters, indexRound, indexer]);

  return {
    text,
    setText,
    filters,
    setFilters,
    results: text.trim() === '' ? NO_RESULTS : answer.results,
    searching: text.trim() !== '' && answer.for !== question,
    ms: answer.ms,
    error: answer.error,
    index,
  };
}
