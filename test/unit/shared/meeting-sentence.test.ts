import { describe, expect, it } from 'vitest';
import { meetingSentence, type MeetingSentenceDetails } from '../../../shared/minutes/meeting-sentence';
import { MARCH_2015_HEADING } from '../../fixtures/meetings';

const kcsp: MeetingSentenceDetails = MARCH_2015_HEADING;

describe('meetingSentence', () => {
  it('writes the sentence of the 19 March 2015 notes exactly', () => {
    expect(meetingSentence(kcsp)).toBe(
      'NOTES of a meeting of the Kent Community Safety Partnership held in the Darent Room, Sessions House, County Hall, Maidstone on Thursday, 19 March 2015.',
    );
  });

  it('uses MINUTES for a formal committee', () => {
    expect(meetingSentence({ ...kcsp, documentWord: 'MINUTES', bodyName: 'Scrutiny Committee', venue: 'Council Chamber' })).toBe(
      'MINUTES of a meeting of the Scrutiny Committee held in the Council Chamber on Thursday, 19 March 2015.',
    );
  });

  it('leaves out "held in" when there is no venue', () => {
    expect(meetingSentence({ ...kcsp, venue: '' })).toBe(
      'NOTES of a meeting of the Kent Community Safety Partnership held on Thursday, 19 March 2015.',
    );
    expect(meetingSentence({ ...kcsp, venue: '   ' })).toBe(
      'NOTES of a meeting of the Kent Community Safety Partnership held on Thursday, 19 March 2015.',
    );
  });

  it('says "held Online" for an online meeting, however it was typed', () => {
    for (const venue of ['Online', 'online', ' ONLINE ']) {
      expect(meetingSentence({ ...kcsp, venue, date: '2023-03-21' })).toBe(
        'NOTES of a meeting of the Kent Community Safety Partnership held Online on Tuesday, 21 March 2023.',
      );
    }
  });

  it('does not double "the" before a venue that has one', () => {
    expect(meetingSentence({ ...kcsp, venue: 'The Council Chamber, Sessions House, County Hall, Maidstone' })).toBe(
      'NOTES of a meeting of the Kent Community Safety Partnership held in The Council Chamber, Sessions House, County Hall, Maidstone on Thursday, 19 March 2015.',
    );
    expect(meetingSentence({ ...kcsp, venue: 'the Darent Room' })).toBe(
      'NOTES of a meeting of the Kent Community Safety Partnership held in the Darent Room on Thursday, 19 March 2015.',
    );
  });

  it('does not add "the" to a venue that merely begins with the letters t-h-e', () => {
    expect(meetingSentence({ ...kcsp, venue: 'Theatre Royal, Margate' })).toBe(
      'NOTES of a meeting of the Kent Community Safety Partnership held in the Theatre Royal, Margate on Thursday, 19 March 2015.',
    );
  });

  it('does not double "the" before a body whose name has one', () => {
    expect(meetingSentence({ ...kcsp, documentWord: 'MINUTES', bodyName: 'The Cabinet', venue: 'Online' })).toBe(
      'MINUTES of a meeting of The Cabinet held Online on Thursday, 19 March 2015.',
    );
    expect(meetingSentence({ ...kcsp, bodyName: 'Thanet Community Safety Partnership', venue: '' })).toBe(
      'NOTES of a meeting of the Thanet Community Safety Partnership held on Thursday, 19 March 2015.',
    );
  });

  it('drops a full stop typed at the end of the venue rather than print ". on"', () => {
    expect(meetingSentence({ ...kcsp, venue: 'Darent Room, Maidstone.' })).toBe(
      'NOTES of a meeting of the Kent Community Safety Partnership held in the Darent Room, Maidstone on Thursday, 19 March 2015.',
    );
  });
});
