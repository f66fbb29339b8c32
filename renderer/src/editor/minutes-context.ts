import type { Body } from '@shared/model/body';
import type { Meeting } from '@shared/model/meeting';
import type { Person } from '@shared/model/person';
import { createContext, useContext } from 'react';

/**
 * The live facts the minutes are written about: the meeting (agenda,
 * attendance, times), its body (house style, last minute number) and the
 * roster. Nodes that show derived text (minute headings, mentions, front
 * matter) read it from here, so they follow every correction at once.
 */
export interface MinutesContextValue {
  meeting: Meeting;
  body: Body;
  roster: Person[];
}

export const MinutesContext = createContext<MinutesContextValue | null>(null);

/** The meeting, body and roster of the minutes being edited. */
export function useMinutesContext(): MinutesContextValue {
  const value = useContext(MinutesContext);
  if (!value) throw new Error('useMinutesContext must be used inside the minutes editor');
  return value;
}
