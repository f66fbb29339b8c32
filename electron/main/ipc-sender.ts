import type { WebFrameMain } from 'electron';
import { isAppUrl } from './app-origin';

/** The part of an IPC event the sender check reads (IpcMainEvent and IpcMainInvokeEvent both have it). */
export interface IpcSenderEvent {
  readonly senderFrame: Pick<WebFrameMain, 'url' | 'parent'> | null;
}

/**
 * Why a message must be refused, or null when it comes from our own page: the
 * top frame of app://minutes/. A frame of any other origin, or a sub-frame,
 * must never reach the shell's file system, even if the preload were to leak.
 */
export function senderRefusal(event: IpcSenderEvent): string | null {
  const frame = event.senderFrame;
  // Null when the frame has navigated away or been destroyed since it sent.
  if (!frame) return 'the sending frame is gone';
  if (!isAppUrl(frame.url)) return `the sender is not on app://minutes/ (${frame.url || 'no URL'})`;
  if (frame.parent !== null) return 'the sender is a sub-frame, not the top frame';
  return null;
}
