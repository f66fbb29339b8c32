import { describe, expect, it } from 'vitest';
import { senderRefusal, type IpcSenderEvent } from '../../../electron/main/ipc-sender';

const topFrame = { url: 'app://minutes/index.html', parent: null };

function from(frame: { url: string; parent: unknown } | null): IpcSenderEvent {
  return { senderFrame: frame } as IpcSenderEvent;
}

describe('senderRefusal', () => {
  it('accepts the top frame of app://minutes/', () => {
    expect(senderRefusal(from(topFrame))).toBeNull();
    expect(senderRefusal(from({ url: 'app://minutes/index.html#/meetings/12', parent: null }))).toBeNull();
  });

  it('refuses a frame that is gone', () => {
    expect(senderRefusal(from(null))).toBe('the sending frame is gone');
  });

  it.each(['https://evil.example/', 'app://other/index.html', 'file:///tmp/index.html', 'about:blank', ''])(
    'refuses a frame on %j',
    (url) => {
      expect(senderRefusal(from({ url, parent: null }))).toMatch(/^the sender is not on app:\/\/minutes\//);
    },
  );

  it('refuses a sub-frame even of our own origin', () => {
    expect(senderRefusal(from({ url: 'app://minutes/frame.html', parent: topFrame }))).toBe(
      'the sender is a sub-frame, not the top frame',
    );
  });
});
