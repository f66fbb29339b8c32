import { apologiesSentence, attendanceLines, attendanceParagraphs } from '@shared/domain/attendance-lines';
import { minutesHeading } from '@shared/model/minutes-heading';
import { meetingSentence } from '@shared/minutes/meeting-sentence';
import type { ReactNode } from 'react';
import { useMinutesContext } from '../minutes-context';

/**
 * The opening of the minutes, generated from the meeting and kept live: council
 * and body, the NOTES/MINUTES sentence, and the attendance lines. Not typed, so it
 * cannot drift from the attendance the officer ticks.
 */
export function FrontMatter(): ReactNode {
  const { meeting, body, roster } = useMinutesContext();
  const heading = minutesHeading(body, meeting);
  const apologies = apologiesSentence(attendanceLines(meeting.attendance, roster, body.chairWord).apologies);
  return (
    <header className="front-matter" aria-label="Heading of the minutes">
      <p className="front-matter-council">{heading.councilName.toLocaleUpperCase('en-GB')}</p>
      <p className="front-matter-body">{heading.bodyName.toLocaleUpperCase('en-GB')}</p>
      <p>{meetingSentence(heading)}</p>
      {attendanceParagraphs(meeting.attendance, roster, body.chairWord).map((paragraph) => (
        <p key={paragraph.label} className="front-matter-attendance">
          <strong>{paragraph.label}</strong> {paragraph.names}
        </p>
      ))}
      {apologies ? <p className="front-matter-apologies">{apologies}</p> : null}
    </header>
  );
}
