import { isEditable } from '@shared/domain/editable';
import { formatClockTime, formatMinutesDate } from '@shared/format/british-date';
import type { Body } from '@shared/model/body';
import type { Meeting } from '@shared/model/meeting';
import { useState, type ReactNode } from 'react';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { Modal } from '../../ui/Modal';
import { FinaliseNumbers } from './FinaliseNumbers';
import { MeetingForm } from './MeetingForm';
import type { MeetingFormValues } from './meeting-form-values';

interface MeetingHeaderProps {
  meeting: Meeting;
  /** The meeting's committee or partnership. */
  body: Body;
  /** Every body, for moving the meeting to another. */
  bodies: Body[];
  onRename: (title: string) => Promise<void>;
  onChangeDetails: (values: MeetingFormValues) => Promise<void>;
  onDelete: () => Promise<void>;
  /** Opens the body's settings and roster. */
  onOpenBody?: () => void;
  /** Where the minutes stand (draft, circulated, approved, signed), shown under the facts. */
  status?: ReactNode;
  /** The next step of the minutes (Circulate…, Mark approved…, Sign…, Correct the signed minutes…). */
  statusControls?: ReactNode;
  /** The save indicator and export control, placed on the header's right. */
  children: ReactNode;
}

/** The open meeting's name and details, with rename, edit and delete. */
export function MeetingHeader({ meeting, body, bodies, onRename, onChangeDetails, onDelete, onOpenBody, status, statusControls, children }: MeetingHeaderProps): ReactNode {
  // Signed minutes are the record: their name, details and existence no longer change (see the notice in the tabs).
  const canChangeDetails = isEditable(meeting, 'details');
  const canDelete = isEditable(meeting, 'deletion');
  const [renaming, setRenaming] = useState(false);
  const [editing, setEditing] = useState(false);
  const [confirmingDelete, setConfirmingDelete] = useState(false);
  const [draftTitle, setDraftTitle] = useState(meeting.title);

  const finishRename = async (save: boolean) => {
    const title = draftTitle.trim();
    if (save && title && title !== meeting.title) await onRename(title);
    setRenaming(false);
  };

  return (
    <header className="meeting-header">
      <div className="meeting-heading">
        {renaming ? (
          <input
            className="rename-input"
            aria-label="Meeting name"
            value={draftTitle}
            autoFocus
            onChange={(e) => setDraftTitle(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === 'Enter') void finishRename(true);
              if (e.key === 'Escape') void finishRename(false);
            }}
            onBlur={() => void finishRename(true)}
          />
        ) : (
          <h1>{meeting.title}</h1>
        )}
        <p className="meeting-facts">
          {body.name} · {formatMinutesDate(meeting.date)}
          {meeting.startTime ? ` · ${formatClockTime(meeting.startTime)}` : ''}
          {meeting.venue ? ` · ${meeting.venue}` : ''}
        </p>
        {status}
        <div className="meeting-actions">
          {canChangeDetails ? (
            <>
              <button
                type="button"
                onClick={() => {
                  setDraftTitle(meeting.title);
                  setRenaming(true);
                }}
              >
                Rename
              </button>
              <button type="button" onClick={() => setEditing(true)}>
                Edit details
              </button>
            </>
          ) : null}
          {onOpenBody ? (
            <button type="button" onClick={onOpenBody} title="Settings and roster of this committee or partnership">
              Committee settings
            </button>
          ) : null}
          <FinaliseNumbers meeting={meeting} body={body} />
          {statusControls}
          {canDelete ? (
            <button type="button" className="quiet-danger" onClick={() => setConfirmingDelete(true)}>
              Delete meeting…
            </button>
          ) : null}
        </div>
      </div>
      <div className="meeting-status">{children}</div>

      {editing ? (
        <Modal title="Meeting details" onClose={() => setEditing(false)}>
          <MeetingForm
            initial={{ ...meeting, bodyName: body.name, documentWord: body.documentWord }}
            bodies={bodies}
            submitLabel="Save details"
            onCancel={() => setEditing(false)}
            onSubmit={async (details) => {
              await onChangeDetails(details);
              setEditing(false);
            }}
          />
        </Modal>
      ) : null}

      {confirmingDelete ? (
        <ConfirmDialog
          title={`Delete “${meeting.title}”?`}
          confirmLabel="Delete meeting"
          danger
          onCancel={() => setConfirmingDelete(false)}
          onConfirm={() => {
            setConfirmingDelete(false);
            void onDelete();
          }}
        >
          <p>The meeting and all its minutes will be removed from this computer. This cannot be undone.</p>
        </ConfirmDialog>
      ) : null}
    </header>
  );
}
