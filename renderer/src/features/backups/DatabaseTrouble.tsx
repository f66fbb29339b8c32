import { useState, type ReactNode } from 'react';
import { setCurrentDatabaseAside } from '../../db/database-name';
import { classifyStorageFailure, storageFailureCause } from '../../db/storage-failure';
import { ConfirmDialog } from '../../ui/ConfirmDialog';

/**
 * Shown instead of the app when its database cannot be opened at all: why, in plain words; that nothing has
 * been deleted; and the two ways on: try again (after freeing space, say), or set the database aside (left
 * exactly as it is, for IT) and start a new one, into which every meeting can then be restored from its copies.
 */
export function DatabaseTrouble({ error, reload = () => window.location.reload() }: { error: unknown; reload?: () => void }): ReactNode {
  const [confirming, setConfirming] = useState(false);
  const kind = classifyStorageFailure(error);
  return (
    <main className="panel error-panel database-trouble" role="alert" aria-labelledby="database-trouble-heading">
      <h1 id="database-trouble-heading">Minute Book could not open its database</h1>
      <p>{storageFailureCause(error, kind)}.</p>
      <p>Nothing has been deleted.</p>
      {kind === 'disk-full' || kind === 'unavailable' ? <p>Free some space on the disk, then try again.</p> : null}
      {kind === 'newer-version' ? <p>Open these minutes with the newer version of Minute Book, or set the database aside to start a new one here.</p> : null}
      <div className="dialog-actions">
        <button type="button" className="primary" onClick={reload}>
          Try again
        </button>
        <button type="button" onClick={() => setConfirming(true)}>
          Set this database aside and start a new one…
        </button>
      </div>
      {confirming ? (
        <ConfirmDialog
          title="Set the database aside?"
          confirmLabel="Set it aside"
          onCancel={() => setConfirming(false)}
          onConfirm={() => {
            setCurrentDatabaseAside();
            reload();
          }}
        >
          <p>
            Minute Book leaves this database exactly as it is, so IT can still recover what is in it, and starts a new, empty one. If copies of your
            meetings are kept outside the database, Minute Book then offers to restore every one of them.
          </p>
        </ConfirmDialog>
      ) : null}
    </main>
  );
}
