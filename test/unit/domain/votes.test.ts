import { describe, expect, it } from 'vitest';
import type { Movement } from '../../../shared/model/attendance';
import type { Person } from '../../../shared/model/person';
import { DEFAULT_VOTE_WORDING, membersAtItem, recordedVoteLines, voteCarried, voteProblems, voteSentence, type Vote, type VoteSetting } from '../../../shared/domain/votes';

const person = (id: string, surname: string, extra: Partial<Person> = {}): Person => ({
  id, bodyId: 'b', retired: false, title: 'Mr', initials: '', surname, honours: '', role: '', organisation: '', kind: 'member', office: null, ...extra,
});
const roster = [person('p1', 'Hill', { office: 'chair' }), person('p2', 'Brazier'), person('p3', 'Cooke', { title: 'Ms' }), person('p4', 'Rivers'), person('o1', 'Peerbux', { kind: 'officer' })];
const agenda = ['i1', 'i2', 'i3'].map((id, index) => ({ id, code: `A${index + 1}`, title: `Item ${index + 1}`, part: 'unrestricted' as const }));
const moved = (personId: string, kind: Movement['kind'], itemId: string | null, time = '10:30'): Movement => ({ id: `m-${personId}-${kind}-${itemId}`, personId, kind, time, itemId });
const setting = (overrides: Partial<VoteSetting> = {}): VoteSetting => ({
  roster,
  attendance: { p1: 'present', p2: 'present', p3: 'present', p4: 'present', o1: 'in-attendance' },
  movements: [],
  agenda,
  itemTimes: {},
  itemId: 'i2',
  ...overrides,
});
const hands = (forCount: number, againstCount: number, abstainCount = 0): Vote => ({ kind: 'show-of-hands', forCount, againstCount, abstainCount, castingVote: null });
const ids = (people: readonly Person[]) => people.map((p) => p.id);

describe('membersAtItem', () => {
  it('counts the members present, never officers', () => {
    expect(ids(membersAtItem(setting()))).toEqual(['p1', 'p2', 'p3', 'p4']);
  });
  it('leaves out a member who left at an earlier item or at this one, but not one who left later', () => {
    expect(ids(membersAtItem(setting({ movements: [moved('p4', 'left', 'i1')] })))).toEqual(['p1', 'p2', 'p3']);
    expect(ids(membersAtItem(setting({ movements: [moved('p4', 'left', 'i2')] })))).toEqual(['p1', 'p2', 'p3']);
    expect(ids(membersAtItem(setting({ movements: [moved('p4', 'left', 'i3')] })))).toEqual(['p1', 'p2', 'p3', 'p4']);
  });
  it('leaves out a member who arrived after the item, and counts one who came back', () => {
    expect(ids(membersAtItem(setting({ movements: [moved('p3', 'arrived', 'i3')] })))).toEqual(['p1', 'p2', 'p4']);
    expect(ids(membersAtItem(setting({ movements: [moved('p3', 'left', 'i1', '10:00'), moved('p3', 'arrived', 'i1', '10:20')] })))).toEqual(['p1', 'p2', 'p3', 'p4']);
  });
  it('places a movement not tied to an item by the time the item was reached', () => {
    const movements = [moved('p2', 'left', null, '10:15')];
    expect(ids(membersAtItem(setting({ movements, itemTimes: { i2: '10:40' } })))).toEqual(['p1', 'p3', 'p4']);
    expect(ids(membersAtItem(setting({ movements, itemTimes: { i2: '10:00' } })))).toEqual(['p1', 'p2', 'p3', 'p4']);
  });
});

