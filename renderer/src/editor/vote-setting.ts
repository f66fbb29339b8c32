import { voteWordingOf, type VoteSetting, type VoteWording } from '@shared/domain/votes';
import { houseStyleOf } from '@shared/house-style/house-style';
import type { ChairWord } from '@shared/model/body';
import { useMemo } from 'react';
import { useMinutesContext } from './minutes-context';

/** What a vote at an item is checked against and worded with: the meeting's attendance and movements, the house style. */
export interface VoteFacts {
  setting: VoteSetting;
  wording: VoteWording;
  chairWord: ChairWord;
}

/** The vote facts of the item `itemId` (null outside any minute), live from the open meeting. */
export function useVoteFacts(itemId: string | null): VoteFacts {
  const { meeting, body, roster } = useMinutesContext();
  return useMemo(
    () => ({
      setting: { roster, attendance: meeting.attendance, movements: meeting.movements, agenda: meeting.agenda, itemTimes: meeting.itemTimes, itemId },
      wording: voteWordingOf(houseStyleOf(body.houseStyle)),
      chairWord: body.chairWord,
    }),
    [meeting.attendance, meeting.movements, meeting.agenda, meeting.itemTimes, roster, body.houseStyle, body.chairWord, itemId],
  );
}
