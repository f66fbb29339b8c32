import { provisionalMinuteNumbers } from '../domain/minute-numbers';
import type { AgendaItem } from '../model/agenda';
import type { Body } from '../model/body';
import type { Meeting } from '../model/meeting';
import type { Person } from '../model/person';
import { houseStyleOf, type FirstMentionRule } from '../house-style/house-style';
import { DEFAULT_VOTE_WORDING, voteWordingOf, type VoteWording } from '../domain/votes';

/**
 * What the saved minutes point at but do not hold: the agenda their headings
 * come from, the roster their mentions name, and how minutes are numbered.
 * The editor JSON stores ids only, so a correction anywhere re-words the minutes.
 */
export interface MinutesFacts {
  agenda: readonly AgendaItem[];
  roster: readonly Person[];
  /** Agenda item id → minute number (given for good, or provisional for a draft). */
  minuteNumbers: ReadonlyMap<string, number>;
  headingStyle: Body['headingStyle'];
  /** Where people are named in full: first mention in each minute (absent: the county's default) or in the meeting. */
  firstMention?: FirstMentionRule;
  /** "Chairman" or "Chair", for names as the attendance lines print them (a recorded vote). */
  chairWord: Body['chairWord'];
  /** How the house style words a vote's result. */
  voteWording: VoteWording;
  /** Print each marked action's note after its paragraph ("Action: Mr Peerbux"); absent means yes. */
  actionNotes?: boolean;
}

/** The facts of a meeting's minutes: its agenda, its body's roster and numbering. */
export function minutesFacts(
  meeting: Pick<Meeting, 'agenda' | 'minuteNumbers'>,
  body: Pick<Body, 'lastMinuteNumber' | 'headingStyle' | 'chairWord' | 'houseStyle'>,
  roster: readonly Person[],
): MinutesFacts {
  const minuteNumbers = meeting.minuteNumbers
    ? new Map(Object.entries(meeting.minuteNumbers))
    : provisionalMinuteNumbers(meeting.agenda, body.lastMinuteNumber);
  const houseStyle = houseStyleOf(body.houseStyle);
  return { agenda: meeting.agenda, roster, minuteNumbers, headingStyle: body.headingStyle, chairWord: body.chairWord, voteWording: voteWordingOf(houseStyle), firstMention: houseStyle.firstMention };
}

/** No agenda and no roster: minutes typed before either existed. */
export const NO_FACTS: MinutesFacts = { agenda: [], roster: [], minuteNumbers: new Map(), headingStyle: 'minute-numbers', chairWord: 'Chairman', voteWording: DEFAULT_VOTE_WORDING };
