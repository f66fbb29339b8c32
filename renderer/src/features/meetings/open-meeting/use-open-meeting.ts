import { isEditable } from '@shared/domain/editable';
import type { Body } from '@shared/model/body';
import { asMinuted } from '@shared/model/print-record';
import type { Meeting } from '@shared/model/meeting';
import type { Person } from '@shared/model/person';
import type { OpenCorrection, SignedRevision } from '@shared/model/revision';
import { useLiveQuery } from 'dexie-react-hooks';
import type { LexicalEditor, SerializedEditorState } from 'lexical';
import { useCallback, useEffect, useMemo, useRef, useState, type RefObject } from 'react';
import { useAppServices } from '../../../app-context';
import { useStableMinutesContext, type MinutesContextValue } from '../../../editor/minutes-context';
import type { MinutesPort } from '../../../editor/minutes-port';
import { describeSaveResult, saveMeetingFile } from '../../export/export-minutes';
import { EditingTime } from '../../revisions/editing-time';
import { useRestoredMinutes } from '../../revisions/use-restored-minutes';
import type { EmergencyCopies } from '../../backups/emergency-copy';
import type { DraftSaver } from '../../save/draft-saver';
import { useMeetingLock, type MeetingLockState } from '../meeting-lock';
import { resolveMeetingSetup, type MeetingFormValues } from '../meeting-form-values';
import type { LoadedDraft } from './draft';
import { useFollowElsewhere } from './follow-elsewhere';
import { useMeetingCourier } from './meeting-courier';
import { createMinutesSaver } from './minutes-saver';
import { createMinutesPort } from './minutes-port';
import { installFlush } from './quit-flush';
import { useSafetyNet } from './safety-net';
import { followSaveFailure, NOTHING_SHOWN, type SavingShown } from './save-failure';
import { useStyleCheckBeforeCirculating, type StyleCheckBeforeCirculating } from './style-check';
import { installWindowKeys } from './window-keys';
import { useWorkspaceTabs, type WorkspaceTabs } from './workspace-tabs';

export interface OpenMeetingInput {
  meeting: Meeting;
  body: Body;
  roster: Person[];
  draft: LoadedDraft;
  /** Set to this meeting's flush while it is open, so the app can save before switching away. */
  flushRef: RefObject<(() => Promise<boolean>) | null>;
  onDeleted: () => void;
}

/** Everything the workspace lays out for an open meeting. */
export interface OpenMeeting {
  editorRef: RefObject<LexicalEditor | null>;
  initialState: SerializedEditorState | null;
  saver: DraftSaver;
  minutesContext: MinutesContextValue;
  /** The body settings and roster the minutes show and print with (asMinuted): the print record once past draft. */
  printed: { body: Body; roster: Person[] };
  port: MinutesPort;
  /** Every body, for moving the meeting to another. */
  bodies: Body[];
  /** Whether this window has the meeting, or another one does (then it is read-only and follows). */
  lock: MeetingLockState;
  /** Signed with no correction under way: the minutes cannot change. */
  signedLock: boolean;
  /** Nothing typed here is saved: another window has the meeting, or it is signed. */
  readOnly: boolean;
  /** The correction of signed minutes under way: null when there is none, undefined while asking. */
  correction: OpenCorrection | null | undefined;
  signed: SignedRevision | undefined;
  approvedOn: string | undefined;
  /** Why saving stopped, from the first failure until a save succeeds; then that it is back, and when. */
  saveFailure: SavingShown;
  /** The emergency copies of the meeting outside IndexedDB, made when a save fails; null where there is nowhere. */
  emergency: EmergencyCopies | null;
  tabs: WorkspaceTabs;
  /** Called on every change to the minutes' text. */
  onMinutesChanged(): void;
  /** Saves at once (the editor lost the focus, a status change, a restore); true when everything is stored. */
  flush(): Promise<boolean>;
  /** The minutes as stored after a flush, for export and sign-off. */
  currentMinutes(): Promise<SerializedEditorState>;
  rename(title: string): Promise<void>;
  changeDetails(values: MeetingFormValues): Promise<void>;
  deleteMeeting(): Promise<void>;
  /** While saving fails: everything on screen into a meeting file; says where it went. */
  saveCopy(): Promise<string>;
  /** The house-style check that circulating offers first. */
  styleCheck: StyleCheckBeforeCirculating;
}

/**
 * The open-meeting controller: everything about an open meeting but its layout. It owns the autosave (reopening
 * the database after a storage failure) and the ten-minute revisions, the backup courier and the copies outside
 * IndexedDB (safety-net.ts), the lock (and following another window that has the meeting), the flush on
 * switching and on quit, the window-wide keys, the tabs, and the meeting's own actions.
 * The workspace (MeetingWorkspace.tsx) only lays out what this returns.
 */
