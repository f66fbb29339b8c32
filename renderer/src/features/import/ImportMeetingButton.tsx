import { MEETING_FILE_MAX_BYTES, parseMeetingFile, tooLargeMessage, type MeetingFile } from '@shared/meeting-file';
import { useRef, useState, type ReactNode } from 'react';
import { useAppServices } from '../../app-context';
import { Modal } from '../../ui/Modal';
import { describeError } from '../../ui/plain-errors';
import type { ImportMode } from './import-meeting';

type Step =
  | { kind: 'idle' }
  | { kind: 'refused'; name: string; message: string }
  | { kind: 'exists'; file: MeetingFile; title: string; warnings: string[] }
  | { kind: 'done'; warnings: string[] };

/**
 * "Import meeting file…": reads a file saved by Minute Book on this or another
 * computer. A damaged, cut-short, too new or too large file is refused with the
 * reason and changes nothing; a meeting already here asks: keep both, or replace.
 */
export function ImportMeetingButton({ onImported }: { onImported: (meetingId: string) => void }): ReactNode {
  const { meetings, importer } = useAppServices();
  const input = useRef<HTMLInputElement>(null);
  const [step, setStep] = useState<Step>({ kind: 'idle' });

  const store = async (file: MeetingFile, mode: ImportMode, warnings: string[]) => {
    try {
      const id = await importer.importFile(file, mode);
      setStep(warnings.length > 0 ? { kind: 'done', warnings } : { kind: 'idle' });
      onImported(id);
    } catch (error) {
      setStep({ kind: 'refused', name: file.meeting.title, message: `It could not be stored: ${describeError(error)}` });
    }
  };

  const read = async (chosen: File) => {
    // Refuse before reading a huge file into memory.
    if (chosen.size > MEETING_FILE_MAX_BYTES) {
      setStep({ kind: 'refused', name: chosen.name, message: tooLargeMessage(chosen.size) });
      return;
    }
    const parsed = parseMeetingFile(await chosen.text());
    if (!parsed.ok) {
      setStep({ kind: 'refused', name: chosen.name, message: parsed.message });
      return;
    }
    const existing = await meetings.getMeeting(parsed.file.meeting.id);
    if (existing) setStep({ kind: 'exists', file: parsed.file, title: existing.title, warnings: parsed.warnings });
    else await store(parsed.file, 'replace', parsed.warnings);
  };

  return (
    <>
      <button type="button" className="sidebar-link" onClick={() => input.current?.click()}>
        Import meeting file…
      </button>
      <input
        ref={input}
        type="file"
        accept=".json,application/json"
        hidden
        aria-label="Meeting file to import"
        onChange={(event) => {
          const chosen = event.target.files?.[0];
          event.target.value = '';
          if (chosen) void read(chosen);
        }}
      />
      {step.kind === 'refused' ? (
        <Modal title="This file cannot be imported" onClose={() => setStep({ kind: 'idle' })}>
          <p>
            <strong>{step.name}</strong>: {step.message}
          </p>
          <p>Nothing was changed.</p>
          <div className="dialog-actions">
            <button type="button" className="primary" autoFocus onClick={() => setStep({ kind: 'idle' })}>
              Close
            </button>
          </div>
        </Modal>
      ) : null}
      {step.kind === 'exists' ? (
        <Modal title="This meeting is already here" onClose={() => setStep({ kind: 'idle' })}>
          <p>
            “{step.title}” is already on this computer. Keep both (the file’s copy is added as a new meeting), or replace this computer’s
            copy and its minutes with the file’s?
          </p>
          <div className="dialog-actions">
            <button type="button" autoFocus onClick={() => setStep({ kind: 'idle' })}>
              Cancel
            </button>
            <button type="button" onClick={() => void store(step.file, 'keep-both', step.warnings)}>
              Keep both
            </button>
            <button type="button" className="danger" onClick={() => void store(step.file, 'replace', step.warnings)}>
              Replace
            </button>
          </div>
        </Modal>
      ) : null}
      {step.kind === 'done' ? (
        <Modal title="Imported, with notes" onClose={() => setStep({ kind: 'idle' })}>
          <ul>
            {step.warnings.map((warning) => (
              <li key={warning}>{warning}</li>
            ))}
          </ul>
          <div className="dialog-actions">
            <button type="button" className="primary" autoFocus onClick={() => setStep({ kind: 'idle' })}>
              Close
            </button>
          </div>
        </Modal>
      ) : null}
    </>
  );
}
