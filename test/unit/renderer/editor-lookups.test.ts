import { describe, expect, it } from 'vitest';
import { matchingPeople } from '../../../renderer/src/editor/plugins/PersonMentionsPlugin';
import { matchingTemplates } from '../../../renderer/src/editor/plugins/TemplatesPlugin';
import { isSaveNow, isSearchMinuteBook, MEETING_TAB_KEYS, MEETING_TABS_SHORTCUT, meetingTabFor, MINUTES_SHORTCUTS, shortcut, shortcutFor, SUGGESTION_SHORTCUTS, WORD_SHORTCUTS } from '../../../renderer/src/editor/shortcuts';
import { builtInTemplates } from '../../../shared/domain/templates';
import { KCSP_2015_ROSTER } from '../../fixtures/kcsp-2015';

const key = (init: Partial<KeyboardEvent>) => ({ key: '', code: '', ctrlKey: false, metaKey: false, altKey: false, shiftKey: false, ...init });

describe('shortcuts', () => {
  it('maps the keys to minute-taking commands, by key position for Ctrl+Alt (AltGr layouts)', () => {
    expect(shortcutFor(key({ key: 'PageDown', altKey: true }))).toBe('next-item');
    expect(shortcutFor(key({ key: 'PageUp', altKey: true }))).toBe('previous-item');
    expect(shortcutFor(key({ key: 'ñ', code: 'KeyN', ctrlKey: true, altKey: true }))).toBe('numbered-paragraph');
    expect(shortcutFor(key({ key: 'r', code: 'KeyR', ctrlKey: true, altKey: true }))).toBe('resolution');
    expect(shortcutFor(key({ key: 'v', code: 'KeyV', ctrlKey: true, altKey: true }))).toBe('vote');
    expect(shortcutFor(key({ key: 'µ', code: 'KeyM', ctrlKey: true, altKey: true }))).toBe('action');
    expect(shortcutFor(key({ key: 'F1' }))).toBe('shortcuts-panel');
    expect(shortcutFor(key({ key: '/', ctrlKey: true }))).toBe('shortcuts-panel');
    expect(shortcutFor(key({ key: 'F7' }))).toBe('style-check');
    expect(shortcutFor(key({ key: 'F7', shiftKey: true }))).toBeNull();
    expect(shortcutFor(key({ key: 'r', code: 'KeyR', ctrlKey: true }))).toBeNull();
    expect(shortcutFor(key({ key: 's', code: 'KeyS', ctrlKey: true, altKey: true }))).toBe('toggle-suggestions');
    expect(shortcutFor(key({ key: 's', code: 'KeyS', ctrlKey: true }))).toBeNull(); // Ctrl+S saves
    expect(shortcutFor(key({ key: 'PageDown' }))).toBeNull();
  });

  it('lists every shortcut the keys map to, once', () => {
    expect(new Set(MINUTES_SHORTCUTS.map((s) => s.id)).size).toBe(MINUTES_SHORTCUTS.length);
    expect(MINUTES_SHORTCUTS).toHaveLength(13);
    expect(new Set([...MINUTES_SHORTCUTS, ...WORD_SHORTCUTS].map((s) => s.id)).size).toBe(MINUTES_SHORTCUTS.length + WORD_SHORTCUTS.length);
  });

  it('knows Ctrl+Shift+F as search the minute book, by key position, and no minute-taking key takes it', () => {
    expect(isSearchMinuteBook(key({ key: 'F', code: 'KeyF', ctrlKey: true, shiftKey: true }))).toBe(true);
    expect(isSearchMinuteBook(key({ key: 'f', code: 'KeyF', ctrlKey: true }))).toBe(false); // Ctrl+F stays the page's find
    expect(isSearchMinuteBook(key({ key: 'F', code: 'KeyF', ctrlKey: true, shiftKey: true, altKey: true }))).toBe(false);
    expect(shortcutFor(key({ key: 'F', code: 'KeyF', ctrlKey: true, shiftKey: true }))).toBeNull();
    expect(shortcut('search-minute-book')).toMatchObject({ button: 'Search the minute book', keys: 'Ctrl+Shift+F' });
    expect(MINUTES_SHORTCUTS.map((entry) => entry.id)).toContain('search-minute-book');
  });

  it('names the toolbar’s buttons and their keys from the same table', () => {
    expect(shortcut('insert-template')).toMatchObject({ button: 'Standard phrase', keys: 'Ctrl+Alt+T or /' });
    expect(shortcut('numbered-list')).toMatchObject({ button: 'Numbered list', keys: 'Ctrl+Shift+7' });
    expect(shortcut('shortcuts-panel')).toMatchObject({ button: 'Keyboard shortcuts', keys: 'F1 or Ctrl+/' });
    expect(shortcut('toggle-suggestions')).toMatchObject({ button: 'Suggest words as you type', keys: 'Ctrl+Alt+S' });
    expect(SUGGESTION_SHORTCUTS.map((row) => row.keys)).toEqual(['Tab', 'Ctrl+Right Arrow', 'Esc', 'Ctrl+Alt+S']);
  });

  it('shows every tab by Alt and its digit, by key position, and lists all four in the panel', () => {
    expect(MEETING_TAB_KEYS.map((entry) => meetingTabFor(key({ code: entry.code, altKey: true })))).toEqual(['minutes', 'agenda', 'attendance', 'revisions']);
    expect(meetingTabFor(key({ code: 'Digit4', altKey: true, ctrlKey: true }))).toBeNull();
    expect(meetingTabFor(key({ code: 'Digit5', altKey: true }))).toBeNull();
    expect(MEETING_TABS_SHORTCUT).toEqual({ keys: 'Alt+1 / Alt+2 / Alt+3 / Alt+4', description: 'Minutes, Agenda, Attendance, Revisions tab' });
  });

  it('takes Ctrl+S (or Cmd+S) as "save now", not with Shift', () => {
    expect(isSaveNow(key({ key: 's', ctrlKey: true }))).toBe(true);
    expect(isSaveNow(key({ key: 'S', metaKey: true }))).toBe(true);
    expect(isSaveNow(key({ key: 'S', ctrlKey: true, shiftKey: true }))).toBe(false);
    expect(isSaveNow(key({ key: 's' }))).toBe(false);
  });
});

