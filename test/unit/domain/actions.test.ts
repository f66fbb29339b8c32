import { describe, expect, it } from 'vitest';
import { actionNote, actionShapeOf, actionStatusOf, minuteReference, sentenceAt, sentencesOf, withActionStatus, ActionStatusesSchema } from '../../../shared/domain/actions';

/** The shapes of action offered for marking, the sentences they are looked for in, and how an action prints. */

describe('actionShapeOf', () => {
  it.each([
    ['Mr Peerbux agreed to report back to the Partnership at the appropriate time.', 'agreed to'],
    ['The presentation slides would be circulated in due course.', 'would circulate'],
    ['Ms Cooke undertook to write to the Home Office about the funding gap.', 'undertook to'],
    ['Officers to report back to the next meeting.', 'to report back'],
    ['The Clerk would circulate the revised terms of reference.', 'would circulate'],
    ['Mr Adams offered to arrange a visit to the control room.', 'undertook to'],
    ['The Head of Service was asked to provide figures by ward.', 'was asked to'],
    ['A copy of the report is to be circulated to all Members.', 'to report back'],
    ['Action: Mr Hill to contact the Police and Crime Commissioner.', 'Action:'],
    ['It was agreed to seek the views of the district councils.', 'agreed to'],
    ['Members were invited to feed back on the draft action plan.', 'was asked to'],
    ['The Partnership would be updated on progress.', 'would circulate'],
  ])('offers “%s” as “%s”', (sentence, shape) => {
    expect(actionShapeOf(sentence)).toBe(shape);
  });

  it.each([
    'The Committee agreed to note the report.',
    'Members agreed that the item be deferred.',
    'Mr Hill thanked officers for the report.',
    'The update would be welcome.',
    'Ms Martin asked whether the figures included Medway.',
    'The Partnership noted the consultation responses.',
    'It was agreed to the recommendation.',
    'At the time the service was invited to join, it was unable to commit.',
    'Kent Police were committed to working with partner agencies.',
    'Crimestoppers could supply materials and raise awareness.',
    'Officers explained how the work would be progressed.',
  ])('does not offer “%s”', (sentence) => {
    expect(actionShapeOf(sentence)).toBeNull();
  });
});

describe('sentencesOf', () => {
  it('ends a sentence at a full stop before a capital, not at abbreviations and numbers inside one', () => {
    const text = 'Mr Hill opened the meeting. The figures, e.g. for 2014, were noted. Item No. 5 was taken next';
    expect(sentencesOf(text).map((range) => text.slice(range.start, range.end))).toEqual([
      'Mr Hill opened the meeting.',
      'The figures, e.g. for 2014, were noted.',
      'Item No. 5 was taken next',
    ]);
  });

  it('finds the sentence at a caret, and the one before it at a space between two', () => {
    const text = 'First one. Second one.';
    expect(sentenceAt(text, 14)).toEqual({ start: 11, end: 22 });
    expect(sentenceAt(text, 10)).toEqual({ start: 0, end: 10 });
    expect(sentenceAt('', 0)).toBeNull();
  });
});

describe('how an action prints and stands', () => {
  it('writes the note with the owner and the date in the house format', () => {
    expect(actionNote('Mr Peerbux', '2027-04-30')).toBe('Action: Mr Peerbux by Friday, 30 April 2027');
    expect(actionNote('Mr Peerbux', null)).toBe('Action: Mr Peerbux');
    expect(actionNote(null, '2027-04-30')).toBe('Action: by Friday, 30 April 2027');
    expect(actionNote(null, null)).toBe('Action');
  });

  it('refers to a minute by the meeting date and its number or agenda code', () => {
    expect(minuteReference('2015-03-19', '94.')).toBe('19 March 2015, Minute 94');
    expect(minuteReference('2023-03-21', 'B1')).toBe('21 March 2023, B1');
    expect(minuteReference('2023-03-21', '')).toBe('21 March 2023');
  });

  it('keeps a status only once changed from open, one per action', () => {
    const done = withActionStatus(undefined, 'a-1', 'done', 5);
    expect(done).toEqual([{ actionId: 'a-1', status: 'done', changedAt: 5 }]);
    expect(actionStatusOf('a-1', done)).toBe('done');
    expect(actionStatusOf('a-2', done)).toBe('open');
    expect(withActionStatus(done, 'a-1', 'open', 6)).toEqual([]);
    expect(withActionStatus(done, 'a-1', 'dropped', 7)).toEqual([{ actionId: 'a-1', status: 'dropped', changedAt: 7 }]);
    expect(ActionStatusesSchema.safeParse([...done, ...done]).success).toBe(false);
    expect(ActionStatusesSchema.safeParse([{ actionId: 'a-1', status: 'closed', changedAt: 5 }]).success).toBe(false);
  });
});
