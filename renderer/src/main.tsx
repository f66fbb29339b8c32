import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { AppServicesContext, type AppServices } from './app-context';
import { BodiesRepository } from './db/bodies-repository';
import { currentDatabaseName } from './db/database-name';
import { importedFileOf, MeetingImportRepository } from './db/import-repository';
import { StorageKeeper } from './db/storage-keeper';
import { ActionLogRepository } from './db/action-log-repository';
import { MeetingsRepository } from './db/meetings-repository';
import { RevisionsRepository } from './db/revisions-repository';
import { SpellingRepository } from './db/spelling-repository';
import { TemplatesRepository } from './db/templates-repository';
import { SearchIndexRepository } from './db/search-index-repository';
import { SearchIndexer } from './features/search/search-indexer';
import { SearchWorkerClient } from './search/search-client';
import { DatabaseTrouble } from './features/backups/DatabaseTrouble';
import { detectHost } from './host';
import { applyStoredTextZoom } from './ui/TextZoom';
import './app.css';

// Ask Chromium to keep our IndexedDB even when the disk runs low: without this,
// "best-effort" storage may be evicted, minutes and all. Refusal changes nothing else.
void navigator.storage?.persist?.().catch(() => false);

const host = detectHost();
// The keeper opens the database (and reopens it after trouble); nothing reads it before it has.
const keeper = new StorageKeeper({
  name: currentDatabaseName(),
  indexedDB: window.indexedDB,
  IDBKeyRange: window.IDBKeyRange,
  // A meeting on screen, written back into a database the browser threw away, as an imported meeting file.
  restore: (file) => services.importer.restore(importedFileOf(file)),
  guard: host.databaseFiles,
});
const db = keeper.db;
const searchIndex = new SearchIndexRepository(db);
const services: AppServices = {
  meetings: new MeetingsRepository(db),
  bodies: new BodiesRepository(db),
  templates: new TemplatesRepository(db),
  revisions: new RevisionsRepository(db),
  spelling: new SpellingRepository(db),
  importer: new MeetingImportRepository(db),
  actions: new ActionLogRepository(db),
  storage: keeper,
  search: new SearchIndexer(searchIndex, new SearchWorkerClient()),
  host,
};

// The officer's text size from last time, before anything is drawn.
applyStoredTextZoom();

const container = document.getElementById('root');
if (!container) throw new Error('Minute Book: the page has no #root element');
const root = createRoot(container);

// Nothing is drawn until the database has opened: every screen reads it, and one that cannot be opened is
// explained instead of the app (see StorageKeeper.open, which never rejects).
void keeper.open().then((start) => {
  // Search catches up with what changed since its index was saved, then follows every write, in idle time.
  if (start.kind !== 'failed') {
    void services.search.start();
    searchIndex.watch(() => services.search.changed());
  }
  root.render(
    <StrictMode>
      <AppServicesContext.Provider value={services}>{start.kind === 'failed' ? <DatabaseTrouble error={start.error} /> : <App start={start} />}</AppServicesContext.Provider>
    </StrictMode>,
  );
});
