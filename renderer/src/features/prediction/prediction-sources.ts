import { builtInTemplates, templateToText } from '@shared/domain/templates';
import type { Body } from '@shared/model/body';
import type { Meeting, MeetingStatus } from '@shared/model/meeting';
import type { PredictionHistory } from '@shared/prediction/worker-messages';
import { useMemo } from 'react';
import { useAppServices } from '../../app-context';
import type { MeetingsRepository } from '../../db/meetings-repository';
import type { TemplatesRepository } from '../../db/templates-repository';
import type { PredictionSources } from '../../editor/minutes-context';

/** How much a meeting's minutes count: signed minutes are the record, and weigh most. */
const WEIGHT: Record<MeetingStatus, number> = { draft: 1, circulated: 2, approved: 2, signed: 3 };

/**
 * What suggestions learn from for one meeting, read from the database when the editor first asks (and kept): the
 * saved minutes of every other meeting of its committee, with their weights, and the committee's standard phrases
 * with the built-in ones in its wording. Nothing is sent anywhere but to the window's own prediction worker.
 */
export function predictionSources(meetings: MeetingsRepository, templates: TemplatesRepository, meetingId: string, body: Pick<Body, 'id' | 'chairWord' | 'documentWord'>): PredictionSources {
  let loaded: Promise<PredictionHistory> | null = null;
  const load = async (): Promise<PredictionHistory> => {
    const others = (await meetings.listMeetings()).filter((other) => other.bodyId === body.id && other.id !== meetingId);
    const minutes: PredictionHistory['minutes'] = [];
    for (const other of others) {
      const draft = await meetings.getDraft(other.id);
      if (draft) minutes.push({ editorState: draft.editorState, weight: WEIGHT[other.status] });
    }
    const own = await templates.listTemplates(body.id);
    const phrases = [...own.map((template) => template.text), ...builtInTemplates(body.chairWord, body.documentWord).map((template) => templateToText(template.body))];
    return { minutes, phrases };
  };
  return {
    load: () => {
      loaded ??= load();
      return loaded;
    },
  };
}

/** The prediction port for the open meeting, the same object while its committee's wording stays the same. */
export function usePredictionSources(meeting: Pick<Meeting, 'id'>, body: Body): PredictionSources {
  const { meetings, templates } = useAppServices();
  const { id: bodyId, chairWord, documentWord } = body;
  return useMemo(() => predictionSources(meetings, templates, meeting.id, { id: bodyId, chairWord, documentWord }), [meetings, templates, meeting.id, bodyId, chairWord, documentWord]);
}
