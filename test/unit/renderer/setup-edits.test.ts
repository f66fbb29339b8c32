import { describe, expect, it } from 'vitest';
import { addPastedItems, changeItem, insertItem, moveItem, nextAgendaCode, removeItem } from '../../../renderer/src/features/agenda/agenda-edits';
import { clockTimeNow, currentItemId, movementsInOrder, withRole } from '../../../renderer/src/features/attendance/attendance-edits';
import type { AgendaItem } from '../../../shared/model/agenda';
import { KCSP_2015_AGENDA } from '../../fixtures/kcsp-2015';

const codes = (agenda: AgendaItem[]) => agenda.map((item) => item.code);

describe('agenda edits', () => {
  it('suggests the next code after the last one', () => {
    expect(nextAgendaCode('B3')).toBe('B4');
    expect(nextAgendaCode('c9')).toBe('C10');
    expect(nextAgendaCode('C1a')).toBe('C2');
    expect(nextAgendaCode('')).toBe('');
    expect(nextAgendaCode(undefined)).toBe('');
    expect(nextAgendaCode('Item 4')).toBe('');
  });

  it('moves, inserts, changes and removes items without touching the others', () => {
    const agenda = KCSP_2015_AGENDA.slice(0, 4); // A3 A4 B1 B2
    expect(codes(moveItem(agenda, 'item-94', 3))).toEqual(['A3', 'A4', 'B2', 'B1']);
    expect(codes(moveItem(agenda, 'item-94', 0))).toEqual(['B1', 'A3', 'A4', 'B2']);
    expect(codes(moveItem(agenda, 'item-94', 99))).toEqual(['A3', 'A4', 'B2', 'B1']);
    expect(codes(moveItem(agenda, 'no-such-item', 0))).toEqual(['A3', 'A4', 'B1', 'B2']);
    expect(codes(insertItem(agenda, 1, { id: 'x', code: 'A3a', title: 'Matters arising', part: 'unrestricted' }))).toEqual(['A3', 'A3a', 'A4', 'B1', 'B2']);
    expect(changeItem(agenda, 'item-95', { part: 'exempt' })[3]).toEqual({ ...agenda[3], part: 'exempt' });
    expect(codes(removeItem(agenda, 'item-93'))).toEqual(['A3', 'B1', 'B2']);
    expect(codes(agenda)).toEqual(['A3', 'A4', 'B1', 'B2']); // never changed in place
  });

  it('adds pasted items after the agenda or instead of it', () => {
    const agenda = KCSP_2015_AGENDA.slice(0, 2);
    let n = 0;
    const pasted = [{ code: 'E1', title: 'Exempt report', part: 'exempt' as const }];
    expect(addPastedItems(agenda, pasted, 'append', () => `new-${++n}`).map((i) => i.id)).toEqual(['item-92', 'item-93', 'new-1']);
    expect(addPastedItems(agenda, pasted, 'replace', () => `new-${++n}`)).toEqual([{ id: 'new-2', code: 'E1', title: 'Exempt report', part: 'exempt' }]);
  });
});

describe('attendance edits', () => {
  it('reads the clock as hh:mm', () => {
    expect(clockTimeNow(new Date(2015, 2, 19, 9, 5))).toBe('09:05');
    expect(clockTimeNow(new Date(2015, 2, 19, 23, 59))).toBe('23:59');
  });

  it('takes the item most recently reached as the one under discussion', () => {
    const agenda = KCSP_2015_AGENDA.slice(0, 3);
    expect(currentItemId({ agenda, itemTimes: {} })).toBeNull();
    expect(currentItemId({ agenda, itemTimes: { 'item-92': '10:00', 'item-93': '10:20' } })).toBe('item-93');
    // Times corrected out of order still pick the latest time; on a tie, the later item.
    expect(currentItemId({ agenda, itemTimes: { 'item-92': '10:40', 'item-93': '10:20' } })).toBe('item-92');
    expect(currentItemId({ agenda, itemTimes: { 'item-92': '10:20', 'item-94': '10:20' } })).toBe('item-94');
    // A time kept for a deleted item is ignored.
    expect(currentItemId({ agenda, itemTimes: { gone: '11:00', 'item-92': '10:00' } })).toBe('item-92');
  });

  it('sets and clears a person’s line', () => {
    expect(withRole({}, 'p-hill', 'present')).toEqual({ 'p-hill': 'present' });
    expect(withRole({ 'p-hill': 'present', 'p-cook': 'in-attendance' }, 'p-hill', null)).toEqual({ 'p-cook': 'in-attendance' });
  });

  it('lists movements by time, keeping the recorded order for equal times', () => {
    const m = (id: string, time: string) => ({ id, personId: 'p', kind: 'left' as const, time, itemId: null });
    expect(movementsInOrder([m('b', '11:05'), m('a', '10:20'), m('c', '11:05')]).map((x) => x.id)).toEqual(['a', 'b', 'c']);
  });
});
