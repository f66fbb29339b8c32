// The preload script, bundled to dist/electron/preload.cjs: a sandboxed preload
// can require nothing but 'electron', so shared/ and zod are bundled in.
import { contextBridge, ipcRenderer } from 'electron';
import { createMinuteBookBridge } from './bridge';

contextBridge.exposeInMainWorld('minuteBook', createMinuteBookBridge(ipcRenderer));
