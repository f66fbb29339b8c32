import { app, BrowserWindow, dialog, ipcMain, type IpcMainInvokeEvent } from 'electron';
import type { z } from 'zod';
import { Channels, SAVED_FILE_KINDS, SaveFileRequestSchema } from '../../shared/ipc/contract';
import { writeFileAtomically } from '../services/atomic-write';
import { checkIpcMessage } from './ipc-guard';
import { saveFile } from './save-file';

/** Every channel of ours starts with this, so a stray or forged name stands out. */
const CHANNEL_PREFIX = 'minutes:';

/**
 * Registers an invoke handler that runs only for our own top frame and only with
 * a payload within the channel's size limit that the schema accepts (after VS
 * Code's validatedIpcMain). Anything else is logged and rejected, so the
 * renderer's invoke() fails with the reason.
 */
export function handleValidated<T, R>(
  channel: string,
  schema: z.ZodType<T>,
  handler: (payload: T, event: IpcMainInvokeEvent) => Promise<R> | R,
): void {
  if (!channel.startsWith(CHANNEL_PREFIX)) throw new Error(`IPC channel ${channel} must start with ${CHANNEL_PREFIX}`);
  ipcMain.handle(channel, async (event, payload: unknown) => {
    const checked = checkIpcMessage(channel, event, payload, schema);
    if (!checked.ok) throw new Error(`${channel} refused: ${checked.reason}`);
    return handler(checked.payload, event);
  });
}

/** Registers the handlers for every invoke channel in shared/ipc/contract.ts. */
export function registerIpcHandlers(): void {
  handleValidated(Channels.saveFile, SaveFileRequestSchema, (request, event) =>
    saveFile(request, {
      documentsFolder: app.getPath('documents'),
      writeFile: (targetPath, bytes) => writeFileAtomically(targetPath, bytes),
      chooseSavePath: async (defaultPath, kind) => {
        const { filterName, extension } = SAVED_FILE_KINDS[kind];
        const options = { defaultPath, filters: [{ name: filterName, extensions: [extension.slice(1)] }] };
        // Parented to the window so the dialog is modal to it, not floating free.
        const window = BrowserWindow.fromWebContents(event.sender);
        const answer = window ? await dialog.showSaveDialog(window, options) : await dialog.showSaveDialog(options);
        return answer.canceled || !answer.filePath ? null : answer.filePath;
      },
    }),
  );
}