export function useOpenMeeting({ meeting, body, roster, draft, flushRef, onDeleted }: OpenMeetingInput): OpenMeeting {
  const services = useAppServices();
  const { meetings, bodies, host, templates, revisions, storage } = services;
  const bodyList = useLiveQuery(() => bodies.listBodies(), [bodies]) ?? [body];
  // One object per change of meeting, body or roster, so the editor's derived text re-renders only then: the same
  // object until something the minutes show changes (a write to the meeting row that changes only its updatedAt).
  // Minutes that have left draft show and print as they were minuted (the meeting's print record); a draft follows the roster.
  const printed = useMemo(() => asMinuted(meeting, body, roster), [meeting, body, roster]);
  const minutesContext = useStableMinutesContext(useMemo(() => ({ meeting, ...printed }), [meeting, printed]));
  const [port] = useState(() => createMinutesPort(services, meeting.id));
  const editorRef = useRef<LexicalEditor | null>(null);
  const restoreCountRef = useRef(draft.restoreCount);
  useRestoredMinutes(meeting.id, editorRef, restoreCountRef);

  const lock = useMeetingLock(meeting.id);
  // Signed minutes are the record: read-only unless a correction is under way (undefined: still asking, so locked).
  const correction = useLiveQuery(async () => (await revisions.openCorrection(meeting.id)) ?? null, [revisions, meeting.id]);
  const signedLock = !isEditable(meeting, 'minutes', Boolean(correction));
  const signed = useLiveQuery(() => revisions.signedRevision(meeting.id), [revisions, meeting.id, meeting.status]);
  const approvedOn = useLiveQuery(() => revisions.approvedOn(meeting.id), [revisions, meeting.id, meeting.status]);
  // Only a lock seen held elsewhere makes this window read-only: the moment spent asking must not eat a keystroke.
  const readOnly = lock === 'elsewhere' || signedLock;
  useFollowElsewhere(lock, meetings, meeting.id, editorRef);

  // Ten minutes of editing (not of the meeting being open) make an automatic revision, checked after a save.
  const [editingTime] = useState(() => new EditingTime({ now: Date.now }));
  const [saver] = useState(() =>
    createMinutesSaver({
      meetingId: meeting.id,
      meetings,
      revisions,
      editor: () => editorRef.current,
      restoreCount: () => restoreCountRef.current,
      editingTime,
      savedAt: draft.savedAt,
      storage,
    }),
  );
  useEffect(() => saver.setReadOnly(signedLock), [saver, signedLock]);

  const ownPhrases = useLiveQuery(() => templates.listTemplates(body.id), [templates, body.id]);
  const courier = useMeetingCourier(host, { meeting, body, roster, ownPhrases }, editorRef, readOnly);
  const emergency = useSafetyNet(host, storage, meeting.id, saver, courier);

  useEffect(() => installFlush(saver, courier, host, flushRef), [saver, courier, host, flushRef]);
  const tabs = useWorkspaceTabs(editorRef);
  const { showByKey } = tabs;
  useEffect(() => installWindowKeys(window, { saveNow: () => void saver.flush(), showTab: showByKey }), [saver, showByKey]);

  const [saveFailure, setSaveFailure] = useState<SavingShown>(NOTHING_SHOWN);
  useEffect(() => followSaveFailure(saver, setSaveFailure), [saver]);

  // Changes while read-only are only the other window's saves arriving: never save them back.
  const onMinutesChanged = useCallback(() => {
    if (readOnly) return;
    editingTime.noteEdit();
    saver.markChanged();
    courier?.markChanged();
  }, [readOnly, editingTime, saver, courier]);

  const flush = useCallback(() => saver.flush(), [saver]);
  const currentMinutes = useCallback(async () => {
    await saver.flush();
    const editor = editorRef.current;
    if (!editor) throw new Error('The editor is not ready');
    return editor.getEditorState().toJSON();
  }, [saver]);
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
  // Only what is already in memory: the storage that refuses writes may not answer reads either.
  const saveCopy = useCallback(async () => {
    const editor = editorRef.current;
    if (!editor) throw new Error('The editor is not ready');
    const result = await saveMeetingFile(host, { meeting, body, roster, editorState: editor.getEditorState().toJSON() }, ownPhrases ?? []);
    return describeSaveResult(result, host.kind, 'A copy of the meeting');
  }, [meeting, body, roster, host, ownPhrases]);

  const styleCheck = useStyleCheckBeforeCirculating({ meeting, body, roster }, currentMinutes, editorRef, tabs.select);

  return {
    editorRef,
    initialState: draft.editorState,
    saver,
    minutesContext,
    printed,
    port,
    bodies: bodyList,
    lock,
    signedLock,
    readOnly,
    correction,
    signed,
    approvedOn,
    saveFailure,
    emergency,
    tabs,
    onMinutesChanged,
    flush,
    currentMinutes,
    rename,
    changeDetails,
    deleteMeeting,
    saveCopy,
    styleCheck,
  };
}
