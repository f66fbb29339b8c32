import { createContext, useContext } from 'react';
import type { ActionLogRepository } from './db/action-log-repository';
import type { BodiesRepository } from './db/bodies-repository';
import type { MeetingImportRepository } from './db/import-repository';
import type { MeetingsRepository } from './db/meetings-repository';
import type { RevisionsRepository } from './db/revisions-repository';
import type { SpellingRepository } from './db/spelling-repository';
import type { StorageKeeper } from './db/storage-keeper';
import type { TemplatesRepository } from './db/templates-repository';
import type { Host } from './host';
import type { SearchIndexer } from './features/search/search-indexer';

/** What every screen may use: the stored meetings and bodies, and the shell it runs in. */
export interface AppServices {
  meetings: MeetingsRepository;
  bodies: BodiesRepository;
  templates: TemplatesRepository;
  /** Revisions, status changes, restores, signing and corrections. */
  revisions: RevisionsRepository;
  spelling: SpellingRepository;
  /** Meeting files brought in from another computer or a backup. */
  importer: MeetingImportRepository;
  /** The committees' action logs: actions marked in the minutes, and where each stands. */
  actions: ActionLogRepository;
  /** Opens and reopens the database, and keeps what is on screen if the browser throws the database away. */
  storage: StorageKeeper;
  /** Search across the minute book: the index, kept up to date in idle time. */
  search: SearchIndexer;
  host: Host;
}

export const AppServicesContext = createContext<AppServices | null>(null);

/** The app's services; only valid inside <AppServicesContext.Provider>. */
export function useAppServices(): AppServices {
  const services = useContext(AppServicesContext);
  if (!services) throw new Error('useAppServices must be used inside the app');
  return services;
}
