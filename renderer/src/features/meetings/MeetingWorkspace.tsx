import { isEditable } from '@shared/domain/editable';
import { formatMoment } from '@shared/format/british-date';
import type { Body } from '@shared/model/body';
import type { Meeting } from '@shared/model/meeting';
import type { Person } from '@shared/model/person';
import type { SignedRevision } from '@shared/model/revision';
import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, type ReactNode, type RefObject } from 'react';
import { useAppServices } from '../../app-context';
import { MEETING_TAB_KEYS, type MeetingTab } from '../../editor/shortcuts';
import { TabBar, type TabDefinition } from '../../ui/Tabs';
import { AgendaTab } from '../agenda/AgendaTab';
import { AttendanceTab } from '../attendance/AttendanceTab';
import { ExportControls } from '../export/ExportControls';
import { RevisionsPanel } from '../revisions/RevisionsPanel';
import { LiveSaveIndicator } from '../save/LiveSaveIndicator';
import { StatusBadge } from '../sign-off/StatusBadge';
import { StatusControls } from '../sign-off/StatusControls';
import { EditorPane } from './EditorPane';
import { MeetingHeader } from './MeetingHeader';
import { useLoadedDraft, type LoadedDraft } from './open-meeting/draft';
import { useOpenMeeting } from './open-meeting/use-open-meeting';
import { SaveFailureBanner } from './SaveFailureBanner';
import type { MinutesPlace } from '../../editor/search-place';
import { useRevealPlace } from '../search/use-reveal-place';

interface MeetingWorkspaceProps {
  meeting: Meeting;
  /** Where to show the minutes at once: the words a search found (a new object each time it is asked). */
  place?: MinutesPlace;
  /** Set to this meeting's flush while it is open, so the app can save before switching away. */
  flushRef: RefObject<(() => Promise<boolean>) | null>;
  onDeleted: () => void;
  /** Opens the settings and roster of the meeting's committee or partnership. */
  onOpenBody?: (bodyId: string) => void;
  /** Opens the Restore screen with this meeting's disk backups. */
  onOpenBackups?: (meetingId: string) => void;
}

const TABS: readonly TabDefinition<MeetingTab>[] = MEETING_TAB_KEYS.map(({ tab, label, keys }) => ({ key: tab, label, shortcut: keys }));

/** An open meeting: loads its saved minutes, then shows the header and the editor. */
export function MeetingWorkspace(props: MeetingWorkspaceProps): ReactNode {
  const { meeting } = props;
  const { meetings, bodies } = useAppServices();
  const body = useLiveQuery(() => bodies.getBody(meeting.bodyId), [bodies, meeting.bodyId]);
  // Waited for, like the body: minutes opened before the roster arrives would be laid out twice, every
  // mention and heading re-worded a moment later.
  const roster = useLiveQuery(() => bodies.listPeople(meeting.bodyId), [bodies, meeting.bodyId]);
  const { draft, error } = useLoadedDraft(meetings, meeting.id);
  if (error) {
    return (
      <div className="panel error-panel" role="alert">
        <h2>The minutes of this meeting could not be opened</h2>
        <p>{error}</p>
        <p>Nothing has been changed or deleted.</p>
      </div>
    );
  }
  if (!draft || !body || !roster) return <p className="muted panel">Opening the minutes…</p>;
  return <OpenMinutes {...props} body={body} roster={roster} draft={draft} />;
}

interface OpenMinutesProps extends MeetingWorkspaceProps {
  body: Body;
  roster: Person[];
  draft: LoadedDraft;
}

