import { useEffect, useState } from 'react';

/** Whether this window may type in the meeting: 'mine', or 'elsewhere' while another window or tab has it open. */
export type MeetingLockState = 'pending' | 'mine' | 'elsewhere';

/**
 * One window types in a meeting at a time, so two never overwrite each other's
 * minutes. Holds a Web Lock named for the meeting while it is open here; when
 * another window holds it, waits, and takes over the moment that one closes.
 */
export function useMeetingLock(meetingId: string, locks: LockManager | undefined = globalThis.navigator?.locks): MeetingLockState {
  const [state, setState] = useState<MeetingLockState>(locks ? 'pending' : 'mine');

  useEffect(() => {
    // Without Web Locks (never in Electron or Chromium) there is only ever this window.
    if (!locks) return;
    const name = `minute-book:meeting:${meetingId}`;
    let release = () => {};
    const heldUntilClosed = new Promise<void>((resolve) => (release = resolve));
    const stopWaiting = new AbortController();
    let closed = false;

    void locks.request(name, { ifAvailable: true }, async (lock) => {
      if (closed) return;
      if (lock) {
        setState('mine');
        return heldUntilClosed;
      }
      setState('elsewhere');
      // Queue behind the other window; granted as soon as it lets go.
      void locks
        .request(name, { signal: stopWaiting.signal }, async () => {
          if (closed) return;
          setState('mine');
          return heldUntilClosed;
        })
        .catch(() => undefined); // aborted: this window closed first
      return undefined;
    });

    return () => {
      closed = true;
      stopWaiting.abort();
      release();
    };
  }, [meetingId, locks]);

  return state;
}
