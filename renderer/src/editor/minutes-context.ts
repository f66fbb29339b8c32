import type { Body } from '@shared/model/body';
import type { Meeting } from '@shared/model/meeting';
import type { Person } from '@shared/model/person';
import { createContext, useContext, useRef } from 'react';

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

/**
 * Everything the minutes' derived text depends on; `updatedAt` changes on every autosave and is left out, and so
 * are the dismissed house-style findings (the check reads them through the port; no heading shows them).
 */
function contentKey(value: MinutesContextValue): string {
  const { updatedAt: _meetingSaved, dismissedFindings: _dismissed, ...meeting } = value.meeting;
  const { updatedAt: _bodySaved, ...body } = value.body;
  return JSON.stringify([meeting, body, value.roster]);
}

/**
 * Returns the previous context object while nothing the minutes show has changed.
 * The meeting row is re-read after every autosave (its updatedAt moves); without
 * this, every heading and mention would re-render several times a second while
 * the officer types.
 */
export function useStableMinutesContext(value: MinutesContextValue): MinutesContextValue {
  const last = useRef<{ key: string; value: MinutesContextValue } | null>(null);
  const key = contentKey(value);
  if (!last.current || last.current.key !== key) last.current = { key, value };
  return last.current.value;
}
