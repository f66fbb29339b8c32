import { formatShortDate } from '@shared/format/british-date';
import type { AppServices } from '../../../app-context';
import { liveValue } from '../../../db/live-value';
import type { MinutesPort } from '../../../editor/minutes-port';

/**
 * The editor's port for one meeting, over the app's repositories. Each read looks the meeting up afresh, so a
 * change of its committee or date is followed (the query re-runs when the meetings table changes).
 */
export function createMinutesPort(services: Pick<AppServices, 'meetings' | 'templates' | 'spelling'>, meetingId: string): MinutesPort {
  const { meetings, templates, spelling } = services;
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
    setItemTime: (itemId, time, options) => meetings.setItemTime(meetingId, itemId, time, options),
    addToDictionary: async (word) => {
      await spelling.addWord(word);
    },
    ignoreInMeeting: (word) => spelling.ignoreWord(meetingId, word),
  };
}
