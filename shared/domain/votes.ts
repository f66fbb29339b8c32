import type { Attendance, Movement } from '../model/attendance';
import type { AgendaItem } from '../model/agenda';
import type { Person } from '../model/person';
import { valueFor } from '../model/id-keys';
import { laterMention } from './person-names';

/**
 * Votes in the minutes: a show of hands (counts only) or a recorded vote (how each member present voted).
 * The rules here are the only ones: who may vote at an item, what is wrong with a vote, whether the motion
 * was carried, and the sentence the minutes print. The editor, the meeting-file check and the export use them.
 */

/** Where a member is placed in a recorded vote. */
export const VOTE_CHOICES = ['for', 'against', 'abstain', 'did-not-vote'] as const;
export type VoteChoice = (typeof VOTE_CHOICES)[number];

/** How the chair broke a tie (most standing orders give the chair a second, casting vote). */
export type CastingVote = 'for' | 'against' | null;

/** A member placed in a recorded vote. */
export interface VotePlacing {
  personId: string;
  choice: VoteChoice;
}

export type Vote =
  | { kind: 'show-of-hands'; forCount: number; againstCount: number; abstainCount: number; castingVote: CastingVote }
  | { kind: 'recorded'; placings: readonly VotePlacing[]; castingVote: CastingVote };

/** The most votes a count may hold, and the most members a recorded vote may place: far beyond any council chamber. */
export const MAX_VOTE_COUNT = 1000;

/** The council's words for the outcome, from its house style. */
export interface VoteWording {
  /** "carried" (or "agreed"). */
  carried: string;
  /** "lost" (or "not carried"). */
  lost: string;
  /** Print the counts after the result: "(for 7, against 3, abstentions 1)". */
  counts: boolean;
}

export const DEFAULT_VOTE_WORDING: VoteWording = { carried: 'carried', lost: 'lost', counts: true };

export interface VoteTally {
  forCount: number;
  againstCount: number;
  abstainCount: number;
}

/** The counts of a vote: a show of hands gives them; a recorded vote adds up its placings. */
export function voteTally(vote: Vote): VoteTally {
  if (vote.kind === 'show-of-hands') return { forCount: vote.forCount, againstCount: vote.againstCount, abstainCount: vote.abstainCount };
  const count = (choice: VoteChoice) => vote.placings.filter((placing) => placing.choice === choice).length;
  return { forCount: count('for'), againstCount: count('against'), abstainCount: count('abstain') };
}

/** Carried when more voted for than against; on equal votes the chair's casting vote decides; null when it is still missing. */
export function voteCarried(vote: Vote): boolean | null {
  const tally = voteTally(vote);
  if (tally.forCount !== tally.againstCount) return tally.forCount > tally.againstCount;
  if (vote.castingVote === null) return null;
  return vote.castingVote === 'for';
}

/** The meeting facts a vote is checked against. */
export interface VoteSetting {
  roster: readonly Person[];
  attendance: Attendance;
  movements: readonly Movement[];
  agenda: readonly AgendaItem[];
  /** When the meeting reached each item ("10.42"), for movements not tied to an item. */
  itemTimes: Readonly<Record<string, string>>;
  /** The item the vote is taken at; null outside any minute. */
  itemId: string | null;
}

/**
 * The members who can vote at the item, in roster order: members listed as present, less those who had left (or
 * not yet arrived) by the time of the vote. A movement minuted at the item itself counts as before the vote, which
 * is taken at the end of the discussion; a movement not tied to an item counts when its time is before the item's.
 */
export function membersAtItem(setting: VoteSetting): Person[] {
  const order = new Map(setting.agenda.map((item, index) => [item.id, index]));
  const voteAt = setting.itemId === null ? undefined : order.get(setting.itemId);
  const itemTime = setting.itemId === null ? undefined : valueFor(setting.itemTimes, setting.itemId);
  const movementsOf = new Map<string, Movement[]>();
  for (const movement of setting.movements) movementsOf.set(movement.personId, [...(movementsOf.get(movement.personId) ?? []), movement]);

  const beforeVote = (movement: Movement): boolean => {
    if (movement.itemId !== null) {
      const at = order.get(movement.itemId);
      return at !== undefined && voteAt !== undefined && at <= voteAt;
    }
    return itemTime !== undefined && movement.time < itemTime;
  };
  const position = (movement: Movement): number => (movement.itemId === null ? -1 : (order.get(movement.itemId) ?? -1));

  return setting.roster.filter((person) => {
    if (person.kind !== 'member' || valueFor(setting.attendance, person.id) !== 'present') return false;
    const own = [...(movementsOf.get(person.id) ?? [])].sort((a, b) => position(a) - position(b) || a.time.localeCompare(b.time));
    // Someone whose first movement is arriving was not there at the start.
    let here = own[0]?.kind !== 'arrived';
    for (const movement of own) if (beforeVote(movement)) here = movement.kind === 'arrived';
    return here;
  });
}

