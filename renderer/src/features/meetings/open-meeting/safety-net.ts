import { useEffect, useState } from 'react';
import type { StorageKeeper } from '../../../db/storage-keeper';
import type { Host } from '../../../host';
import type { BackupCourier } from '../../backups/backup-courier';
import { EmergencyCopies } from '../../backups/emergency-copy';
import type { DraftSaver } from '../../save/draft-saver';

/** Where the open meeting's emergency copy goes: the host's backups, or nowhere (no courier, no backups). */
export function createEmergencyCopies(host: Pick<Host, 'backups'>, meetingId: string, courier: BackupCourier | null): EmergencyCopies | null {
  const backups = host.backups;
  if (!courier || !backups) return null;
  const chooseFolder = backups.chooseEmergencyFolder;
  return new EmergencyCopies({
    compose: () => courier.compose(),
    changeCount: () => courier.changeCount,
    write: (meetingFile) => backups.emergency(meetingId, meetingFile),
    chooseFolder: chooseFolder ? () => chooseFolder(meetingId) : null,
  });
}

/**
 * What keeps an open meeting's minutes safe beyond IndexedDB, wired in one place: copies after every save where
 * those are the only ones outside IndexedDB (a plain browser), an emergency copy the moment a save fails, the
 * meeting on screen kept for writing back should the browser throw the database away, and the browser's
 * "Leave site?" while anything on screen is unsaved. Returns the emergency copies, for the banner.
 */
export function useSafetyNet(
  host: Pick<Host, 'backups' | 'warnBeforeLeaving'>,
  storage: Pick<StorageKeeper, 'keepOnScreen'>,
  meetingId: string,
  saver: DraftSaver,
  courier: BackupCourier | null,
): EmergencyCopies | null {
  const [emergency] = useState(() => createEmergencyCopies(host, meetingId, courier));
  useEffect(() => courier?.followSaves(saver), [courier, saver]);
  useEffect(() => emergency?.follow(saver), [emergency, saver]);
  useEffect(() => (courier ? storage.keepOnScreen(() => courier.currentFile()) : undefined), [storage, courier]);
  useEffect(() => host.warnBeforeLeaving(() => saver.hasUnsavedChanges), [host, saver]);
  return emergency;
}
