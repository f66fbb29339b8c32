import { laterMention } from '../domain/person-names';
import type { Attendance } from '../model/attendance';
import type { Person } from '../model/person';
import type { PredictionPerson } from './predictor';

/** Roles of those at the meeting, who are likelier to be named. */
const AT_THE_MEETING = new Set(['present', 'also-present', 'in-attendance']);

/**
 * The roster as prediction sees it: each person still serving, by the name a later mention prints (what the
 * officer starts typing), whether they are at this meeting, and the words of their role and organisation, which the
 * minutes use as words too ("the Community Safety Team", "Kent Police").
 */
export function predictionPeople(roster: readonly Person[], attendance: Attendance): PredictionPerson[] {
  return roster
    .filter((person) => !person.retired)
    .map((person) => ({
      id: person.id,
      name: laterMention(person),
      present: AT_THE_MEETING.has(attendance[person.id] ?? ''),
      words: [person.role, person.organisation].filter((part) => part.trim() !== '').join(', '),
    }));
}
