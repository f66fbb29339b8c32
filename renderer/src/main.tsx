import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { AppServicesContext, type AppServices } from './app-context';
import { BodiesRepository } from './db/bodies-repository';
import { openMinuteBookDatabase } from './db/database';
import { MeetingImportRepository } from './db/import-repository';
import { MeetingsRepository } from './db/meetings-repository';
import { RevisionsRepository } from './db/revisions-repository';
import { SpellingRepository } from './db/spelling-repository';
import { TemplatesRepository } from './db/templates-repository';
import { detectHost } from './host';
import { applyStoredTextZoom } from './ui/TextZoom';
import './app.css';

// Ask Chromium to keep our IndexedDB even when the disk runs low: without this,
// "best-effort" storage may be evicted, minutes and all. Refusal changes nothing else.
void navigator.storage?.persist?.().catch(() => false);

const db = openMinuteBookDatabase();
const services: AppServices = {
  meetings: new MeetingsRepository(db),
  bodies: new BodiesRepository(db),
  templates: new TemplatesRepository(db),
  revisions: new RevisionsRepository(db),
  spelling: new SpellingRepository(db),
  importer: new MeetingImportRepository(db),
  host: detectHost(),
};

// The officer's text size from last time, before anything is drawn.
applyStoredTextZoom();

const container = document.getElementById('root');
if (!container) throw new Error('Minute Book: the page has no #root element');

createRoot(container).render(
  <StrictMode>
    <AppServicesContext.Provider value={services}>
      <App />
    </AppServicesContext.Provider>
  </StrictMode>,
);
