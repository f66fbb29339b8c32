import type { Body } from '@shared/model/body';
import type { Meeting } from '@shared/model/meeting';
import type { Person } from '@shared/model/person';
import { useLiveQuery } from 'dexie-react-hooks';
import type { LexicalEditor, SerializedEditorState } from 'lexical';
import { memo, useCallback, useEffect, useMemo, useRef, useState, type ReactNode, type RefObject } from 'react';
import { useAppServices } from '../../app-context';
import { MinutesEditor } from '../../editor/MinutesEditor';
import { TabBar, useTabIds, type TabDefinition } from '../../ui/Tabs';
import { AgendaTab } from '../agenda/AgendaTab';
import { AttendanceTab } from '../attendance/AttendanceTab';
import { useStableMinutesContext, type MinutesContextValue } from '../../editor/minutes-context';
import { ExportControls } from '../export/ExportControls';
import { DraftSaver } from '../save/draft-saver';
import { serialiseMinutes } from '../save/minutes-snapshot';
import { LiveSaveIndicator } from '../save/LiveSaveIndicator';
import { MeetingHeader } from './MeetingHeader';
import { resolveMeetingSetup, type MeetingFormValues } from './meeting-form-values';
import { useMeetingLock } from './meeting-lock';
import { SaveFailureBanner } from './SaveFailureBanner';
import { describeSaveResult, saveMeetingFile } from '../export/export-minutes';
import { composeMeetingFileText } from '@shared/meeting-file';
import { BackupCourier } from '../backups/backup-courier';
import { useRestoredMinutes } from '../revisions/use-restored-minutes';
import { EditingTime } from '../revisions/editing-time';
import { RevisionsPanel } from '../revisions/RevisionsPanel';
import { StatusBadge } from '../sign-off/StatusBadge';
import { StatusControls } from '../sign-off/StatusControls';
import { formatMoment } from '../../db/revisions-repository';
import { asMinuted } from '@shared/model/print-record';

interface LoadedDraft {
  /** Parsed here, once: a long draft is megabytes of JSON, and the editor opens from the parsed object. */
  editorState: SerializedEditorState | null;
  savedAt: number | null;
  /** How many restores the draft had seen when loaded (see MinutesDraft.restoreCount). */
  restoreCount: number;
}

interface MeetingWorkspaceProps {
  meeting: Meeting;
  /** Set to this meeting's flush while it is open, so the app can save before switching away. */
  flushRef: RefObject<(() => Promise<boolean>) | null>;
  onDeleted: () => void;
  /** Opens the settings and roster of the meeting's committee or partnership. */
  onOpenBody?: (bodyId: string) => void;
  /** Opens the Restore screen with this meeting's disk backups. */
  onOpenBackups?: (meetingId: string) => void;
}

type WorkspaceTab = 'minutes' | 'agenda' | 'attendance' | 'revisions';

const TABS: readonly TabDefinition<WorkspaceTab>[] = [
  { key: 'minutes', label: 'Minutes', shortcut: 'Alt+1' },
  { key: 'agenda', label: 'Agenda', shortcut: 'Alt+2' },
  { key: 'attendance', label: 'Attendance', shortcut: 'Alt+3' },
  { key: 'revisions', label: 'Revisions', shortcut: 'Alt+4' },
];

