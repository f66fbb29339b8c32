import type { UserTemplate } from '@shared/domain/templates';
import { composeMeetingFileText } from '@shared/meeting-file';
import type { Body } from '@shared/model/body';
import type { Meeting } from '@shared/model/meeting';
import type { Person } from '@shared/model/person';
import type { LexicalEditor } from 'lexical';
import { useEffect, useRef, useState, type RefObject } from 'react';
import type { Host } from '../../../host';
import { BackupCourier } from '../../backups/backup-courier';
import { serialiseMinutes } from '../../save/minutes-snapshot';

/** What a backup of the meeting holds besides the minutes; the roster and phrases are undefined while loading. */
export interface BackupParts {
  meeting: Meeting;
  body: Body;
  roster: Person[] | undefined;
  ownPhrases: UserTemplate[] | undefined;
}

/**
 * The disk backups' copy of this meeting (desktop app only, null in a plain browser): the latest meeting file,
 * handed to the shell at most once a minute while it changes, and when the officer leaves the meeting or quits.
 */
export function createMeetingCourier(
  host: Pick<Host, 'backups'>,
  meetingId: string,
  editor: () => LexicalEditor | null,
  parts: () => BackupParts,
  serialise: (editor: LexicalEditor) => string = serialiseMinutes,
): BackupCourier | null {
  const diskBackups = host.backups;
  if (!diskBackups) return null;
  return new BackupCourier({
    compose: () => {
      const live = editor();
      const { meeting, body, roster, ownPhrases } = parts();
      // Not before the roster and phrases have loaded: a backup without them could not bring the meeting back whole.
      if (!live || roster === undefined || ownPhrases === undefined) return null;
      return composeMeetingFileText({ body, roster, templates: ownPhrases, meeting }, serialise(live));
    },
    handOver: (meetingFile) => diskBackups.handOver(meetingId, meetingFile),
  });
}

/**
 * The courier handing the disk backups their copy, kept in step with the meeting: the agenda, attendance or
 * details changing is a change of the meeting too (an autosave also lands here, throttled).
 */
export function useMeetingCourier(
  host: Pick<Host, 'backups'>,
  parts: BackupParts,
  editorRef: RefObject<LexicalEditor | null>,
  readOnly: boolean,
): BackupCourier | null {
  const latest = useRef(parts);
  const { meeting, body, roster, ownPhrases } = parts;
  useEffect(() => {
    latest.current = { meeting, body, roster, ownPhrases };
  }, [meeting, body, roster, ownPhrases]);
  const [courier] = useState(() => createMeetingCourier(host, meeting.id, () => editorRef.current, () => latest.current));
  useEffect(() => () => courier?.dispose(), [courier]);
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    if (!readOnly) courier?.markChanged();
  }, [courier, readOnly, meeting, body, roster, ownPhrases]);
  return courier;
}
