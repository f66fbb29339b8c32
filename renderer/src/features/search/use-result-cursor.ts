import { useMemo, useState } from 'react';
import type { SearchResults } from '@shared/search/search-results';
import { resultOptions, type ResultOption } from './result-options';

/** The results as options, and which one the arrow keys have reached. */
export interface ResultCursor {
  options: ResultOption[];
  active: number;
  setActive: (index: number) => void;
}

/** The results as options, and which one the arrow keys have reached (the first, whenever the results change). */
export function useResultCursor(results: SearchResults): ResultCursor {
  const options = useMemo(() => resultOptions(results), [results]);
  const [cursor, setCursor] = useState<{ of: SearchResults; index: number }>({ of: results, index: 0 });
  const active = cursor.of === results ? cursor.index : 0;
  return { options, active, setActive: (index) => setCursor({ of: results, index }) };
}
