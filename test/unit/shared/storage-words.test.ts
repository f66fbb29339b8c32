import { describe, expect, it } from 'vitest';
import { formatTimeOfDay } from '../../../shared/format/british-date';
import { composeMeetingFileText, meetingOfComposedText } from '../../../shared/meeting-file';
import { SEED } from '../electron/backup-fixtures';

describe('formatTimeOfDay', () => {
  it('gives a moment’s local time in the council’s dotted style, through Intl', () => {
    expect(formatTimeOfDay(new Date(2026, 2, 5, 10, 42, 59))).toBe('10.42 am');
    expect(formatTimeOfDay(new Date(2026, 2, 5, 0, 5))).toBe('12.05 am');
    expect(formatTimeOfDay(new Date(2026, 2, 5, 14, 5).getTime())).toBe('2.05 pm');
    expect(formatTimeOfDay(new Date(2026, 2, 5, 12, 0), '10:00am')).toBe('12:00pm');
  });
});

describe('meetingOfComposedText', () => {
  it('names the meeting of a composed file without reading its minutes, even when the minutes hold the same words', () => {
    const minutes = JSON.stringify({ root: { children: [{ text: ',"minutes":{"editorState":' }], meeting: { id: 'not-this' } } });
    const text = composeMeetingFileText({ body: SEED.body, roster: SEED.roster, templates: SEED.templates, meeting: SEED.meeting }, minutes);
    expect(meetingOfComposedText(text)).toEqual({ id: SEED.meeting.id, title: SEED.meeting.title, date: SEED.meeting.date });
  });

  it('is null for text not laid out that way', () => {
    expect(meetingOfComposedText('{"format":"minute-book/meeting"}')).toBeNull();
    expect(meetingOfComposedText('{,"minutes":{"editorState":')).toBeNull();
  });
});