/** The open meeting laid out: header, save failure, tabs; the open-meeting controller does the rest. */
function OpenMinutes({ meeting, place, body, roster, draft, flushRef, onDeleted, onOpenBody, onOpenBackups }: OpenMinutesProps): ReactNode {
  const open = useOpenMeeting({ meeting, body, roster, draft, flushRef, onDeleted });
  const { tabs, correction, signed, lock } = open;
  useRevealPlace(open.editorRef, place, tabs.select);
  const openBody = useMemo(() => (onOpenBody ? () => onOpenBody(body.id) : undefined), [onOpenBody, body.id]);
  const signedNotice = open.signedLock ? signedMinutesNotice(signed) : null;
  // Agenda and attendance: locked whenever the minutes are signed, even during a correction of their text.
  const detailsNotice = isEditable(meeting, 'details') ? null : (signedNotice ?? 'While the correction is under way only the minutes’ text can change.');
  const panel = (tab: MeetingTab) => ({ role: 'tabpanel', id: tabs.panelId(tab), 'aria-labelledby': tabs.tabId(tab), hidden: tabs.active !== tab, className: 'tab-panel' });
  return (
    <section className="workspace" aria-label="Minutes of the meeting">
      <MeetingHeader
        meeting={meeting}
        body={body}
        bodies={open.bodies}
        onRename={open.rename}
        onChangeDetails={open.changeDetails}
        onDelete={open.deleteMeeting}
        onOpenBody={openBody}
        status={<StatusBadge meeting={meeting} approvedOn={open.approvedOn} signed={signed} correction={correction ?? null} />}
        statusControls={
          <StatusControls
            meeting={meeting}
            body={body}
            correction={correction ?? null}
            flush={open.flush}
            countStyleFindings={open.styleCheck.countFindings}
            onReviewFindings={open.styleCheck.reviewFindings}
          />
        }
      >
        <LiveSaveIndicator saver={open.saver} />
        <ExportControls meeting={meeting} body={open.printed.body} roster={open.printed.roster} currentMinutes={open.currentMinutes} />
        {onOpenBackups ? (
          <button type="button" onClick={() => onOpenBackups(meeting.id)} title="Copies of this meeting kept on disk, and restoring one">
            Backups…
          </button>
        ) : null}
      </MeetingHeader>
      <SaveFailureBanner saving={open.saveFailure} emergency={open.emergency} onSaveCopy={open.saveCopy} />
      <TabBar label="Meeting" tabs={TABS} active={tabs.active} onSelect={tabs.select} tabId={tabs.tabId} panelId={tabs.panelId} />
      <div {...panel('minutes')}>
        {lock === 'elsewhere' ? (
          <Notice>
            This meeting is open in another window or tab, so here the minutes are read-only and follow what is typed there. You can type here as
            soon as the other one closes.
          </Notice>
        ) : null}
        {signedNotice ? <Notice className="signed-notice">{signedNotice}</Notice> : null}
        {meeting.status === 'signed' && correction ? (
          <Notice className="correction-notice">
            Correction under way by {correction.by}: “{correction.reason}”. Make the changes, then choose “Record the correction…” at the top.
          </Notice>
        ) : null}
        <EditorPane
          saver={open.saver}
          editorRef={open.editorRef}
          initialState={open.initialState}
          minutesContext={open.minutesContext}
          port={open.port}
          onChange={open.onMinutesChanged}
          readOnly={open.readOnly}
        />
      </div>
      <div {...panel('agenda')}>
        <LockedWhenSigned notice={detailsNotice}>
          {tabs.built.includes('agenda') ? <AgendaTab meeting={meeting} body={body} onOpenBody={openBody} /> : null}
        </LockedWhenSigned>
      </div>
      <div {...panel('attendance')}>
        <LockedWhenSigned notice={detailsNotice}>
          {tabs.built.includes('attendance') ? <AttendanceTab meeting={meeting} body={open.printed.body} roster={open.printed.roster} onOpenBody={openBody} /> : null}
        </LockedWhenSigned>
      </div>
      <div {...panel('revisions')}>
        {tabs.active === 'revisions' ? (
          <RevisionsPanel
            meeting={meeting}
            body={open.printed.body}
            roster={open.printed.roster}
            restoreRefusal={
              open.signedLock
                ? 'These minutes are signed: to restore a revision, start a correction first (“Correct the signed minutes…”).'
                : lock === 'elsewhere'
                  ? 'This meeting is open in another window: restore it there.'
                  : null
            }
            flush={open.flush}
            onRestored={() => tabs.select('minutes')}
          />
        ) : null}
      </div>
    </section>
  );
}

/** Why signed minutes cannot be changed, and how to correct them. */
function signedMinutesNotice(signed: SignedRevision | undefined): string {
  return `These minutes were signed${signed ? ` on ${formatMoment(signed.at)}` : ''}: they are the record, so the minutes, agenda, attendance and meeting details cannot be changed. To change them, use “Correct the signed minutes…”; the correction is recorded with who made it, when and why.`;
}

/** A line above a tab's content saying why it is read-only, or what is going on. */
function Notice({ className, children }: { className?: string; children: ReactNode }): ReactNode {
  return (
    <p className={className ? `read-only-notice ${className}` : 'read-only-notice'} role="status">
      {children}
    </p>
  );
}

/**
 * Agenda and attendance of signed minutes: every control inside is disabled at once (a disabled
 * fieldset), with the reason above, so nothing in them can be changed and the officer sees why.
 */
function LockedWhenSigned({ notice, children }: { notice: string | null; children: ReactNode }): ReactNode {
  return (
    <>
      {notice ? <Notice>{notice}</Notice> : null}
      <fieldset className="lock-fieldset" disabled={notice !== null}>
        <legend className="visually-hidden">{notice ? 'Read-only: the minutes are signed' : 'Meeting details'}</legend>
        {children}
      </fieldset>
    </>
  );
}
