import { formatShortDate } from '@shared/format/british-date';
import type { MeetingStatus } from '@shared/model/meeting';
import type { PredictionHistory } from '@shared/prediction/worker-messages';
import type { AppServices } from '../../../app-context';
import { liveValue } from '../../../db/live-value';
import type { MinutesPort } from '../../../editor/minutes-port';

/** How much a meeting's minutes count for suggestions: signed minutes (imported ones are signed) are the record, and weigh most. */
const PREDICTION_WEIGHT: Record<MeetingStatus, number> = { draft: 1, circulated: 2, approved: 2, signed: 3 };

/**
 * The editor's port for one meeting, over the app's repositories. Each read looks the meeting up afresh, so a
 * change of its committee or date is followed (the query re-runs when the meetings table changes).
 */
export function createMinutesPort(services: Pick<AppServices, 'meetings' | 'templates' | 'spelling'>, meetingId: string): MinutesPort {
  const { meetings, templates, spelling } = services;
  let committeeMinutes: Promise<PredictionHistory['minutes']> | null = null;
  const readCommitteeMinutes = async (): Promise<PredictionHistory['minutes']> => {
    const meeting = await meetings.getMeeting(meetingId);
    if (!meeting) return [];
    const others = (await meetings.listMeetings()).filter((other) => other.bodyId === meeting.bodyId && other.id !== meetingId);
    const minutes: PredictionHistory['minutes'] = [];
    for (const other of others) {
      const draft = await meetings.getDraft(other.id);
      if (draft) minutes.push({ editorState: draft.editorState, weight: PREDICTION_WEIGHT[other.status] });
    }
    return minutes;
  };
  return {
    phrases: liveValue(async () => {
      const meeting = await meetings.getMeeting(meetingId);
      return meeting ? templates.listTemplates(meeting.bodyId) : [];
    }),
    previousMeetingDate: liveValue(async () => {
      const meeting = await meetings.getMeeting(meetingId);
      if (!meeting) return null;
      // listMeetings is newest first: the first earlier one of the same body is the one before.
      const earlier = (await meetings.listMeetings()).find((m) => m.bodyId === meeting.bodyId && m.date < meeting.date);
      return earlier ? formatShortDate(earlier.date) : null;
    }),
    personalWords: liveValue(async () => (await spelling.listWords()).map((entry) => entry.word)),
    ignoredWords: liveValue(() => spelling.ignoredWords(meetingId)),
    committeeMinutes: () => {
      committeeMinutes ??= readCommitteeMinutes();
      return committeeMinutes;
    },
    dismissedFindings: liveValue(async () => (await meetings.getMeeting(meetingId))?.dismissedFindings ?? []),
    setFindingDismissed: (key, dismissed) => meetings.setFindingDismissed(meetingId, key, dismissed),
    setItemTime: (itemId, time, options) => meetings.setItemTime(meetingId, itemId, time, options),
    addToDictionary: async (word) => {
      await spelling.addWord(word);
    },
    ignoreInMeeting: (word) => spelling.ignoreWord(meetingId, word),
  };
}
