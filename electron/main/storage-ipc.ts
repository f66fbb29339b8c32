import { dialog, type BrowserWindow } from 'electron';
import {
  Channels,
  ChooseEmergencyFolderRequestSchema,
  EmergencyBackupRequestSchema,
  GuardDatabaseFilesRequestSchema,
  type DiskSpace,
} from '../../shared/ipc/contract';
import { EmergencyBackups } from '../services/backups/emergency-backups';
import type { BackupStore } from '../services/backups/backup-store';
import type { MeetingBackups } from '../services/backups/meeting-backups';
import type { DatabaseFiles } from '../services/storage/database-files';
import { DiskSpaceWatch, freeBytes, type StatFs } from '../services/storage/disk-space';
import { handleValidated } from './ipc';

export interface StorageServices {
  store: BackupStore;
  backups: MeetingBackups;
  databaseFiles: DatabaseFiles;
  /** The user-data folder: its disk is the one watched. */
  userData: string;
  getWindow: () => BrowserWindow | null;
  /** Reads a disk's free space; the real statfs unless a test fills the disk. */
  statfs?: StatFs;
}

/**
 * The channels that keep the minutes safe when storage fails: the emergency backup on a failed save (with the
 * officer's choice of folder when the disk is full), the guard around each open of the database, and the
 * free-space warning pushed to the window. Each invoke channel has the sender check, size limit and zod schema.
 */
export function registerStorageHandlers(services: StorageServices): { diskSpace: DiskSpaceWatch } {
  const diskSpace = new DiskSpaceWatch({
    folder: services.userData,
    onChange: (space) => sendDiskSpace(services.getWindow(), space),
    statfs: services.statfs,
  });
  const emergency = new EmergencyBackups({
    store: services.store,
    backups: services.backups,
    freeBytes: (folder) => freeBytes(folder, services.statfs),
    afterWrite: () => void diskSpace.check(),
    chooseFolder: async () => {
      const window = services.getWindow();
      const options = {
        title: 'Choose a folder for the emergency copy of the minutes',
        buttonLabel: 'Write the copy here',
        properties: ['openDirectory', 'createDirectory'] as ('openDirectory' | 'createDirectory')[],
      };
      const answer = window && !window.isDestroyed() ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options);
      return answer.canceled || answer.filePaths.length === 0 ? null : answer.filePaths[0]!;
    },
  });
  handleValidated(Channels.emergencyBackup, EmergencyBackupRequestSchema, ({ meetingId, meetingFile }) => emergency.write(meetingId, meetingFile));
  handleValidated(Channels.chooseEmergencyFolder, ChooseEmergencyFolderRequestSchema, ({ meetingId }) => emergency.chooseFolderAndWrite(meetingId));
  handleValidated(Channels.guardDatabaseFiles, GuardDatabaseFilesRequestSchema, (request) =>
    request.step === 'before-open' ? services.databaseFiles.beforeOpen(request.reason) : services.databaseFiles.afterOpen(request.intact),
  );
  return { diskSpace };
}

/** Tells the window how much room is left; the latest reading again whenever its page (re)loads. */
export function sendDiskSpace(window: Pick<BrowserWindow, 'isDestroyed' | 'webContents'> | null, space: DiskSpace | null): void {
  if (!space || !window || window.isDestroyed() || window.webContents.isDestroyed()) return;
  window.webContents.send(Channels.diskSpace, space);
}
