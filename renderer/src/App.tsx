import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useEffect, useRef, useState, type ReactNode } from 'react';
import { useAppServices } from './app-context';
import { BodiesList, BodyScreen, NewBody } from './features/bodies/BodiesScreen';
import { MeetingForm } from './features/meetings/MeetingForm';
import { resolveMeetingSetup, type MeetingFormValues } from './features/meetings/meeting-form-values';
import { MeetingList } from './features/meetings/MeetingList';
import { MeetingWorkspace } from './features/meetings/MeetingWorkspace';
import { ErrorBoundary } from './ui/ErrorBoundary';
import { ImportMeetingButton } from './features/import/ImportMeetingButton';
import { RestoreScreen } from './features/backups/RestoreScreen';
import { restoreBackup } from './features/backups/restore-backup';
import { TextZoom } from './ui/TextZoom';
import { PersonalDictionaryScreen } from './features/spelling/PersonalDictionaryScreen';
import { StorageNotices } from './features/backups/StorageNotices';
import type { StartReport } from './db/storage-keeper';
import type { MinutesPlace } from './editor/search-place';
import { SearchBox } from './features/search/SearchBox';
import { SearchScreen } from './features/search/SearchScreen';
import type { ResultOption } from './features/search/result-options';
import { useMinuteBookSearch } from './features/search/use-search';
import { useResultCursor } from './features/search/use-result-cursor';

/**
 * Remembers where the officer was: a meeting's id, or 'home' for anywhere else.
 * Chromium writes localStorage to disk lazily, so a crash or flat battery can lose
 * it; then the app opens the meeting edited last, which is where the officer was typing.
 */
const LAST_MEETING_KEY = 'minute-book.last-meeting';
const NOT_IN_A_MEETING = 'home';

type View =
  /** A meeting; opened from a search result, at the place the words were found. */
  | { kind: 'meeting'; id: string; place?: MinutesPlace }
  /** The results of a search of the minute book (the box is in the sidebar). */
  | { kind: 'search' }
  | { kind: 'new' }
  | { kind: 'home' }
  | { kind: 'bodies' }
  | { kind: 'body'; id: string }
  | { kind: 'new-body' }
  /** The disk backups: of one meeting (from its workspace), or of every meeting (from the sidebar). */
  | { kind: 'backups'; meetingId?: string }
  | { kind: 'spelling' }
  /** Not known yet: the meeting edited most recently, once the list has loaded. */
  | { kind: 'latest' };

