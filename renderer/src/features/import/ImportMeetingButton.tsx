import { MEETING_FILE_MAX_BYTES, tooLargeMessage } from '@shared/meeting-file';
import { useRef, useState, type ReactNode } from 'react';
import { useAppServices } from '../../app-context';
import type { ImportChoices, ImportedFile, ImportMode, ImportPlan } from '../../db/import-repository';
import { checkMeetingFileInWorker } from '../../meeting-files/check-in-worker';
import { CloseActions, Modal } from '../../ui/Modal';
import { ProgressDialog } from '../../ui/ProgressDialog';
import { describeError } from '../../ui/plain-errors';
import { ImportDifferences } from './ImportDifferences';

/** A file this size or more shows its progress while it is checked; a smaller one is checked in a blink. */
const SHOW_PROGRESS_FROM_BYTES = 1024 * 1024;

type Step =
  | { kind: 'idle' }
  | { kind: 'checking'; name: string; progress: number; shown: boolean; stop: AbortController }
  | { kind: 'refused'; name: string; message: string }
  | { kind: 'exists'; file: ImportedFile; plan: ImportPlan; warnings: string[] }
  | { kind: 'differences'; file: ImportedFile; plan: ImportPlan; mode: ImportMode; warnings: string[] }
  | { kind: 'storing' }
  | { kind: 'done'; warnings: string[] };

/**
 * "Import meeting file…": reads a file saved by Minute Book on this or another computer. The file is checked
 * whole, off the main thread, with its progress shown when it is large (the window keeps answering, and the
 * check can be stopped); a damaged, cut-short, too new, too large or hostile file is refused with the reason
 * and changes nothing. A meeting already here asks: keep both, or replace. Where the file and this computer
 * describe someone differently, the officer sees both as they would print and chooses.
 */
export function ImportMeetingButton({ onImported }: { onImported: (meetingId: string) => void }): ReactNode {
  const { importer } = useAppServices();
  const input = useRef<HTMLInputElement>(null);
  const [step, setStep] = useState<Step>({ kind: 'idle' });
  const close = () => setStep({ kind: 'idle' });

  const store = async (file: ImportedFile, choices: ImportChoices, warnings: string[]) => {
    // The question's dialog goes at once: a second click on Keep both must not import the file twice.
    setStep({ kind: 'storing' });
    try {
      const id = await importer.store(file, choices);
      setStep(warnings.length > 0 ? { kind: 'done', warnings } : { kind: 'idle' });
      onImported(id);
    } catch (error) {
      setStep({ kind: 'refused', name: file.outline.meeting.title, message: `It could not be stored: ${describeError(error)}` });
    }
  };

  /** After keep-both or replace: ask about differences if there are any, else store. */
  const proceed = (file: ImportedFile, plan: ImportPlan, mode: ImportMode, warnings: string[]) => {
    if (plan.people.length > 0) setStep({ kind: 'differences', file, plan, mode, warnings });
    else void store(file, { mode, takeFromFile: new Set(), printing: 'as-the-file-says' }, warnings);
  };

  const read = async (chosen: File) => {
    // Refuse before reading a huge file into memory.
    if (chosen.size > MEETING_FILE_MAX_BYTES) {
      setStep({ kind: 'refused', name: chosen.name, message: tooLargeMessage(chosen.size) });
      return;
    }
    const stop = new AbortController();
    setStep({ kind: 'checking', name: chosen.name, progress: 0, shown: chosen.size >= SHOW_PROGRESS_FROM_BYTES, stop });
    let bytes: Uint8Array<ArrayBuffer>;
    try {
      bytes = new Uint8Array(await chosen.arrayBuffer());
    } catch (error) {
      // A file moved or changed on disk since it was chosen: said, never a dialog that waits for ever.
      setStep({ kind: 'refused', name: chosen.name, message: `It could not be read: ${describeError(error)}` });
      return;
    }
    const answer = await checkMeetingFileInWorker(bytes, {
      signal: stop.signal,
      onProgress: (progress) => setStep((current) => (current.kind === 'checking' && current.stop === stop ? { ...current, progress } : current)),
    });
    if (stop.signal.aborted) return;
    if (!answer.ok) {
      setStep({ kind: 'refused', name: chosen.name, message: answer.message });
      return;
    }
    const { outline, editorStateJson, warnings } = answer.checked;
    const file: ImportedFile = { outline, editorStateJson };
    try {
      const plan = await importer.plan(outline);
      if (plan.refusal) setStep({ kind: 'refused', name: chosen.name, message: plan.refusal });
      else if (plan.existingTitle !== null) setStep({ kind: 'exists', file, plan, warnings });
      else proceed(file, plan, 'replace', warnings);
    } catch (error) {
      setStep({ kind: 'refused', name: chosen.name, message: `It could not be compared with this computer’s meetings: ${describeError(error)}` });
    }
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
      {step.kind === 'checking' && step.shown ? (
        <ProgressDialog
          title="Checking the meeting file"
          value={step.progress}
          onStop={() => {
            step.stop.abort();
            close();
          }}
        >
          <p>
            Checking <strong>{step.name}</strong> before anything is stored…
          </p>
        </ProgressDialog>
      ) : null}
      {step.kind === 'refused' ? (
        <Modal title="This file cannot be imported" onClose={close}>
          <p>
            <strong>{step.name}</strong>: {step.message}
          </p>
          <p>Nothing was changed.</p>
          <CloseActions onClose={close} />
        </Modal>
      ) : null}
      {step.kind === 'exists' ? (
        <Modal title="This meeting is already here" onClose={close}>
          <p>
            “{step.plan.existingTitle}” is already on this computer. Keep both (the file’s copy is added as a new meeting), or replace this
            computer’s copy and its minutes with the file’s?
          </p>
          <div className="dialog-actions">
            <button type="button" autoFocus onClick={close}>
              Cancel
            </button>
            <button type="button" onClick={() => proceed(step.file, step.plan, 'keep-both', step.warnings)}>
              Keep both
            </button>
            <button type="button" className="danger" onClick={() => proceed(step.file, step.plan, 'replace', step.warnings)}>
              Replace
            </button>
          </div>
        </Modal>
      ) : null}
      {step.kind === 'differences' ? (
        <ImportDifferences
          plan={step.plan}
          chairWord={step.file.outline.meeting.printedAs?.body.chairWord ?? step.file.outline.body.chairWord}
          onCancel={close}
          onImport={(takeFromFile) => void store(step.file, { mode: step.mode, takeFromFile, printing: 'as-the-file-says' }, step.warnings)}
        />
      ) : null}
      {step.kind === 'done' ? (
        <Modal title="Imported, with notes" onClose={close}>
          <ul>
            {step.warnings.map((warning) => (
              <li key={warning}>{warning}</li>
            ))}
          </ul>
          <CloseActions onClose={close} />
        </Modal>
      ) : null}
    </>
  );
}
