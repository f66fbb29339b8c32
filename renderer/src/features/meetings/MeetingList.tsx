import { formatShortDate } from '@shared/format/british-date';
import type { Meeting } from '@shared/model/meeting';
import type { ReactNode } from 'react';

interface MeetingListProps {
  meetings: Meeting[] | undefined;
  openMeetingId: string | null;
  onOpen: (id: string) => void;
  onNew: () => void;
}

/** The meetings on this computer, the latest first, with the one open marked. */
export function MeetingList({ meetings, openMeetingId, onOpen, onNew }: MeetingListProps): ReactNode {
  return (
    <nav className="meeting-list" aria-label="Meetings">
      <button type="button" className="primary new-meeting" onClick={onNew}>
        New meeting
      </button>
      {meetings === undefined ? (
        <p className="muted">Loading meetings…</p>
      ) : meetings.length === 0 ? (
        <p className="muted">No meetings yet.</p>
      ) : (
        <ul>
          {meetings.map((meeting) => (
            <li key={meeting.id}>
              <button
                type="button"
                className="meeting-link"
                aria-current={meeting.id === openMeetingId ? 'page' : undefined}
                onClick={() => onOpen(meeting.id)}
              >
                <span className="meeting-link-title">{meeting.title}</span>
                <span className="meeting-link-date">{formatShortDate(meeting.date)}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </nav>
  );
}
