import { hasExemptItems, type MeetingExportInput, type MinutesExportOptions } from '@shared/export/export-options';
import { numbersStillProvisional } from '@shared/domain/minute-numbers';
import type { Body } from '@shared/model/body';
import type { Meeting } from '@shared/model/meeting';
import type { Person } from '@shared/model/person';
import { unfilledBlanks } from '@shared/minutes/unfilled-blanks';
import { useId, useState, type ReactNode } from 'react';
import { useAppServices } from '../../app-context';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { Modal } from '../../ui/Modal';
import { describeError } from '../../ui/plain-errors';
import { describeSaveResult, exportMinutes, saveMeetingFile } from './export-minutes';

interface ExportControlsProps {
  meeting: Meeting;
  body: Body;
  roster: readonly Person[];
  /** Saves, then returns the minutes' editor state as they stand. */
  currentMinutes: () => Promise<unknown>;
}

interface Message {
  text: string;
  failed: boolean;
}

/**
 * "Export to Word…" (draft or final; public and full copies when there was Part 2
 * business; a warning for blanks still unfilled) and "Save meeting file…".
 */
export function ExportControls({ meeting, body, roster, currentMinutes }: ExportControlsProps): ReactNode {
  const { host, templates, revisions, actions } = useAppServices();
  const [choosing, setChoosing] = useState<{ input: MeetingExportInput; blanks: string[] } | null>(null);
  /** A Final copy asked for while the minute numbers are still provisional: finalise first, or export anyway. */
  const [askingNumbers, setAskingNumbers] = useState<{ input: MeetingExportInput; copies: MinutesExportOptions[] } | null>(null);
  const [busy, setBusy] = useState(false);
  const [messages, setMessages] = useState<Message[]>([]);

  const gather = async (): Promise<MeetingExportInput> => ({ meeting, body, roster, editorState: await currentMinutes() });

  const run = async (work: () => Promise<Message[]>) => {
    setBusy(true);
    setMessages([]);
    try {
      setMessages(await work());
    } catch (error) {
      setMessages([{ text: `Nothing was saved: ${describeError(error)}`, failed: true }]);
    } finally {
      setBusy(false);
    }
  };

  // The committee's action log: its open actions from earlier meetings print as "Matters arising".
  const exportedMessages = async (input: MeetingExportInput, copies: MinutesExportOptions[]): Promise<Message[]> =>
    (await exportMinutes(host, input, copies, (await actions.log(input.meeting.bodyId)).entries)).map((result) => ({ text: describeSaveResult(result, host.kind), failed: result.status === 'failed' }));
  const exportCopies = (input: MeetingExportInput, copies: MinutesExportOptions[]) => void run(() => exportedMessages(input, copies));

  return (
    <div className="export">
      <div className="export-buttons">
        <button
          type="button"
          className="primary"
          disabled={busy}
          onClick={() =>
            void run(async () => {
              const input = await gather();
              setChoosing({ input, blanks: unfilledBlanks(input.editorState) });
              return [];
            })
          }
        >
          {busy ? 'Exporting…' : 'Export to Word…'}
        </button>
        <button
          type="button"
          disabled={busy}
          onClick={() =>
            void run(async () => {
              const result = await saveMeetingFile(host, await gather(), await templates.listTemplates(body.id));
              return [{ text: describeSaveResult(result, host.kind, 'Meeting file'), failed: result.status === 'failed' }];
            })
          }
        >
          Save meeting file…
        </button>
      </div>
      {messages.map((message) => (
        <p key={message.text} className={message.failed ? 'export-message failed' : 'export-message'} role={message.failed ? 'alert' : 'status'}>
          {message.text}
        </p>
      ))}
      {choosing ? (
        <ExportDialog
          meeting={meeting}
          blanks={choosing.blanks}
          onCancel={() => setChoosing(null)}
          onExport={(copies) => {
            const input = choosing.input;
            setChoosing(null);
            const final = copies.some((copy) => !copy.draft);
            // Only a draft can be finalised here; minutes already circulated keep what they have.
            if (final && input.meeting.status === 'draft' && numbersStillProvisional(input.meeting, body.headingStyle)) setAskingNumbers({ input, copies });
            else exportCopies(input, copies);
          }}
        />
      ) : null}
      {askingNumbers ? (
        <ConfirmDialog
          title="The minute numbers are still provisional"
          confirmLabel="Finalise numbers now"
          onCancel={() => setAskingNumbers(null)}
          alternative={{
            label: 'Export anyway',
            onChoose: () => {
              setAskingNumbers(null);
              exportCopies(askingNumbers.input, askingNumbers.copies);
            },
          }}
          onConfirm={() => {
            const { input, copies } = askingNumbers;
            setAskingNumbers(null);
            // Finalising circulates the minutes (one status change, with its revision); the copy then prints the numbers given out.
            void run(async () => exportedMessages({ ...input, meeting: await revisions.changeStatus(input.meeting.id, 'circulated') }, copies));
          }}
        >
          <p>
            This Final copy would print minutes {body.lastMinuteNumber + 1}–{body.lastMinuteNumber + askingNumbers.input.meeting.agenda.length} with
            numbers not yet given out for good, which the {body.name}’s next meeting could take too. Finalising gives them out now (and circulates
            the minutes); numbers given out cannot be taken back.
          </p>
        </ConfirmDialog>
      ) : null}
    </div>
  );
}