/** What is wrong with a vote, in plain sentences; empty when it can be minuted. */
export function voteProblems(vote: Vote, setting: VoteSetting): string[] {
  const problems: string[] = [];
  const present = membersAtItem(setting);
  const presentIds = new Set(present.map((person) => person.id));
  const people = new Map(setting.roster.map((person) => [person.id, person]));
  const nameOf = (id: string) => {
    const person = people.get(id);
    return person ? laterMention(person) : 'Someone no longer on the roster';
  };

  if (vote.kind === 'show-of-hands') {
    const counts = [vote.forCount, vote.againstCount, vote.abstainCount];
    if (counts.some((count) => !Number.isInteger(count) || count < 0)) problems.push('Each count must be a whole number, 0 or more.');
    const cast = counts.reduce((sum, count) => sum + count, 0);
    if (cast === 0) problems.push('No votes are counted: enter how many voted for, against and abstained.');
    if (cast > present.length) {
      problems.push(`${cast} ${cast === 1 ? 'vote is' : 'votes and abstentions are'} counted, but only ${present.length} ${present.length === 1 ? 'member was' : 'members were'} present at this item.`);
    }
  } else {
    const seen = new Set<string>();
    for (const placing of vote.placings) {
      if (seen.has(placing.personId)) problems.push(`${nameOf(placing.personId)} is placed twice.`);
      seen.add(placing.personId);
      if (presentIds.has(placing.personId) || placing.choice === 'did-not-vote') continue;
      const person = people.get(placing.personId);
      const listed = person !== undefined && valueFor(setting.attendance, person.id) === 'present' && person.kind === 'member';
      problems.push(listed ? `${nameOf(placing.personId)} was not in the meeting at this item and cannot vote.` : `${nameOf(placing.personId)} is not a member present at this meeting and cannot vote.`);
    }
    const tally = voteTally(vote);
    if (tally.forCount + tally.againstCount + tally.abstainCount === 0) problems.push('Nobody is placed for, against or abstaining.');
  }
  const tally = voteTally(vote);
  if (tally.forCount === tally.againstCount && tally.forCount > 0 && vote.castingVote === null) {
    problems.push('The votes are equal: say how the chair used the casting vote.');
  }
  return problems;
}

/** "(for 7, against 3, abstentions 1)"; abstentions are left out when there were none. */
function countsText(tally: VoteTally): string {
  const parts = [`for ${tally.forCount}`, `against ${tally.againstCount}`];
  if (tally.abstainCount > 0) parts.push(`${tally.abstainCount === 1 ? 'abstention' : 'abstentions'} ${tally.abstainCount}`);
  return `(${parts.join(', ')})`;
}

/**
 * The result as the minutes print it: "On being put to the vote the motion was carried (for 7, against 3,
 * abstentions 1)." A recorded vote says so: "On a recorded vote the motion was lost." Equal votes name the
 * chair's casting vote. Blanks stand where the result is not yet known, so the draft never states a wrong one.
 */
export function voteSentence(vote: Vote, wording: VoteWording, chairWord = 'Chairman'): string {
  const carried = voteCarried(vote);
  const opening = vote.kind === 'recorded' ? 'On a recorded vote' : 'On being put to the vote';
  const result = carried === null ? '[carried or lost]' : carried ? wording.carried : wording.lost;
  const tally = voteTally(vote);
  const casting = tally.forCount === tally.againstCount && vote.castingVote !== null ? ` on the ${chairWord}'s casting vote` : '';
  const counts = wording.counts ? ` ${countsText(tally)}` : '';
  return `${opening} the motion was ${result}${casting}${counts}.`;
}

/** One line of a recorded vote as printed: "For (8)" and the names, in roster order. */
export interface VoteLine {
  choice: Exclude<VoteChoice, 'did-not-vote'>;
  /** "For (8)", "Against (2)", "Abstain (1)". */
  label: string;
  personIds: string[];
}

const LINE_LABELS: Record<VoteLine['choice'], string> = { for: 'For', against: 'Against', abstain: 'Abstain' };

/** The For, Against and Abstain lines of a recorded vote (every line kept, "Against (0)" included, so the record is whole). */
export function recordedVoteLines(placings: readonly VotePlacing[], roster: readonly Person[]): VoteLine[] {
  const rank = new Map(roster.map((person, index) => [person.id, index]));
  const byRoster = (a: string, b: string) => (rank.get(a) ?? Infinity) - (rank.get(b) ?? Infinity);
  return (['for', 'against', 'abstain'] as const).map((choice) => {
    const personIds = placings.filter((placing) => placing.choice === choice).map((placing) => placing.personId).sort(byRoster);
    return { choice, label: `${LINE_LABELS[choice]} (${personIds.length})`, personIds };
  });
}

/** The vote wording of a house style (the settings "voteCarried", "voteLost" and "voteCounts"). */
export function voteWordingOf(style: { voteCarried: string; voteLost: string; voteCounts: boolean }): VoteWording {
  return { carried: style.voteCarried, lost: style.voteLost, counts: style.voteCounts };
}