describe('voteProblems', () => {
  it('accepts counts within the members present', () => {
    expect(voteProblems(hands(3, 1), setting())).toEqual([]);
  });
  it('says plainly when more voted than were present', () => {
    expect(voteProblems(hands(3, 1, 1), setting())).toEqual(['5 votes and abstentions are counted, but only 4 members were present at this item.']);
    expect(voteProblems(hands(2, 1), setting({ movements: [moved('p4', 'left', 'i1'), moved('p3', 'left', 'i1')] }))).toEqual([
      '3 votes and abstentions are counted, but only 2 members were present at this item.',
    ]);
  });
  it('refuses no votes, broken counts and a tie without a casting vote', () => {
    expect(voteProblems(hands(0, 0), setting())).toContain('No votes are counted: enter how many voted for, against and abstained.');
    expect(voteProblems(hands(-1, 2), setting())).toContain('Each count must be a whole number, 0 or more.');
    expect(voteProblems(hands(2, 2), setting())).toEqual(['The votes are equal: say how the chair used the casting vote.']);
    expect(voteProblems({ ...hands(2, 2), castingVote: 'for' }, setting())).toEqual([]);
  });
  it('refuses a recorded vote from a member who had left, or someone not a member present', () => {
    const vote: Vote = { kind: 'recorded', castingVote: null, placings: [{ personId: 'p1', choice: 'for' }, { personId: 'p4', choice: 'against' }, { personId: 'o1', choice: 'for' }] };
    expect(voteProblems(vote, setting({ movements: [moved('p4', 'left', 'i1')] }))).toEqual([
      'Mr Rivers was not in the meeting at this item and cannot vote.',
      'Mr Peerbux is not a member present at this meeting and cannot vote.',
    ]);
  });
  it('lets a member who had left be listed as not voting', () => {
    const vote: Vote = { kind: 'recorded', castingVote: null, placings: [{ personId: 'p1', choice: 'for' }, { personId: 'p4', choice: 'did-not-vote' }] };
    expect(voteProblems(vote, setting({ movements: [moved('p4', 'left', 'i1')] }))).toEqual([]);
  });
});

describe('voteSentence', () => {
  it('words a show of hands with its counts', () => {
    expect(voteSentence(hands(7, 3, 1), DEFAULT_VOTE_WORDING)).toBe('On being put to the vote the motion was carried (for 7, against 3, abstention 1).');
    expect(voteSentence(hands(2, 5, 3), DEFAULT_VOTE_WORDING)).toBe('On being put to the vote the motion was lost (for 2, against 5, abstentions 3).');
    expect(voteSentence(hands(6, 0), DEFAULT_VOTE_WORDING)).toBe('On being put to the vote the motion was carried (for 6, against 0).');
  });
  it("follows the house style's words and leaves the counts out when asked", () => {
    expect(voteSentence(hands(4, 2), { carried: 'agreed', lost: 'not agreed', counts: false })).toBe('On being put to the vote the motion was agreed.');
  });
  it("names the chair's casting vote and never guesses a tied result", () => {
    expect(voteSentence({ ...hands(3, 3), castingVote: 'against' }, DEFAULT_VOTE_WORDING, 'Chair')).toBe("On being put to the vote the motion was lost on the Chair's casting vote (for 3, against 3).");
    expect(voteSentence(hands(3, 3), DEFAULT_VOTE_WORDING)).toBe('On being put to the vote the motion was [carried or lost] (for 3, against 3).');
    expect(voteCarried(hands(3, 3))).toBeNull();
  });
  it('adds up a recorded vote and lists each line in roster order', () => {
    const vote: Vote = {
      kind: 'recorded',
      castingVote: null,
      placings: [{ personId: 'p4', choice: 'for' }, { personId: 'p1', choice: 'for' }, { personId: 'p2', choice: 'abstain' }, { personId: 'p3', choice: 'did-not-vote' }],
    };
    expect(voteSentence(vote, DEFAULT_VOTE_WORDING)).toBe('On a recorded vote the motion was carried (for 2, against 0, abstention 1).');
    expect(recordedVoteLines(vote.placings, roster)).toEqual([
      { choice: 'for', label: 'For (2)', personIds: ['p1', 'p4'] },
      { choice: 'against', label: 'Against (0)', personIds: [] },
      { choice: 'abstain', label: 'Abstain (1)', personIds: ['p2'] },
    ]);
  });
});