function ExportDialog({
  meeting,
  blanks,
  onExport,
  onCancel,
}: {
  meeting: Meeting;
  blanks: string[];
  onExport: (copies: MinutesExportOptions[]) => void;
  onCancel: () => void;
}): ReactNode {
  const id = useId();
  const exempt = hasExemptItems(meeting);
  const [draft, setDraft] = useState(meeting.status === 'draft');
  const [publicCopy, setPublicCopy] = useState(true);
  const [fullCopy, setFullCopy] = useState(true);
  const copies: MinutesExportOptions[] = exempt
    ? [...(publicCopy ? [{ version: 'public' as const, draft }] : []), ...(fullCopy ? [{ version: 'full' as const, draft }] : [])]
    : [{ version: 'full', draft }];

  return (
    <Modal title="Export to Word" onClose={onCancel}>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          if (copies.length > 0) onExport(copies);
        }}
      >
        <fieldset className="choice">
          <legend>Which copy</legend>
          <label className="checkbox">
            <input type="radio" name={`${id}-draft`} checked={draft} onChange={() => setDraft(true)} />
            Draft, marked DRAFT on every page (to circulate)
          </label>
          <label className="checkbox">
            <input type="radio" name={`${id}-draft`} checked={!draft} onChange={() => setDraft(false)} />
            Final, for the chair to sign
          </label>
        </fieldset>
        {exempt ? (
          <fieldset className="choice">
            <legend>This meeting had exempt (Part 2) business</legend>
            <label className="checkbox">
              <input type="checkbox" checked={publicCopy} onChange={(e) => setPublicCopy(e.target.checked)} />
              Public minutes: exempt items show only their heading and the exclusion
            </label>
            <label className="checkbox">
              <input type="checkbox" checked={fullCopy} onChange={(e) => setFullCopy(e.target.checked)} />
              Full minutes, marked confidential
            </label>
          </fieldset>
        ) : null}
        {blanks.length > 0 ? (
          <div className="export-warning" role="alert">
            <p>
              {blanks.length === 1 ? 'One blank is' : `${blanks.length} blanks are`} still to be filled in the minutes:{' '}
              {blanks.map((blank) => `“${blank}”`).join(', ')}. They will print as they are.
            </p>
          </div>
        ) : null}
        <div className="dialog-actions">
          <button type="button" onClick={onCancel}>
            Cancel
          </button>
          <button type="submit" className="primary" disabled={copies.length === 0} autoFocus>
            {copies.length > 1 ? `Export ${copies.length} files` : 'Export'}
          </button>
        </div>
      </form>
    </Modal>
  );
}
