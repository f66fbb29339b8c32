import type { DiskSpace } from '@shared/ipc/contract';
import { useEffect, useState, useSyncExternalStore, type ReactNode } from 'react';
import { useAppServices } from '../../app-context';
import type { StartReport } from '../../db/storage-keeper';
import { describeError } from '../../ui/plain-errors';
import { RestoreEverything } from './RestoreEverything';
import { meetingsToRestore, type MeetingToRestore } from './restore-everything';

/** Remembers, per database, that the officer said "Not now" to restoring: asked once, not at every start. */
const DECLINED_KEY = 'minute-book.restore-declined-for';

type Offer = { kind: 'none' } | { kind: 'offered'; meetings: MeetingToRestore[]; why: 'start' | 'lost' };

function megabytes(bytes: number): string {
  return `${Math.max(0, Math.round(bytes / (1024 * 1024))).toLocaleString('en-GB')} MB`;
}

/** The desktop app's warning that the disk is nearly full, while there is still room to save. */
function LowDiskNotice(): ReactNode {
  const { host } = useAppServices();
  const [space, setSpace] = useState<DiskSpace | null>(null);
  useEffect(() => host.onDiskSpace(setSpace), [host]);
  if (!space?.low) return null;
  return (
    <p className="storage-notice low-disk-notice" role="alert">
      <strong>The disk is nearly full: minutes are safe now, but free some space</strong> ({megabytes(space.freeBytes)} left). When it is full,
      Minute Book cannot save, and keeps what is on screen until there is room again.
    </p>
  );
}

/**
 * What the app says about its storage above every screen: that the disk is nearly full; that the browser threw
 * the database away while the officer worked (the meeting on screen was kept); or, at start, that the
 * database is empty or was thrown away while copies of meetings exist outside it, with the offer to restore
 * every meeting from the newest copies.
 */
export function StorageNotices({ start }: { start: Extract<StartReport, { kind: 'opened' }> }): ReactNode {
  const { host, storage, meetings, bodies } = useAppServices();
  const copies = host.backups;
  const loss = useSyncExternalStore(storage.subscribe, () => storage.loss);
  const [offer, setOffer] = useState<Offer>({ kind: 'none' });
  const [declined, setDeclined] = useState(false);
  const [restored, setRestored] = useState(false);
  const [listingFailed, setListingFailed] = useState<string | null>(null);

  // At start, and after a loss: which meetings have copies but are not in the database.
  useEffect(() => {
    if (!copies) return;
    const why = loss ? 'lost' : 'start';
    let current = true;
    void (async () => {
      const inDatabase = await meetings.listMeetings();
      if (why === 'start') {
        const empty = inDatabase.length === 0 && (await bodies.listBodies()).length === 0;
        if (!empty || localStorage.getItem(DECLINED_KEY) === storage.db.name) return;
      }
      const missing = meetingsToRestore(await copies.list(), new Set(inDatabase.map((meeting) => meeting.id)));
      if (current && missing.length > 0) setOffer({ kind: 'offered', meetings: missing, why });
    })().catch((error: unknown) => current && setListingFailed(describeError(error)));
    return () => {
      current = false;
    };
  }, [copies, loss, meetings, bodies, storage]);

  const decline = () => {
    localStorage.setItem(DECLINED_KEY, storage.db.name);
    setDeclined(true);
  };

  return (
    <>
      <LowDiskNotice />
      {loss ? (
        <div className="storage-notice database-lost-notice" role="alert">
          <p>
            <strong>The browser threw away Minute Book’s database while you were working</strong>
            {loss.dataLoss ? ` (it said: “${loss.dataLoss}”)` : ''}. This happens when a full disk damages it.{' '}
            {loss.keptFromScreen.length > 0 ? `What was on screen was kept: ${loss.keptFromScreen.join('; ')}. ` : ''}
            {loss.setAsideAt ? `The old database’s files are kept, untouched, for IT at ${loss.setAsideAt}.` : ''}
          </p>
        </div>
      ) : null}
      {offer.kind === 'offered' && !declined ? (
        <section className="storage-notice restore-offer" aria-label="Restore meetings from their copies">
          <p>
            <strong>{offerHeadline(start, offer.why)}</strong> Copies of {offer.meetings.length === 1 ? '1 meeting are' : `${offer.meetings.length} meetings are`}{' '}
            kept {copies?.place ?? 'outside the database'}: restore {offer.meetings.length === 1 ? 'it' : 'them'}, with their committees, rosters,
            phrases and minutes, from the newest copies?
            {start.setAsideAt ? ` The old database’s files are kept, untouched, for IT at ${start.setAsideAt}.` : ''}
          </p>
          <RestoreEverything meetings={offer.meetings} onFinished={() => setRestored(true)} />
          {offer.why === 'start' || restored ? (
            <div className="dialog-actions">
              <button type="button" onClick={decline}>
                {restored ? 'Close' : 'Not now'}
              </button>
            </div>
          ) : null}
        </section>
      ) : null}
      {listingFailed ? (
        <p className="storage-notice form-failure" role="alert">
          The copies of meetings outside the database could not be listed: {listingFailed}
        </p>
      ) : null}
    </>
  );
}

function offerHeadline(start: Extract<StartReport, { kind: 'opened' }>, why: 'start' | 'lost'): string {
  if (why === 'lost') return 'The other meetings can come back from their copies.';
  if (start.dataLoss) return `The browser found Minute Book’s database damaged and deleted it as it opened it (it said: “${start.dataLoss}”).`;
  if (start.setAsideAt) return 'Minute Book’s database was set aside after trouble, and the new one is empty.';
  return 'Minute Book has no meetings.';
}
