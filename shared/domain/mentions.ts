import type { Person } from '../model/person';
import { UNKNOWN_PERSON, firstMention, laterMention } from './person-names';

/**
 * How each mention of a person in one minute is written, in document order: in full with role the first time
 * ("Mr Peerbux (Head of Community Safety, Public Protection, KCC)"), "Mr Peerbux" after that.
 * Call once per minute item: every minute introduces its people afresh.
 * An id not on the roster gives "[unknown person]" so a damaged draft still renders.
 */
export function mentionTexts(personIdsInOrder: readonly string[], roster: ReadonlyMap<string, Person>): string[] {
  const seen = new Set<string>();
  return personIdsInOrder.map((id) => {
    const person = roster.get(id);
    if (person === undefined) return UNKNOWN_PERSON;
    if (seen.has(id)) return laterMention(person);
    seen.add(id);
    return firstMention(person);
  });
}
