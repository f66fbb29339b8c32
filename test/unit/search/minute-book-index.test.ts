import { describe, expect, it } from 'vitest';
import { MinuteBookIndex } from '../../../shared/search/minute-book-index';
import { minuteDocumentsOf, type IndexableMeeting } from '../../../shared/search/minute-documents';
import { NO_FILTERS } from '../../../shared/search/search-results';
import { minutesJson } from './minutes-json';

const agenda = [
  { id: 'i-safety', code: 'B1', title: 'Road Safety Plan' },
  { id: 'i-grants', code: 'B2', title: 'Community Grants' },
];

function meeting(id: string, date: string, bodyId: string, editorState: string | null, fingerprint = '1/1'): IndexableMeeting {
  return { meetingId: id, bodyId, title: `Meeting ${id}`, date, agenda, minuteNumbers: null, editorState, fingerprint };
}

const march = meeting(
  'm-march',
  '2025-03-19',
  'b-kcsp',
  minutesJson(
    {
      'i-safety': [['Ms Hill introduced the report on speed cameras.'], { list: [['Speed cameras on the A2.'], ['Signs near schools.']] }, { resolution: ['RESOLVED that the plan be agreed.'] }],
      'i-grants': [[{ mention: 'Mr Patel' }, ' asked about grants for youth clubs.']],
    },
    [['Apologies were received from Mr Lee.']],
  ),
);
const july = meeting('m-july', '2025-07-02', 'b-kcsp', minutesJson({ 'i-safety': [['The Panel noted that speed cameras had cut collisions.']] }));
const cabinet = meeting('m-cabinet', '2025-05-01', 'b-cabinet', minutesJson({ 'i-grants': [['Cabinet agreed the speed of grant payments.']] }));

function indexOf(...meetings: IndexableMeeting[]): MinuteBookIndex {
  const index = MinuteBookIndex.empty();
  for (const each of meetings) index.putMeeting(each);
  return index;
}

describe('the minute documents of a meeting', () => {
  it('gives one per minute with its paragraphs one to a line, mentions by name, and one for words before the first minute', () => {
    const documents = minuteDocumentsOf(march);
    expect(documents.map((document) => [document.itemId, document.heading, document.code, document.text])).toEqual([
      [null, '', '', 'Apologies were received from Mr Lee.'],
      ['i-safety', 'Road Safety Plan', 'B1', 'Ms Hill introduced the report on speed cameras.\nSpeed cameras on the A2.\nSigns near schools.\nRESOLVED that the plan be agreed.'],
      ['i-grants', 'Community Grants', 'B2', 'Mr Patel asked about grants for youth clubs.'],
    ]);
  });

  it('carries the minute numbers given out for good, and yields nothing from minutes it cannot read', () => {
    expect(minuteDocumentsOf({ ...march, minuteNumbers: { 'i-safety': 94 } }).map((document) => document.number)).toEqual([null, 94, null]);
    expect(minuteDocumentsOf({ ...march, editorState: '{not json' })).toEqual([]);
    expect(minuteDocumentsOf({ ...march, editorState: null })).toEqual([]);
  });
});

