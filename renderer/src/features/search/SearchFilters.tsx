import type { Body } from '@shared/model/body';
import type { SearchFilters } from '@shared/search/search-results';
import type { ReactNode } from 'react';

/** Which meetings to search: one committee or all, and meetings held between two dates (either may be left empty). */
export function SearchFiltersBar({ filters, bodies, onChange }: { filters: SearchFilters; bodies: readonly Body[]; onChange: (filters: SearchFilters) => void }): ReactNode {
  const empty = (value: string) => (value === '' ? null : value);
  return (
    <fieldset className="search-filters">
      <legend>Search in</legend>
      <label>
        Committee{' '}
        <select value={filters.bodyId ?? ''} onChange={(event) => onChange({ ...filters, bodyId: empty(event.target.value) })}>
          <option value="">All committees and partnerships</option>
          {bodies.map((body) => (
            <option key={body.id} value={body.id}>
              {body.name}
            </option>
          ))}
        </select>
      </label>
      <label>
        Meetings from <input type="date" value={filters.from ?? ''} max={filters.to ?? undefined} onChange={(event) => onChange({ ...filters, from: empty(event.target.value) })} />
      </label>
      <label>
        to <input type="date" value={filters.to ?? ''} min={filters.from ?? undefined} onChange={(event) => onChange({ ...filters, to: empty(event.target.value) })} />
      </label>
    </fieldset>
  );
}
