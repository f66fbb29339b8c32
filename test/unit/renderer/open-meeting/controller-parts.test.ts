import type { LexicalEditor } from 'lexical';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadedDraft } from '../../../../renderer/src/features/meetings/open-meeting/draft';
import { createMeetingCourier } from '../../../../renderer/src/features/meetings/open-meeting/meeting-courier';
import { createMinutesSaver } from '../../../../renderer/src/features/meetings/open-meeting/minutes-saver';
import { installFlush } from '../../../../renderer/src/features/meetings/open-meeting/quit-flush';
import { followSaveFailure } from '../../../../renderer/src/features/meetings/open-meeting/save-failure';
import { installWindowKeys } from '../../../../renderer/src/features/meetings/open-meeting/window-keys';
import { parseMeetingFile } from '../../../../shared/meeting-file';
import { KCSP_2015_MEETING, KCSP_BODY } from '../../shared/kcsp-2015-input';
import { KCSP_2015_ROSTER } from '../../../fixtures/kcsp-2015';

/*
 * The open-meeting controller's parts (renderer/src/features/meetings/open-meeting), each with fakes for what
 * it talks to: what use-open-meeting.ts wires together for the workspace.
 */

const EDITOR = {} as LexicalEditor;
const MINUTES = JSON.stringify({ root: { type: 'root', version: 1, children: [] } });

afterEach(() => vi.useRealTimers());

describe('loadedDraft', () => {
  it('parses the stored minutes once, and opens new minutes empty', () => {
    expect(loadedDraft({ meetingId: 'm', editorState: MINUTES, savedAt: 42, restoreCount: 2 })).toEqual({
      editorState: JSON.parse(MINUTES),
      savedAt: 42,
      restoreCount: 2,
    });
    expect(loadedDraft(undefined)).toEqual({ editorState: null, savedAt: null, restoreCount: 0 });
  });

  it('stops at damaged minutes instead of opening (and later overwriting) them', () => {
    expect(() => loadedDraft({ meetingId: 'm', editorState: '{"root": cut short', savedAt: 1 })).toThrow(SyntaxError);
  });
});

describe('createMinutesSaver', () => {
  function wiring(overrides: { due?: boolean; snapshotFails?: boolean } = {}) {
    const saved: { meetingId: string; text: string; restoreCount: number }[] = [];
    const snapshots: string[] = [];
    let restoreCount = 0;
    const saver = createMinutesSaver({
      meetingId: 'm-1',
      meetings: { saveDraft: async (meetingId, text, count = 0) => (saved.push({ meetingId, text, restoreCount: count }), { meetingId, editorState: text, savedAt: 500 }) },
      revisions: {
        snapshot: async (meetingId) => {
          if (overrides.snapshotFails) throw new Error('The disk is full');
          snapshots.push(meetingId);
          return {} as never;
        },
      },
      editor: () => EDITOR,
      restoreCount: () => restoreCount,
      editingTime: { takeDue: () => overrides.due ?? false },
      savedAt: 100,
      serialise: (editor) => (editor === EDITOR ? 'the minutes' : 'another editor'),
    });
    return { saver, saved, snapshots, restore: (count: number) => (restoreCount = count) };
  }

  it('saves the editor’s minutes as the draft, with the restore count the editor holds now', async () => {
    const { saver, saved, restore } = wiring();
    expect(saver.current).toEqual({ kind: 'saved', at: 100 });
    saver.markChanged();
    restore(3);
    await expect(saver.flush()).resolves.toBe(true);
    expect(saved).toEqual([{ meetingId: 'm-1', text: 'the minutes', restoreCount: 3 }]);
    expect(saver.current).toEqual({ kind: 'saved', at: 500 });
  });

  it('makes the automatic revision when ten minutes of editing are due, and a failed one does not fail the save', async () => {
    const due = wiring({ due: true });
    due.saver.markChanged();
    await due.saver.flush();
    expect(due.snapshots).toEqual(['m-1']);
    const notDue = wiring();
    notDue.saver.markChanged();
    await notDue.saver.flush();
    expect(notDue.snapshots).toEqual([]);
    const failing = wiring({ due: true, snapshotFails: true });
    failing.saver.markChanged();
    await expect(failing.saver.flush()).resolves.toBe(true);
    expect(failing.saver.current.kind).toBe('saved');
  });
});

