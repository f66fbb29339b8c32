import { defaultBodySettings, type Body } from '@shared/model/body';
import type { Person } from '@shared/model/person';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState, type ReactNode } from 'react';
import { useAppServices } from '../../app-context';
import { BodySettingsForm } from './BodySettingsForm';
import { RosterSection } from './RosterSection';
import { ActionLogSection } from './ActionLogSection';
import { TemplatesSection } from '../templates/TemplatesSection';
import { AbbreviationsSection } from './AbbreviationsSection';
import { ImportWordMinutes } from '../import/ImportWordMinutes';

const clock = new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit', second: '2-digit', hour12: false });

/** Every committee and partnership, with a way to set up a new one. */
export function BodiesList({ onOpen, onNew }: { onOpen: (id: string) => void; onNew: () => void }): ReactNode {
  const { bodies } = useAppServices();
  const list = useLiveQuery(() => bodies.listBodies(), [bodies]);
  return (
    <div className="panel bodies-panel">
      <div className="section-head">
        <h1>Committees and partnerships</h1>
        <button type="button" className="primary" onClick={onNew}>
          New committee or partnership
        </button>
      </div>
      <p className="muted">Each keeps its house style, its minute numbers and its roster from meeting to meeting.</p>
      {list === undefined ? (
        <p className="muted">Loading…</p>
      ) : list.length === 0 ? (
        <p className="empty-note">None yet. Set one up here, or type its name when creating a meeting.</p>
      ) : (
        <ul className="bodies-list">
          {list.map((body) => (
            <li key={body.id}>
              <button type="button" className="body-link" onClick={() => onOpen(body.id)}>
                <span className="body-link-name">{body.name}</span>
                <span className="body-link-facts">
                  {body.councilName} · {body.documentWord} · last minute {body.lastMinuteNumber}
                </span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

/** Setting up a new committee or partnership. */
export function NewBody({ onCreated, onCancel }: { onCreated: (id: string) => void; onCancel: () => void }): ReactNode {
  const { bodies } = useAppServices();
  return (
    <div className="panel">
      <h1>New committee or partnership</h1>
      <BodySettingsForm
        initial={defaultBodySettings('')}
        submitLabel="Create"
        autoFocus
        onCancel={onCancel}
        onSubmit={async (settings) => {
          const created = await bodies.createBody(settings);
          onCreated(created.id);
        }}
      />
    </div>
  );
}

/** One committee or partnership: its settings and its roster. */
export function BodyScreen({ bodyId, onBack, onOpenMeeting }: { bodyId: string; onBack: () => void; onOpenMeeting: (id: string) => void }): ReactNode {
  const { bodies } = useAppServices();
  const body = useLiveQuery(async () => (await bodies.getBody(bodyId)) ?? null, [bodies, bodyId]);
  const roster = useLiveQuery(() => bodies.listPeople(bodyId), [bodies, bodyId]);
  if (body === undefined || roster === undefined) return <p className="muted panel">Opening…</p>;
  if (body === null) {
    return (
      <div className="panel" role="alert">
        <p>This committee or partnership no longer exists.</p>
        <button type="button" onClick={onBack}>
          All committees and partnerships
        </button>
      </div>
    );
  }
  return <BodyPage key={body.id} body={body} roster={roster} onBack={onBack} onOpenMeeting={onOpenMeeting} />;
}

function BodyPage({ body, roster, onBack, onOpenMeeting }: { body: Body; roster: Person[]; onBack: () => void; onOpenMeeting: (id: string) => void }): ReactNode {
  const { bodies } = useAppServices();
  const [savedAt, setSavedAt] = useState<number | null>(null);
  return (
    <div className="body-screen">
      <nav className="breadcrumb" aria-label="Breadcrumb">
        <button type="button" className="link" onClick={onBack}>
          ← All committees and partnerships
        </button>
      </nav>
      <section className="panel" aria-labelledby="body-settings-heading">
        <h1 id="body-settings-heading">{body.name}</h1>
        <p className="muted">
          {body.councilName}. The settings below shape the heading, attendance lines and minute numbers of every meeting of this body.
        </p>
        <BodySettingsForm
          // Afresh when the last minute number changes beneath it (Word minutes imported, minutes numbered):
          // saving the form as it was would put the old number back.
          key={body.lastMinuteNumber}
          initial={body}
          submitLabel="Save settings"
          savedNote={savedAt === null ? null : `Settings saved at ${clock.format(savedAt)}`}
          onSubmit={async (settings) => {
            await bodies.updateBody(body.id, settings);
            setSavedAt(Date.now());
          }}
        />
      </section>
      <div className="panel">
        <RosterSection body={body} roster={roster} />
      </div>
      <div className="panel">
        <ActionLogSection bodyId={body.id} />
      </div>
      <div className="panel">
        <ImportWordMinutes body={body} roster={roster} onOpenMeeting={onOpenMeeting} />
      </div>
      <div className="panel">
        <TemplatesSection bodyId={body.id} />
      </div>
      <div className="panel">
        <AbbreviationsSection body={body} />
      </div>
    </div>
  );
}
