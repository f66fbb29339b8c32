import { DOCX_MAX_BYTES, docxTooLargeMessage } from '@shared/import-docx/docx-zip';
import { reviewRoster, type ReviewedPerson } from '@shared/import-docx/roster-review';
import type { Body } from '@shared/model/body';
import { PersonDetailsSchema, type Person } from '@shared/model/person';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useAppServices } from '../../app-context';
import type { ImportedFile, RosterChoice } from '../../db/import-repository';
import { readWordMinutesInWorker } from '../../meeting-files/check-in-worker';
import { CloseActions, Modal } from '../../ui/Modal';
import { ProgressDialog } from '../../ui/ProgressDialog';
import { describeError } from '../../ui/plain-errors';
import { detailsOf, WordRosterReview, type ReviewChoice } from './WordRosterReview';

/** One chosen file: read (ready to store), or skipped with the one plain reason. */
type FileResult = { fileName: string; ok: true; file: ImportedFile; warnings: string[] } | { fileName: string; ok: false; message: string };

interface Review {
  results: FileResult[];
  people: ReviewedPerson[];
  keys: Map<string, string>[];
  choices: Map<string, ReviewChoice>;
  problem: string | null;
}

type Step =
  | { kind: 'idle' }
  | { kind: 'reading'; done: number; total: number; name: string; stop: AbortController }
  | { kind: 'review'; review: Review; saving: boolean }
  | { kind: 'done'; results: FileResult[]; meetings: { id: string; title: string }[] };

const read = (results: readonly FileResult[]) => results.filter((result): result is Extract<FileResult, { ok: true }> => result.ok);

/** The choices the review starts from: the roster's match where there is one, else a new person as printed. */
function firstChoices(people: readonly ReviewedPerson[]): Map<string, ReviewChoice> {
  return new Map(
    people.map((reviewed) => [
      reviewed.key,
      reviewed.match !== null ? { kind: 'same-as', personId: reviewed.match } : { kind: 'add', details: detailsOf(reviewed.person), renaming: false },
    ]),
  );
}

/**
 * "Import Word minutes…" on a committee: one or many .docx files (or a folder of them) read off the main thread
 * by the one reader (shared/import-docx), file by file with a progress bar and a Stop. Each file is listed as
 * read or skipped with the reader's reason; the people from every attendance line are reviewed against the
 * committee's roster; Save stores the lot in one transaction (nothing half-stored) and raises the last minute
 * number to the highest imported.
 */
