import { MAX_VOTE_COUNT, VOTE_CHOICES, type CastingVote, type Vote, type VoteChoice, type VotePlacing } from '../domain/votes';
import { ID_PATTERN } from '../model/primitives';
import { NodeType } from './editor-json';

/**
 * How a vote is saved in the minutes: the editor's vote node (renderer/src/editor/nodes/VoteNode) as Lexical
 * serializes it. Flat fields, so the meeting-file check can check each one; the sentence and names are not
 * stored, they are worded from the roster and the house style every time (as mentions are).
 */
export interface SerializedVoteNode {
  type: typeof NodeType.vote;
  version: 1;
  voteKind: Vote['kind'];
  /** A show of hands' counts (0 for a recorded vote, whose counts are its placings). */
  forCount: number;
  againstCount: number;
  abstainCount: number;
  /** A recorded vote's members and where each is placed, in the order placed (empty for a show of hands). */
  placings: VotePlacing[];
  castingVote: CastingVote;
}

/** The saved form of a vote. */
export function voteNodeJson(vote: Vote): SerializedVoteNode {
  const hands = vote.kind === 'show-of-hands';
  return {
    type: NodeType.vote,
    version: 1,
    voteKind: vote.kind,
    forCount: hands ? vote.forCount : 0,
    againstCount: hands ? vote.againstCount : 0,
    abstainCount: hands ? vote.abstainCount : 0,
    placings: hands ? [] : vote.placings.map((placing) => ({ personId: placing.personId, choice: placing.choice })),
    castingVote: vote.castingVote,
  };
}

const count = (value: unknown): number => (typeof value === 'number' && Number.isInteger(value) && value >= 0 ? value : 0);
const isChoice = (value: unknown): value is VoteChoice => (VOTE_CHOICES as readonly unknown[]).includes(value);

/** The vote a saved node holds (already checked by check-editor-state; anything odd reads as nothing). */
export function voteFromNode(node: Readonly<Record<string, unknown>>): Vote {
  const castingVote: CastingVote = node.castingVote === 'for' || node.castingVote === 'against' ? node.castingVote : null;
  if (node.voteKind === 'recorded') {
    const placings = Array.isArray(node.placings)
      ? node.placings.flatMap((entry: unknown) => {
          if (typeof entry !== 'object' || entry === null) return [];
          const { personId, choice } = entry as Record<string, unknown>;
          return typeof personId === 'string' && isChoice(choice) ? [{ personId, choice }] : [];
        })
      : [];
    return { kind: 'recorded', placings, castingVote };
  }
  return { kind: 'show-of-hands', forCount: count(node.forCount), againstCount: count(node.againstCount), abstainCount: count(node.abstainCount), castingVote };
}

/**
 * The meeting-file check's rule for a vote's placings: a list of at most MAX_VOTE_COUNT `{ personId, choice }`,
 * nothing else in them, each person once. Null when right; otherwise what it should be, in words.
 */
export function placingsProblem(value: unknown): string | null {
  const expected = `a list of at most ${MAX_VOTE_COUNT} members, each placed once as ${VOTE_CHOICES.join(', ')}`;
  if (!Array.isArray(value) || value.length > MAX_VOTE_COUNT) return expected;
  const seen = new Set<string>();
  for (const entry of value) {
    if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) return expected;
    const keys = Object.keys(entry);
    const { personId, choice } = entry as Record<string, unknown>;
    if (keys.length !== 2 || typeof personId !== 'string' || !ID_PATTERN.test(personId) || !isChoice(choice) || seen.has(personId)) return expected;
    seen.add(personId);
  }
  return null;
}
