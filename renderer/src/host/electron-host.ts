import type { MinuteBookBridge } from '@shared/ipc/contract';
import type { Host } from './host';

/** The host inside Electron: a thin wrapper over the preload's `window.minuteBook`. */
export function createElectronHost(bridge: MinuteBookBridge): Host {
  return {
    kind: 'electron',
    saveFile: (kind, suggestedName, bytes) => bridge.saveFile({ kind, suggestedName, bytes }),
    onFlushBeforeQuit: (flush) => bridge.onFlushBeforeQuit(flush),
  };
}