export function ImportWordMinutes({ body, roster, onOpenMeeting }: { body: Body; roster: readonly Person[]; onOpenMeeting: (id: string) => void }): ReactNode {
  const { importer } = useAppServices();
  const filesInput = useRef<HTMLInputElement>(null);
  const folderInput = useRef<HTMLInputElement>(null);
  const [step, setStep] = useState<Step>({ kind: 'idle' });
  const close = () => setStep({ kind: 'idle' });

  useEffect(() => {
    // A folder, where the browser allows it (Chromium and Electron do): not a React prop, so set on the element.
    if (folderInput.current) folderInput.current.webkitdirectory = true;
  }, []);

  const readAll = async (chosen: File[]) => {
    const files = chosen.filter((file) => /\.docx$/i.test(file.name)).sort((a, b) => a.name.localeCompare(b.name, 'en-GB', { numeric: true }));
    const stop = new AbortController();
    const results: FileResult[] = chosen
      .filter((file) => !files.includes(file))
      .map((file) => ({ fileName: file.name, ok: false, message: 'Not a Word document (.docx): only .docx files are read.' }));
    const importedAt = Date.now();
    const meetingIds = new Map<string, string>();
    for (const [index, chosenFile] of files.entries()) {
      setStep({ kind: 'reading', done: index, total: files.length, name: chosenFile.name, stop });
      if (chosenFile.size > DOCX_MAX_BYTES) {
        results.push({ fileName: chosenFile.name, ok: false, message: docxTooLargeMessage(chosenFile.size) });
        continue;
      }
      const bytes = new Uint8Array(await chosenFile.arrayBuffer());
      const answer = await readWordMinutesInWorker(
        bytes,
        { fileName: chosenFile.name, bodyName: body.name, councilName: body.councilName, importedAt },
        { signal: stop.signal },
      );
      if (stop.signal.aborted) return;
      if (!answer.ok) {
        results.push({ fileName: chosenFile.name, ok: false, message: answer.message });
        continue;
      }
      const { outline, editorStateJson, warnings } = answer.checked;
      const twin = meetingIds.get(outline.meeting.id);
      if (twin !== undefined) {
        results.push({ fileName: chosenFile.name, ok: false, message: `The same meeting (${outline.meeting.date}) as ${twin}.` });
        continue;
      }
      meetingIds.set(outline.meeting.id, chosenFile.name);
      results.push({ fileName: chosenFile.name, ok: true, file: { outline, editorStateJson }, warnings });
    }
    try {
      const already = await importer.existingMeetings([...meetingIds.keys()]);
      const checked = results.map((result): FileResult =>
        result.ok && already.has(result.file.outline.meeting.id)
          ? { fileName: result.fileName, ok: false, message: `Already in the minute book: “${result.file.outline.meeting.title}” was imported before.` }
          : result,
      );
      const review = reviewRoster(
        read(checked).map((result) => ({ fileName: result.fileName, roster: result.file.outline.roster })),
        roster,
      );
      setStep({ kind: 'review', saving: false, review: { results: checked, people: review.people, keys: review.keys, choices: firstChoices(review.people), problem: null } });
    } catch (error) {
      setStep({ kind: 'review', saving: false, review: { results, people: [], keys: [], choices: new Map(), problem: `The files could not be compared with this computer’s meetings: ${describeError(error)}` } });
    }
  };

  const save = async (review: Review) => {
    const choices = new Map<string, RosterChoice>();
    for (const [key, choice] of review.choices) {
      if (choice.kind === 'same-as') {
        choices.set(key, choice);
        continue;
      }
      const details = PersonDetailsSchema.safeParse(choice.details);
      if (!details.success) {
        setStep({ kind: 'review', saving: false, review: { ...review, problem: `${choice.details.surname || 'A person'}: ${details.error.issues[0]?.message ?? 'the name is not complete'}.` } });
        return;
      }
      choices.set(key, { kind: 'add', details: details.data });
    }
    const ready = read(review.results);
    setStep({ kind: 'review', saving: true, review: { ...review, problem: null } });
    try {
      const ids = await importer.storeWordMinutes({
        bodyId: body.id,
        files: ready.map((result, index) => ({ file: result.file, people: review.keys[index]! })),
        choices,
      });
      setStep({ kind: 'done', results: review.results, meetings: ids.map((id, index) => ({ id, title: ready[index]!.file.outline.meeting.title })) });
    } catch (error) {
      setStep({ kind: 'review', saving: false, review: { ...review, problem: `Nothing was stored: ${describeError(error)}` } });
    }
  };

  const onChosen = (input: HTMLInputElement) => {
    const chosen = [...(input.files ?? [])];
    input.value = '';
    if (chosen.length > 0) void readAll(chosen);
  };

  return (
    <section className="word-import" aria-labelledby="word-import-heading">
      <h2 id="word-import-heading">Past minutes</h2>
      <p className="muted">Minutes signed outside Minute Book, in Word (.docx): each file becomes a read-only meeting with the minute numbers it had.</p>
      <div className="dialog-actions">
        <button type="button" onClick={() => filesInput.current?.click()}>
          Import Word minutes…
        </button>
        <button type="button" onClick={() => folderInput.current?.click()}>
          Import a folder of Word minutes…
        </button>
      </div>
      <input
        ref={filesInput}
        type="file"
        multiple
        accept=".docx,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
        hidden
        aria-label="Word minutes to import"
        onChange={(event) => onChosen(event.target)}
      />
      <input ref={folderInput} type="file" hidden aria-label="Folder of Word minutes to import" onChange={(event) => onChosen(event.target)} />
      {step.kind === 'reading' ? (
        <ProgressDialog
          title="Reading the Word minutes"
          value={step.done}
          max={step.total}
          onStop={() => {
            step.stop.abort();
            close();
          }}
        >
          <p>
            File {step.done + 1} of {step.total}: <strong>{step.name}</strong>. Nothing is stored until the roster has been reviewed.
          </p>
        </ProgressDialog>
      ) : null}
      {step.kind === 'review' ? (
        <Modal title="Import Word minutes: review" onClose={close}>
          <FileResults results={step.review.results} stored={false} />
          {read(step.review.results).length > 0 ? (
            <>
              <p>Check each person as the minutes will print them: add them to {body.name}’s roster, rename them, or take them to be someone already on it.</p>
              <WordRosterReview
                people={step.review.people}
                roster={roster}
                choices={step.review.choices}
                chairWord={body.chairWord}
                onChoose={(key, choice) => {
                  const choices = new Map(step.review.choices).set(key, choice);
                  setStep({ ...step, review: { ...step.review, choices } });
                }}
              />
            </>
          ) : null}
          {step.review.problem ? <p role="alert">{step.review.problem}</p> : null}
          <div className="dialog-actions">
            <button type="button" onClick={close}>
              Cancel
            </button>
            {read(step.review.results).length > 0 ? (
              <button type="button" className="primary" disabled={step.saving} onClick={() => void save(step.review)}>
                {step.saving ? 'Saving…' : `Save ${read(step.review.results).length === 1 ? '1 meeting' : `${read(step.review.results).length} meetings`}`}
              </button>
            ) : null}
          </div>
        </Modal>
      ) : null}
      {step.kind === 'done' ? (
        <Modal title="Word minutes imported" onClose={close}>
          <FileResults results={step.results} stored />
          <ul className="word-import-meetings" aria-label="Imported meetings">
            {step.meetings.map((meeting) => (
              <li key={meeting.id}>
                <button type="button" className="link" onClick={() => onOpenMeeting(meeting.id)}>
                  Open {meeting.title}
                </button>
              </li>
            ))}
          </ul>
          <CloseActions onClose={close} />
        </Modal>
      ) : null}
    </section>
  );
}

/** Each file's result, one line each: read (or imported), or skipped with its reason; the reader's notes under it. */
function FileResults({ results, stored }: { results: readonly FileResult[]; stored: boolean }): ReactNode {
  return (
    <ul className="word-import-results" aria-label="Files">
      {results.map((result, index) => (
        <li key={`${index}-${result.fileName}`}>
          <strong>{result.fileName}</strong>:{' '}
          {result.ok ? (
            <>
              {stored ? 'imported' : 'read'} as “{result.file.outline.meeting.title}”
              {result.warnings.length > 0 ? (
                <details>
                  <summary>{result.warnings.length === 1 ? '1 note' : `${result.warnings.length} notes`}</summary>
                  <ul>
                    {result.warnings.map((warning) => (
                      <li key={warning}>{warning}</li>
                    ))}
                  </ul>
                </details>
              ) : null}
            </>
          ) : (
            <>skipped. {result.message}</>
          )}
        </li>
      ))}
    </ul>
  );
}