describe('createMeetingCourier', () => {
  const parts = { meeting: KCSP_2015_MEETING, body: KCSP_BODY, roster: KCSP_2015_ROSTER, ownPhrases: [] };

  it('is null in a plain browser, which has no disk backups', () => {
    expect(createMeetingCourier({ backups: null }, 'm', () => EDITOR, () => parts)).toBeNull();
  });

  it('hands the shell a whole meeting file of what is on screen, once the roster and phrases have loaded', async () => {
    const handed: [string, string][] = [];
    const backups = { handOver: async (id: string, file: string) => void handed.push([id, file]), list: async () => [], read: async () => '' };
    let loaded: typeof parts | { meeting: typeof parts.meeting; body: typeof parts.body; roster: undefined; ownPhrases: undefined } = { ...parts, roster: undefined, ownPhrases: undefined };
    const courier = createMeetingCourier({ backups }, KCSP_2015_MEETING.id, () => EDITOR, () => loaded, () => MINUTES)!;
    await courier.handOverNow();
    expect(handed).toEqual([]); // a backup without the roster could not bring the meeting back whole
    loaded = parts;
    courier.markChanged();
    await courier.handOverNow();
    expect(handed).toHaveLength(1);
    const [meetingId, file] = handed[0]!;
    expect(meetingId).toBe(KCSP_2015_MEETING.id);
    const parsed = parseMeetingFile(file);
    expect(parsed.ok && parsed.file.meeting.title).toBe(KCSP_2015_MEETING.title);
    expect(parsed.ok && parsed.file.roster).toHaveLength(KCSP_2015_ROSTER.length);
    courier.dispose();
  });
});

describe('installFlush', () => {
  it('offers the app and the shell one flush (save, then hand the backups their copy), and saves once more when the meeting closes', async () => {
    const order: string[] = [];
    const saver = { flush: vi.fn(async () => (order.push('saved'), true)) };
    const courier = { handOverNow: vi.fn(async () => void order.push('handed over')) };
    let quitFlush: (() => Promise<boolean>) | null = null;
    const host = { onFlushBeforeQuit: (flush: () => Promise<boolean>) => ((quitFlush = flush), () => (quitFlush = null)) };
    const flushRef: { current: (() => Promise<boolean>) | null } = { current: null };
    const stop = installFlush(saver, courier, host, flushRef);
    expect(flushRef.current).toBe(quitFlush);
    await expect(flushRef.current!()).resolves.toBe(true);
    expect(order).toEqual(['saved', 'handed over']);
    stop();
    expect(flushRef.current).toBeNull();
    expect(quitFlush).toBeNull();
    expect(saver.flush).toHaveBeenCalledTimes(2);
  });

  it('leaves another meeting’s flush in place when it closes after that one opened', () => {
    const flushRef: { current: (() => Promise<boolean>) | null } = { current: null };
    const host = { onFlushBeforeQuit: () => () => undefined };
    const stop = installFlush({ flush: async () => true }, null, host, flushRef);
    const next = async () => true;
    flushRef.current = next;
    stop();
    expect(flushRef.current).toBe(next);
  });
});

describe('installWindowKeys', () => {
  function press(target: EventTarget, init: Partial<KeyboardEvent>): Event {
    const event = Object.assign(new Event('keydown', { cancelable: true }), { key: '', code: '', ctrlKey: false, metaKey: false, altKey: false, shiftKey: false, ...init });
    target.dispatchEvent(event);
    return event;
  }

  it('takes Ctrl+S as "save now" and Alt+1 … Alt+4 as the tabs, and leaves every other key alone', () => {
    const target = new EventTarget();
    const saveNow = vi.fn();
    const showTab = vi.fn();
    const stop = installWindowKeys(target, { saveNow, showTab });
    expect(press(target, { key: 's', ctrlKey: true }).defaultPrevented).toBe(true);
    expect(saveNow).toHaveBeenCalledTimes(1);
    expect(press(target, { key: '4', code: 'Digit4', altKey: true }).defaultPrevented).toBe(true);
    expect(press(target, { key: '&', code: 'Digit1', altKey: true }).defaultPrevented).toBe(true);
    expect(showTab.mock.calls).toEqual([['revisions'], ['minutes']]);
    expect(press(target, { key: 'a', code: 'KeyA' }).defaultPrevented).toBe(false);
    expect(press(target, { key: 'S', ctrlKey: true, shiftKey: true }).defaultPrevented).toBe(false);
    stop();
    press(target, { key: 's', ctrlKey: true });
    expect(saveNow).toHaveBeenCalledTimes(1);
  });
});

describe('followSaveFailure', () => {
  it('shows the first failure until a save succeeds, through the retries in between, telling only changes', () => {
    let state: { kind: string; message?: string } = { kind: 'saved' };
    const listeners = new Set<() => void>();
    const saver = {
      get current() {
        return state as never;
      },
      subscribe: (listener: () => void) => (listeners.add(listener), () => listeners.delete(listener)),
    };
    const shown: (string | null)[] = [];
    const stop = followSaveFailure(saver, (message) => shown.push(message));
    const become = (next: typeof state) => {
      state = next;
      for (const listener of listeners) listener();
    };
    become({ kind: 'pending' });
    become({ kind: 'failed', message: 'The disk is full' });
    become({ kind: 'saving' });
    become({ kind: 'failed', message: 'The disk is full' });
    become({ kind: 'saved' });
    become({ kind: 'saved' });
    expect(shown).toEqual(['The disk is full', null]);
    stop();
    become({ kind: 'failed', message: 'Again' });
    expect(shown).toHaveLength(2);
  });
});
