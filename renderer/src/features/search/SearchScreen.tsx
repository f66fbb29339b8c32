import { formatMinutesDate } from '@shared/format/british-date';
import type { Body } from '@shared/model/body';
import type { SnippetPart } from '@shared/search/snippets';
import type { ReactNode } from 'react';
import { minuteLabel, type ResultOption } from './result-options';
import { RESULTS_LIST_ID } from './SearchBox';
import { SearchFiltersBar } from './SearchFilters';
import type { IndexState } from './search-indexer';
import type { MinuteBookSearch } from './use-search';
import type { ResultCursor } from './use-result-cursor';

interface SearchScreenProps {
  search: MinuteBookSearch;
  bodies: readonly Body[];
  cursor: ResultCursor;
  onOpen: (option: ResultOption) => void;
}

/** The results of a search of the minute book: meetings newest first, each with its minutes that matched. */
export function SearchScreen({ search, bodies, cursor, onOpen }: SearchScreenProps): ReactNode {
  const { results } = search;
  const { options, active } = cursor;
  const bodyNames = new Map(bodies.map((body) => [body.id, body.name]));
  const groups = results.meetings.map((meeting) => ({ meeting, options: options.filter((option) => option.meeting === meeting) }));
  return (
    <section className="panel search-screen" aria-labelledby="search-heading">
      <h1 id="search-heading">Search the minute book</h1>
      <SearchFiltersBar filters={search.filters} bodies={bodies} onChange={search.setFilters} />
      <p className="muted search-status" role="status">
        {statusLine(search)}
      </p>
      <IndexProgress index={search.index} />
      {groups.length > 0 ? (
        <div id={RESULTS_LIST_ID} role="listbox" aria-label="Minutes found" className="search-results">
          {groups.map(({ meeting, options: minutes }) => (
            <div key={meeting.meetingId} role="group" aria-labelledby={`${meeting.meetingId}-found`} className="search-meeting">
              <p id={`${meeting.meetingId}-found`} className="search-meeting-title">
                <strong>{meeting.title}</strong> <span className="muted">{formatMinutesDate(meeting.date)}</span>{' '}
                <span className="muted">{bodyNames.get(meeting.bodyId) ?? ''}</span>
              </p>
              {minutes.map((option) => (
                <div
                  key={option.elementId}
                  id={option.elementId}
                  role="option"
                  aria-selected={options[active] === option}
                  className="search-minute"
                  onClick={() => onOpen(option)}
                >
                  <span className="search-minute-label">{minuteLabel(option.minute)}</span>
                  {option.minute.hits.map((hit) => (
                    <span key={hit.paragraph} className="search-snippet">
                      <Snippet parts={hit.parts} />
                    </span>
                  ))}
                </div>
              ))}
            </div>
          ))}
        </div>
      ) : (
        <div id={RESULTS_LIST_ID} role="listbox" aria-label="Minutes found" className="search-results" />
      )}
      <p className="muted">
        Every word typed must be in the minute; put words in “quotation marks” to find them together. Use the arrow keys in the search box to go through
        the results, and Enter to open one.
      </p>
    </section>
  );
}

function Snippet({ parts }: { parts: readonly SnippetPart[] }): ReactNode {
  return parts.map((part, index) => (part.match ? <mark key={index}>{part.text}</mark> : <span key={index}>{part.text}</span>));
}

/** What the search found, in a sentence. */
function statusLine(search: MinuteBookSearch): string {
  if (search.error) return `Search could not answer: ${search.error}`;
  if (search.text.trim() === '') return 'Type in the search box to find words in every meeting.';
  if (search.searching) return 'Searching…';
  const { matchedMinutes, shownMinutes, meetings } = search.results;
  if (matchedMinutes === 0) return `Nothing found for “${search.text.trim()}”.`;
  const found = `${matchedMinutes} ${matchedMinutes === 1 ? 'minute' : 'minutes'} found`;
  const where = `${meetings.length} ${meetings.length === 1 ? 'meeting' : 'meetings'}`;
  return shownMinutes < matchedMinutes ? `${found}; the first ${shownMinutes} shown, in ${where}. Add words or a filter to narrow it.` : `${found} in ${where}.`;
}

/** While the index is catching up, how far it has got; nothing once it is ready. */
function IndexProgress({ index }: { index: IndexState }): ReactNode {
  if (index.kind === 'indexing') {
    return (
      <p className="search-indexing">
        <label>
          Reading meetings into the search: {index.done} of {index.total}{' '}
          <progress value={index.done} max={index.total}>
            {index.done} of {index.total}
          </progress>
        </label>
      </p>
    );
  }
  if (index.kind === 'loading') return <p className="muted">Opening the search index…</p>;
  if (index.kind === 'failed') return <p role="alert">Search is not up to date: {index.message}</p>;
  return null;
}