describe('person lookup', () => {
  const attendance = { 'p-beaumont': 'in-attendance', 'p-adams': 'present', 'p-hill': 'apologies' } as const;

  it('matches the start of surname, title, initials, role or organisation, those at the meeting first', () => {
    expect(matchingPeople(KCSP_2015_ROSTER, attendance, 'bea').map((p) => p.surname)).toEqual(['Beaumont']);
    expect(matchingPeople(KCSP_2015_ROSTER, attendance, 'head of').map((p) => p.surname)).toEqual(['Beaumont']);
    expect(matchingPeople(KCSP_2015_ROSTER, attendance, '').slice(0, 2).map((p) => p.surname)).toEqual(['Adams', 'Beaumont']);
    expect(matchingPeople(KCSP_2015_ROSTER, attendance, 'hi').map((p) => p.surname)).toEqual(['Hill']);
  });

  it('never offers retired people', () => {
    const roster = KCSP_2015_ROSTER.map((p) => (p.id === 'p-adams' ? { ...p, retired: true } : p));
    expect(matchingPeople(roster, attendance, 'adams')).toEqual([]);
  });
});

describe('template lookup', () => {
  it('finds standard phrases by their short word or the words of their name', () => {
    const templates = builtInTemplates('Chairman');
    expect(matchingTemplates(templates, 'noted').map((t) => t.id)).toEqual(['report-noted', 'verbal-update-noted']);
    expect(matchingTemplates(templates, 'report noted').map((t) => t.id)).toEqual(['report-noted']);
    expect(matchingTemplates(templates, 'verbal').map((t) => t.id)).toEqual(['verbal-update', 'verbal-update-noted']);
    expect(matchingTemplates(templates, 'excl').map((t) => t.id)).toEqual(['exclusion-of-press-and-public']);
    expect(matchingTemplates(templates, '')).toHaveLength(10);
  });
});