/** An open meeting: loads its saved minutes, then shows the header and the editor. */
export function MeetingWorkspace({ meeting, flushRef, onDeleted, onOpenBody, onOpenBackups }: MeetingWorkspaceProps): ReactNode {
  const { meetings, bodies } = useAppServices();
  const body = useLiveQuery(() => bodies.getBody(meeting.bodyId), [bodies, meeting.bodyId]);
  // Waited for, like the body: minutes opened before the roster arrives would be laid out twice, every
  // mention and heading re-worded a moment later.
  const roster = useLiveQuery(() => bodies.listPeople(meeting.bodyId), [bodies, meeting.bodyId]);
  const [draft, setDraft] = useState<LoadedDraft | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);

  useEffect(() => {
    let current = true;
    meetings
      .getDraft(meeting.id)
      .then((stored) => {
        if (!current) return;
        // A damaged draft must stop here, not overwrite itself.
        const editorState = stored ? (JSON.parse(stored.editorState) as SerializedEditorState) : null;
        setDraft({ editorState, savedAt: stored?.savedAt ?? null, restoreCount: stored?.restoreCount ?? 0 });
      })
      .catch((error: unknown) => current && setLoadError(error instanceof Error ? error.message : String(error)));
    return () => {
      current = false;
    };
  }, [meetings, meeting.id]);

  if (loadError) {
    return (
      <div className="panel error-panel" role="alert">
        <h2>The minutes of this meeting could not be opened</h2>
        <p>{loadError}</p>
        <p>Nothing has been changed or deleted.</p>
      </div>
    );
  }
  if (!draft || !body || !roster) return <p className="muted panel">Opening the minutes…</p>;
  return (
    <OpenMinutes meeting={meeting} body={body} roster={roster} draft={draft} flushRef={flushRef} onDeleted={onDeleted} onOpenBody={onOpenBody} onOpenBackups={onOpenBackups} />
  );
}

interface OpenMinutesProps extends MeetingWorkspaceProps {
  body: Body;
  roster: Person[];
  draft: LoadedDraft;
}