function todayIso(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

function newMeetingDefaults(): MeetingFormValues {
  return { title: '', bodyName: '', documentWord: 'NOTES', date: todayIso(), startTime: null, venue: '' };
}

function initialView(): View {
  const last = localStorage.getItem(LAST_MEETING_KEY);
  if (last === NOT_IN_A_MEETING) return { kind: 'home' };
  return last ? { kind: 'meeting', id: last } : { kind: 'latest' };
}

/** Minute Book's window: the meetings on the left, the open meeting's minutes on the right. */
export function App({ start }: { start: Extract<StartReport, { kind: 'opened' }> }): ReactNode {
  const services = useAppServices();
  const { meetings, bodies } = services;
  const list = useLiveQuery(() => meetings.listMeetings(), [meetings]);
  const bodyList = useLiveQuery(() => bodies.listBodies(), [bodies]) ?? [];
  const [view, setView] = useState<View>(initialView);
  // The open meeting's "save now", so nothing typed is left behind when switching.
  const flushOpenMeeting = useRef<(() => Promise<boolean>) | null>(null);
  const search = useMinuteBookSearch(services.search);
  const cursor = useResultCursor(search.results);
  const searchInput = useRef<HTMLInputElement | null>(null);

  const go = useCallback(async (next: View) => {
    await flushOpenMeeting.current?.();
    localStorage.setItem(LAST_MEETING_KEY, next.kind === 'meeting' ? next.id : NOT_IN_A_MEETING);
    setView(next);
  }, []);

  // Where the officer was is unknown (a fresh profile, or a crash before localStorage reached the disk):
  // open the meeting edited most recently, or the home screen when there is none.
  useEffect(() => {
    if (view.kind !== 'latest' || list === undefined) return;
    let current = true;
    void meetings.latestEditedMeetingId().then((id) => {
      if (current) setView((now) => (now.kind !== 'latest' ? now : id ? { kind: 'meeting', id } : { kind: 'home' }));
    });
    return () => {
      current = false;
    };
  }, [view.kind, list, meetings]);

  const openMeeting = view.kind === 'meeting' ? list?.find((m) => m.id === view.id) : undefined;
  const showResults = useCallback(() => {
    if (view.kind !== 'search') void go({ kind: 'search' });
  }, [view.kind, go]);
  const openResult = (option: ResultOption) => void go({ kind: 'meeting', id: option.meeting.meetingId, place: option.place });

  let main: ReactNode;
  if (view.kind === 'search') {
    main = <SearchScreen search={search} bodies={bodyList} cursor={cursor} onOpen={openResult} />;
  } else if (view.kind === 'spelling') {
    main = <PersonalDictionaryScreen />;
  } else if (view.kind === 'bodies') {
    main = <BodiesList onOpen={(id) => void go({ kind: 'body', id })} onNew={() => void go({ kind: 'new-body' })} />;
  } else if (view.kind === 'new-body') {
    main = <NewBody onCreated={(id) => void go({ kind: 'body', id })} onCancel={() => void go({ kind: 'bodies' })} />;
  } else if (view.kind === 'body') {
    main = (
      <ErrorBoundary key={view.id} title="This committee or partnership could not be opened">
        <BodyScreen bodyId={view.id} onBack={() => void go({ kind: 'bodies' })} onOpenMeeting={(id) => void go({ kind: 'meeting', id })} />
      </ErrorBoundary>
    );
  } else if (view.kind === 'backups') {
    const { meetingId } = view;
    main = (
      <ErrorBoundary key={`backups-${meetingId ?? 'all'}`} title="The backups could not be shown">
        <RestoreScreen
          meetingId={meetingId}
          backLabel={meetingId === undefined ? 'Back' : 'Back to the meeting'}
          onBack={() => void go(meetingId === undefined ? { kind: 'home' } : { kind: 'meeting', id: meetingId })}
          onRestore={(file, backup) => restoreBackup(services, file, backup)}
          onRestored={(id) => void go({ kind: 'meeting', id })}
        />
      </ErrorBoundary>
    );
  } else if (view.kind === 'new') {
    main = (
      <div className="panel new-meeting-panel">
        <h1>New meeting</h1>
        <MeetingForm
          initial={newMeetingDefaults()}
          submitLabel="Create meeting"
          bodies={bodyList}
          nameFollowsBodyAndDate
          onCancel={() => void go({ kind: 'home' })}
          onSubmit={async (values) => {
            const meeting = await meetings.createMeeting(await resolveMeetingSetup(bodies, values));
            await go({ kind: 'meeting', id: meeting.id });
          }}
        />
      </div>
    );
  } else if (openMeeting) {
    main = (
      <ErrorBoundary key={openMeeting.id} title="This meeting could not be opened">
        <MeetingWorkspace
          meeting={openMeeting}
          place={view.kind === 'meeting' ? view.place : undefined}
          flushRef={flushOpenMeeting}
          onDeleted={() => void go({ kind: 'home' })}
          onOpenBody={(id) => void go({ kind: 'body', id })}
          onOpenBackups={(id) => void go({ kind: 'backups', meetingId: id })}
        />
      </ErrorBoundary>
    );
  } else if ((view.kind === 'meeting' || view.kind === 'latest') && list === undefined) {
    main = <p className="muted panel">Opening…</p>;
  } else {
    main = (
      <div className="panel welcome">
        <h1>Minute Book</h1>
        <p>Type the minutes of a meeting as it happens. Everything is saved on this computer as you type, with no network needed.</p>
        <p>{list && list.length > 0 ? 'Choose a meeting on the left, or start a new one.' : 'Start by setting up the meeting.'}</p>
        <button type="button" className="primary" onClick={() => void go({ kind: 'new' })}>
          New meeting
        </button>
      </div>
    );
  }

  return (
    <div className="app">
      {/* The first Tab stop: past the sidebar's list of meetings, straight to the screen's content. */}
      <a className="skip-link" href="#main-content">
        Skip to the main content
      </a>
      <TextZoom />
      <aside className="sidebar" aria-label="Meetings and set-up">
        <p className="brand">Minute Book</p>
        <SearchBox search={search} inputRef={searchInput} cursor={cursor} onShowResults={showResults} onOpen={openResult} />
        <nav className="sidebar-sections" aria-label="Set-up">
          <button
            type="button"
            className="sidebar-link"
            aria-current={view.kind === 'bodies' || view.kind === 'body' || view.kind === 'new-body' ? 'page' : undefined}
            onClick={() => void go({ kind: 'bodies' })}
          >
            Committees
          </button>
          <button
            type="button"
            className="sidebar-link"
            aria-current={view.kind === 'spelling' ? 'page' : undefined}
            onClick={() => void go({ kind: 'spelling' })}
          >
            Spelling
          </button>
          <ImportMeetingButton onImported={(id) => void go({ kind: 'meeting', id })} />
          <button
            type="button"
            className="sidebar-link"
            aria-current={view.kind === 'backups' && view.meetingId === undefined ? 'page' : undefined}
            onClick={() => void go({ kind: 'backups' })}
          >
            Backups on disk…
          </button>
        </nav>
        <MeetingList
          meetings={list}
          openMeetingId={openMeeting?.id ?? null}
          onOpen={(id) => void go({ kind: 'meeting', id })}
          onNew={() => void go({ kind: 'new' })}
        />
      </aside>
      <main className="main" id="main-content" tabIndex={-1}>
        <StorageNotices start={start} />
        {main}
      </main>
    </div>
  );
}
