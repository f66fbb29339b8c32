import { describe, expect, it } from 'vitest';
import { findDate, findTime, readMeetingSentence } from '../../../shared/import-docx/meeting-details';
import { meetingSentence } from '../../../shared/minutes/meeting-sentence';

describe('the meeting sentence', () => {
  it('gives back what the export printed: word, body, venue and date', () => {
    for (const details of [
      { documentWord: 'NOTES', bodyName: 'Kent Community Safety Partnership', venue: 'Darent Room, Sessions House, County Hall, Maidstone', date: '2015-03-19' },
      { documentWord: 'MINUTES', bodyName: 'Governance and Audit Committee', venue: 'Online', date: '2023-03-21' },
      { documentWord: 'MINUTES', bodyName: 'The Cabinet', venue: 'Council Chamber', date: '2024-02-29' },
    ] as const) {
      expect(readMeetingSentence(meetingSentence(details))).toEqual({ ...details, time: null });
    }
  });

  it('reads the sentence as councils write it', () => {
    expect(readMeetingSentence('Minutes of the meeting of the Planning Committee held at County Hall, Maidstone on 8th October 2015 at 10.00 am.')).toEqual({
      documentWord: 'MINUTES',
      bodyName: 'Planning Committee',
      venue: 'County Hall, Maidstone',
      date: '2015-10-08',
      time: { time: '10:00', style: '10.00 am' },
    });
    expect(readMeetingSentence('MINUTES of a virtual meeting of the Scrutiny Committee held remotely on Tuesday 2 June 2020 at 2:30pm')).toEqual({
      documentWord: 'MINUTES',
      bodyName: 'Scrutiny Committee',
      venue: 'Online',
      date: '2020-06-02',
      time: { time: '14:30', style: '10:00am' },
    });
    expect(readMeetingSentence('MINUTES of the Licensing Sub-Committee held on 19/03/2015 in Committee Room 2.')).toMatchObject({ bodyName: 'Licensing Sub-Committee', venue: 'Committee Room 2', date: '2015-03-19' });
  });

  it('is no sentence without the word or a date', () => {
    expect(readMeetingSentence('Notes were taken by the clerk.')).toBeNull();
    expect(readMeetingSentence('MINUTES of a meeting of the Cabinet.')).toBeNull();
  });
});

describe('dates and times', () => {
  it('reads British dates, with weekdays, ordinals, abbreviations and missing spaces, and refuses impossible ones', () => {
    expect(findDate('Thursday, 19 March 2015')?.iso).toBe('2015-03-19');
    expect(findDate('21st March 2023 at 10:00am')?.iso).toBe('2023-03-21');
    expect(findDate('Tuesday 8October 2019')?.iso).toBe('2019-10-08');
    expect(findDate('the 14th of Sept 2014')?.iso).toBe('2014-09-14');
    expect(findDate('March 19, 2015')?.iso).toBe('2015-03-19');
    expect(findDate('on 31 February 2015')).toBeNull();
  });

  it('reads times as councils write them, and the style they write them in', () => {
    expect(findTime('at 10.00 am')).toEqual({ time: '10:00', style: '10.00 am' });
    expect(findTime('at 10:00am')).toEqual({ time: '10:00', style: '10:00am' });
    expect(findTime('at 2pm')).toEqual({ time: '14:00', style: '10.00 am' });
    expect(findTime('at 12 noon')).toEqual({ time: '12:00', style: '10.00 am' });
    expect(findTime('starting at 18:30')).toEqual({ time: '18:30', style: '10:00am' });
    expect(findTime('£135k was saved in 2015')).toBeNull();
  });
});