describe('the minute book index', () => {
  it('finds every minute holding all the words, grouped by meeting newest first, minutes in order, words marked', () => {
    const results = indexOf(march, july, cabinet).query('speed cameras', NO_FILTERS);
    expect(results.matchedMinutes).toBe(2);
    expect(results.meetings.map((found) => [found.meetingId, found.minutes.map((minute) => minute.itemId)])).toEqual([
      ['m-july', ['i-safety']],
      ['m-march', ['i-safety']],
    ]);
    const [first, second] = results.meetings[1]!.minutes[0]!.hits;
    expect(first!.paragraph).toBe(0);
    expect(first!.parts.filter((part) => part.match).map((part) => part.text)).toEqual(['speed', 'cameras']);
    expect(second!.paragraph).toBe(1);
  });

  it('matches a phrase only where its words come together in one paragraph', () => {
    const index = indexOf(march, july, cabinet);
    expect(index.query('"speed cameras"', NO_FILTERS).matchedMinutes).toBe(2);
    expect(index.query('"cameras speed"', NO_FILTERS).matchedMinutes).toBe(0);
    // "schools" ends one list item and "resolved" begins the next paragraph: not a phrase.
    expect(index.query('"schools resolved"', NO_FILTERS).matchedMinutes).toBe(0);
  });

  it('finds words as typed without case or accents, the last word by what it begins, and agenda titles', () => {
    const index = indexOf(march, july, cabinet);
    expect(index.query('SPEED', NO_FILTERS).matchedMinutes).toBe(3);
    expect(index.query('collis', NO_FILTERS).meetings.map((found) => found.meetingId)).toEqual(['m-july']);
    expect(index.query('collis ', NO_FILTERS).matchedMinutes).toBe(0);
    expect(index.query('youth grants community', NO_FILTERS).meetings.map((found) => found.meetingId)).toEqual(['m-march']);
    expect(index.query('patel', NO_FILTERS).meetings[0]!.minutes[0]!.itemId).toBe('i-grants');
    expect(index.query('apologies', NO_FILTERS).meetings[0]!.minutes[0]).toMatchObject({ itemId: null, heading: '' });
  });

  it('filters by committee and by a date range, both ends included', () => {
    const index = indexOf(march, july, cabinet);
    const ids = (filters: Parameters<MinuteBookIndex['query']>[1]) => index.query('speed', filters).meetings.map((found) => found.meetingId);
    expect(ids({ bodyId: 'b-cabinet', from: null, to: null })).toEqual(['m-cabinet']);
    expect(ids({ bodyId: 'b-kcsp', from: null, to: null })).toEqual(['m-july', 'm-march']);
    expect(ids({ bodyId: null, from: '2025-05-01', to: '2025-07-01' })).toEqual(['m-cabinet']);
    expect(ids({ bodyId: null, from: '2025-03-20', to: null })).toEqual(['m-july', 'm-cabinet']);
    expect(ids({ bodyId: 'b-kcsp', from: null, to: '2025-03-19' })).toEqual(['m-march']);
  });

  it('replaces a meeting whole when it is put again, and forgets one taken out', () => {
    const index = indexOf(march, july);
    index.putMeeting({ ...july, editorState: minutesJson({ 'i-safety': [['Nothing about roads.']] }), fingerprint: '2/2' });
    expect(index.query('collisions', NO_FILTERS).matchedMinutes).toBe(0);
    expect(index.query('roads', NO_FILTERS).meetings.map((found) => found.meetingId)).toEqual(['m-july']);
    expect(index.fingerprints().get('m-july')).toBe('2/2');
    index.removeMeeting('m-march');
    expect(index.query('cameras', NO_FILTERS).matchedMinutes).toBe(0);
    expect([...index.fingerprints().keys()]).toEqual(['m-july']);
  });

  it('shows at most the limit of minutes, saying how many matched', () => {
    const results = indexOf(march, july, cabinet).query('speed', NO_FILTERS, 2);
    expect(results).toMatchObject({ matchedMinutes: 3, shownMinutes: 2 });
    expect(results.meetings.flatMap((found) => found.minutes)).toHaveLength(2);
  });

  it('is saved as text and loads back the same, and a damaged or older text gives an empty index', () => {
    const saved = indexOf(march, july, cabinet).save();
    const loaded = MinuteBookIndex.load(saved);
    expect(loaded.query('"speed cameras"', NO_FILTERS)).toEqual(indexOf(march, july, cabinet).query('"speed cameras"', NO_FILTERS));
    expect(loaded.fingerprints()).toEqual(new Map([['m-march', '1/1'], ['m-july', '1/1'], ['m-cabinet', '1/1']]));
    expect(MinuteBookIndex.load('{"format":0}').meetingCount).toBe(0);
    expect(MinuteBookIndex.load('not json').meetingCount).toBe(0);
    expect(MinuteBookIndex.load(null).meetingCount).toBe(0);
  });
});
