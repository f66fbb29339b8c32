import type { MinuteBookBridge } from '@shared/ipc/contract';
import { createBrowserHost } from './browser-host';
import { createElectronHost } from './electron-host';
import type { Host } from './host';

export type { DiskBackups, Host } from './host';

declare global {
  interface Window {
    /** Put there by the Electron preload script; absent in a plain browser. */
    minuteBook?: MinuteBookBridge;
  }
}

/** Picks the host the renderer is running in. */
export function detectHost(win: Window = window): Host {
  return win.minuteBook ? createElectronHost(win.minuteBook) : createBrowserHost(win);
}
