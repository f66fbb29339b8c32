import type { Meeting } from '@shared/model/meeting';
import type { Person } from '@shared/model/person';
import { useState, type ReactNode } from 'react';
import type { MeetingChanges } from '../../db/meetings-repository';
import { markCommitteePresent, someMemberNotRecorded, unmarkPresent } from './attendance-edits';

interface MarkCommitteePresentProps {
  meeting: Meeting;
  roster: readonly Person[];
  /** Saves a change worked out from the meeting as stored; resolves false when it failed. */
  change: (recipe: (current: Meeting) => MeetingChanges) => Promise<boolean>;
}

/**
 * One press instead of one per member: every member not yet recorded goes on the PRESENT line, then the officer
 * corrects individuals. Marks already made are kept, and the press can be undone while its note shows.
 */
export function MarkCommitteePresent({ meeting, roster, change }: MarkCommitteePresentProps): ReactNode {
  const [lastMarked, setLastMarked] = useState<string[] | null>(null);

  const markAll = async () => {
    let marked: string[] = [];
    const saved = await change((current) => {
      const result = markCommitteePresent(current.attendance, roster);
      marked = result.marked;
      return { attendance: result.attendance };
    });
    if (saved) setLastMarked(marked);
  };

  const undo = async () => {
    const marked = lastMarked ?? [];
    if (await change((current) => ({ attendance: unmarkPresent(current.attendance, marked) }))) setLastMarked(null);
  };

  return (
    <div className="mark-present">
      <button type="button" disabled={!someMemberNotRecorded(meeting.attendance, roster)} onClick={() => void markAll()}>
        Mark everyone on the committee present
      </button>
      {lastMarked ? (
        <p className="field-hint" role="status">
          {lastMarked.length === 1 ? '1 member' : `${lastMarked.length} members`} marked present; correct anyone who is not.{' '}
          <button type="button" className="small" onClick={() => void undo()}>
            Undo
          </button>
        </p>
      ) : (
        <p className="field-hint">Members not yet recorded go on the PRESENT line; apologies and other marks already made are kept.</p>
      )}
    </div>
  );
}