function OpenMinutes({ meeting, body, roster, draft, flushRef, onDeleted, onOpenBody, onOpenBackups }: OpenMinutesProps): ReactNode {
  const { meetings, bodies, host, templates, revisions } = useAppServices();
  const bodyList = useLiveQuery(() => bodies.listBodies(), [bodies]) ?? [body];
  // One object per change of meeting, body or roster, so the editor's derived text re-renders only then.
  // The same object until something the minutes show changes: a write to the meeting row that changes nothing
  // shown (its updatedAt) must not re-render the memoised editor.
  // Minutes that have left draft show and print as they were minuted (the meeting's print record); a draft follows the roster.
  const printed = useMemo(() => asMinuted(meeting, body, roster), [meeting, body, roster]);
  const minutesContext = useStableMinutesContext(useMemo<MinutesContextValue>(() => ({ meeting, ...printed }), [meeting, printed]));
  const editorRef = useRef<LexicalEditor | null>(null);
  const restoreCountRef = useRef(draft.restoreCount);
  useRestoredMinutes(meeting.id, editorRef, restoreCountRef);
  const lock = useMeetingLock(meeting.id);
  // Signed minutes are the record: read-only unless a correction is under way (undefined: still asking, so locked).
  const correction = useLiveQuery(async () => (await revisions.openCorrection(meeting.id)) ?? null, [revisions, meeting.id]);
  const signedLock = meeting.status === 'signed' && !correction;
  const signed = useLiveQuery(() => revisions.signedRevision(meeting.id), [revisions, meeting.id, meeting.status]);
  const approvedOn = useLiveQuery(() => revisions.approvedOn(meeting.id), [revisions, meeting.id, meeting.status]);
  // Only a lock seen held elsewhere makes this window read-only: the moment spent asking must not eat a keystroke.
  const readOnly = lock === 'elsewhere' || signedLock;
  // A window that cannot type here follows what the other one saves.
  const savedElsewhere = useLiveQuery(() => (lock === 'elsewhere' ? meetings.getDraft(meeting.id) : undefined), [lock, meetings, meeting.id]);
  useEffect(() => {
    const editor = editorRef.current;
    if (lock !== 'elsewhere' || !editor || !savedElsewhere) return;
    editor.setEditorState(editor.parseEditorState(savedElsewhere.editorState));
  }, [lock, savedElsewhere]);
  // Ten minutes of editing (not of the meeting being open) make an automatic revision, checked after a save.
  const [editingTime] = useState(() => new EditingTime({ now: Date.now }));
  const [saver] = useState(
    () =>
      new DraftSaver(
        {
          snapshot: () => {
            const editor = editorRef.current;
            if (!editor) throw new Error('The editor is not ready');
            return serialiseMinutes(editor); // the same text as JSON.stringify(editor.getEditorState().toJSON()), changed minutes only
          },
          write: async (snapshot) => {
            const saved = await meetings.saveDraft(meeting.id, snapshot, restoreCountRef.current);
            // The revision copies the draft just stored, inside IndexedDB: nothing more is serialised here. A failed
            // snapshot must not fail the save that carried the text; the next ten minutes try again.
            if (editingTime.takeDue()) void revisions.snapshot(meeting.id).catch(() => undefined);
            return saved.savedAt;
          },
        },
        draft.savedAt,
      ),
  );

  useEffect(() => saver.setReadOnly(signedLock), [saver, signedLock]);

  // The disk backups' copy of this meeting (desktop app only): the latest meeting file, handed to the shell
  // at most once a minute while it changes, and when the officer leaves the meeting or quits.
  const ownPhrases = useLiveQuery(() => templates.listTemplates(body.id), [templates, body.id]);
  const backupParts = useRef({ meeting, body, roster, ownPhrases });
  useEffect(() => {
    backupParts.current = { meeting, body, roster, ownPhrases };
  }, [meeting, body, roster, ownPhrases]);
  const [courier] = useState(() => {
    const diskBackups = host.backups;
    if (!diskBackups) return null;
    return new BackupCourier({
      compose: () => {
        const editor = editorRef.current;
        const parts = backupParts.current;
        // Not before the roster and phrases have loaded: a backup without them could not bring the meeting back whole.
        if (!editor || parts.roster === undefined || parts.ownPhrases === undefined) return null;
        return composeMeetingFileText(
          { body: parts.body, roster: parts.roster, templates: parts.ownPhrases, meeting: parts.meeting },
          serialiseMinutes(editor),
        );
      },
      handOver: (meetingFile) => diskBackups.handOver(meeting.id, meetingFile),
    });
  });
  useEffect(() => () => courier?.dispose(), [courier]);
  // The agenda, attendance or details changing is a change of the meeting too (an autosave also lands here, throttled).
  const firstParts = useRef(true);
  useEffect(() => {
    if (firstParts.current) {
      firstParts.current = false;
      return;
    }
    if (!readOnly) courier?.markChanged();
  }, [courier, readOnly, meeting, body, roster, ownPhrases]);

  useEffect(() => {
    const flush = async () => {
      const saved = await saver.flush();
      await courier?.handOverNow();
      return saved;
    };
    flushRef.current = flush;
    const stopQuitFlush = host.onFlushBeforeQuit(flush);
    const onKeyDown = (event: KeyboardEvent) => {
      // Officers press Ctrl+S out of habit: make it mean "save now".
      if ((event.ctrlKey || event.metaKey) && !event.shiftKey && event.key.toLowerCase() === 's') {
        event.preventDefault();
        void saver.flush();
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => {
      window.removeEventListener('keydown', onKeyDown);
      stopQuitFlush();
      if (flushRef.current === flush) flushRef.current = null;
      void saver.flush();
    };
  }, [saver, courier, host, flushRef]);

  // Minutes, Agenda, Attendance: the editor stays mounted behind the other tabs (hidden, not
  // unmounted), so its undo history and selection survive a look at the agenda.
  const [tab, setTab] = useState<WorkspaceTab>('minutes');
  const { tabId, panelId } = useTabIds<WorkspaceTab>();
  // The agenda and attendance are built the first time their tab is shown, then kept like the editor: a long
  // agenda's rows and forms cost time when the meeting opens, and nothing in them is needed until then.
  const [builtTabs, setBuiltTabs] = useState<readonly WorkspaceTab[]>(['minutes']);
  if (!builtTabs.includes(tab)) setBuiltTabs([...builtTabs, tab]);
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (!event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
      // By key position, so Alt+1 works whatever the keyboard layout types there.
      const chosen = ({ Digit1: 'minutes', Digit2: 'agenda', Digit3: 'attendance', Digit4: 'revisions' } as const)[event.code as 'Digit1' | 'Digit2' | 'Digit3' | 'Digit4'];
      if (!chosen) return;
      event.preventDefault();
      setTab(chosen);
      if (chosen === 'minutes') {
        // Back to typing: after the panel is shown, give the editor the focus (and its old selection).
        requestAnimationFrame(() => editorRef.current?.focus());
      } else {
        requestAnimationFrame(() => document.getElementById(tabId(chosen))?.focus());
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [tabId]);

  const openBody = useMemo(() => (onOpenBody ? () => onOpenBody(body.id) : undefined), [onOpenBody, body.id]);

  const rename = useCallback(
    async (title: string) => {
      await meetings.updateMeeting(meeting.id, { title });
    },
    [meetings, meeting.id],
  );

  const changeDetails = useCallback(
    async (values: MeetingFormValues) => {
      await meetings.updateMeeting(meeting.id, await resolveMeetingSetup(bodies, values));
    },
    [meetings, bodies, meeting.id],
  );

  const deleteMeeting = useCallback(async () => {
    await saver.discard();
    await meetings.deleteMeeting(meeting.id);
    onDeleted();
  }, [saver, meetings, meeting.id, onDeleted]);

  // The banner stays from the first failure until a save succeeds: retries (and the flush a click on the
  // banner itself causes, by blurring the editor) pass through 'saving', and must not snatch it away.
  // It follows the saver directly and sets state only when the banner itself changes: a re-render of this
  // workspace on every save (three state changes each) would cost a whole-editor walk each time (see LiveSaveIndicator).
  const [saveFailure, setSaveFailure] = useState<string | null>(null);
  useEffect(() => {
    let shown: string | null = null;
    return saver.subscribe(() => {
      const state = saver.current;
      const next = state.kind === 'failed' ? state.message : state.kind === 'saved' ? null : shown;
      if (next === shown) return;
      shown = next;
      setSaveFailure(next);
    });
  }, [saver]);

  // While saving fails: everything on screen, saved or not, into a meeting file the officer keeps. It uses
  // only what is already in memory: the storage that refuses writes may not answer reads either.
  const saveCopy = useCallback(async () => {
    const editor = editorRef.current;
    if (!editor) throw new Error('The editor is not ready');
    const input = { meeting, body, roster, editorState: editor.getEditorState().toJSON() };
    const result = await saveMeetingFile(host, input, ownPhrases ?? []);
    return describeSaveResult(result, host.kind, 'A copy of the meeting');
  }, [meeting, body, roster, host, ownPhrases]);

  const flush = useCallback(() => saver.flush(), [saver]);
  const showMinutes = useCallback(() => setTab('minutes'), []);
  const signedNotice = signedLock
    ? `These minutes were signed${signed ? ` on ${formatMoment(signed.at)}` : ''}: they are the record, so the minutes, agenda, attendance and meeting details cannot be changed. To change them, use “Correct the signed minutes…”; the correction is recorded with who made it, when and why.`
    : null;

  const currentMinutes = useCallback(async () => {
    await saver.flush();
    const editor = editorRef.current;
    if (!editor) throw new Error('The editor is not ready');
    return editor.getEditorState().toJSON();
  }, [saver]);

  return (
    <section className="workspace" aria-label="Minutes of the meeting">
      <MeetingHeader
        meeting={meeting}
        body={body}
        bodies={bodyList}
        onRename={rename}
        onChangeDetails={changeDetails}
        onDelete={deleteMeeting}
        onOpenBody={openBody}
        status={<StatusBadge meeting={meeting} approvedOn={approvedOn} signed={signed} correction={correction ?? null} />}
        statusControls={<StatusControls meeting={meeting} body={body} correction={correction ?? null} flush={flush} />}
      >
        <LiveSaveIndicator saver={saver} />
        <ExportControls meeting={meeting} body={printed.body} roster={printed.roster} currentMinutes={currentMinutes} />
        {onOpenBackups ? (
          <button type="button" onClick={() => onOpenBackups(meeting.id)} title="Copies of this meeting kept on disk, and restoring one">
            Backups…
          </button>
        ) : null}
      </MeetingHeader>
      {saveFailure ? <SaveFailureBanner message={saveFailure} onSaveCopy={saveCopy} /> : null}
      <TabBar label="Meeting" tabs={TABS} active={tab} onSelect={setTab} tabId={tabId} panelId={panelId} />
      <div role="tabpanel" id={panelId('minutes')} aria-labelledby={tabId('minutes')} hidden={tab !== 'minutes'} className="tab-panel">
        {lock === 'elsewhere' ? (
          <p className="read-only-notice" role="status">
            This meeting is open in another window or tab, so here the minutes are read-only and follow what is typed there. You can type
            here as soon as the other one closes.
          </p>
        ) : null}
        {signedNotice ? (
          <p className="read-only-notice signed-notice" role="status">
            {signedNotice}
          </p>
        ) : null}
        {meeting.status === 'signed' && correction ? (
          <p className="read-only-notice correction-notice" role="status">
            Correction under way by {correction.by}: “{correction.reason}”. Make the changes, then choose “Record the correction…” at the top.
          </p>
        ) : null}
        <EditorPane editingTime={editingTime} saver={saver} courier={courier} editorRef={editorRef} initialState={draft.editorState} minutesContext={minutesContext} readOnly={readOnly} />
      </div>
      <div role="tabpanel" id={panelId('agenda')} aria-labelledby={tabId('agenda')} hidden={tab !== 'agenda'} className="tab-panel">
        <LockedWhenSigned notice={meeting.status === 'signed' ? signedNotice ?? 'While the correction is under way only the minutes’ text can change.' : null}>
          {builtTabs.includes('agenda') ? <AgendaTab meeting={meeting} body={body} onOpenBody={openBody} /> : null}
        </LockedWhenSigned>
      </div>
      <div role="tabpanel" id={panelId('attendance')} aria-labelledby={tabId('attendance')} hidden={tab !== 'attendance'} className="tab-panel">
        <LockedWhenSigned notice={meeting.status === 'signed' ? signedNotice ?? 'While the correction is under way only the minutes’ text can change.' : null}>
          {builtTabs.includes('attendance') ? <AttendanceTab meeting={meeting} body={printed.body} roster={printed.roster} onOpenBody={openBody} /> : null}
        </LockedWhenSigned>
      </div>
      <div role="tabpanel" id={panelId('revisions')} aria-labelledby={tabId('revisions')} hidden={tab !== 'revisions'} className="tab-panel">
        {tab === 'revisions' ? (
          <RevisionsPanel
            meeting={meeting}
            body={printed.body}
            roster={printed.roster}
            restoreRefusal={
              signedLock
                ? 'These minutes are signed: to restore a revision, start a correction first (“Correct the signed minutes…”).'
                : lock === 'elsewhere'
                  ? 'This meeting is open in another window: restore it there.'
                  : null
            }
            flush={flush}
            onRestored={showMinutes}
          />
        ) : null}
      </div>
    </section>
  );
}

/**
 * Agenda and attendance of signed minutes: every control inside is disabled at once (a disabled
 * fieldset), with the reason above, so nothing in them can be changed and the officer sees why.
 */
function LockedWhenSigned({ notice, children }: { notice: string | null; children: ReactNode }): ReactNode {
  return (
    <>
      {notice ? (
        <p className="read-only-notice" role="status">
          {notice}
        </p>
      ) : null}
      <fieldset className="lock-fieldset" disabled={notice !== null}>
        <legend className="visually-hidden">{notice ? 'Read-only: the minutes are signed' : 'Meeting details'}</legend>
        {children}
      </fieldset>
    </>
  );
}

/** The editor, isolated from header re-renders so typing never waits on them. */
const EditorPane = memo(function EditorPane({
  editingTime,
  saver,
  courier,
  editorRef,
  initialState,
  minutesContext,
  readOnly,
}: {
  editingTime: EditingTime;
  saver: DraftSaver;
  /** Hands the disk backups their copy; null in a plain browser. */
  courier: BackupCourier | null;
  editorRef: RefObject<LexicalEditor | null>;
  initialState: SerializedEditorState | null;
  minutesContext: MinutesContextValue;
  /** Another window has this meeting: nothing here is typed or saved. */
  readOnly: boolean;
}): ReactNode {
  useEffect(() => editorRef.current?.setEditable(!readOnly), [editorRef, readOnly]);
  // Changes while read-only are only the other window's saves arriving: never save them back.
  const onChange = useCallback(() => {
    if (readOnly) return;
    editingTime.noteEdit();
    saver.markChanged();
    courier?.markChanged();
  }, [saver, courier, editingTime, readOnly]);
  const onBlur = useCallback(() => void saver.flush(), [saver]);
  const status = useMemo(() => <LiveSaveIndicator saver={saver} compact />, [saver]);
  return (
    <MinutesEditor initialState={initialState} editorRef={editorRef} onChange={onChange} onBlur={onBlur} minutesContext={minutesContext} status={status} />
  );
});
