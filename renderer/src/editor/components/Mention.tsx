import { firstMention, laterMention } from '@shared/domain/person-names';
import type { NodeKey } from 'lexical';
import { useContext, useSyncExternalStore, type ReactNode } from 'react';
import { MentionOrderContext } from '../mention-order';
import { useMinutesContext } from '../minutes-context';

/** A person as the minutes name them here: in full with role at their first mention in the minute, shortly after. */
export function Mention({ nodeKey, personId, label }: { nodeKey: NodeKey; personId: string; label: string }): ReactNode {
  const order = useContext(MentionOrderContext);
  const first = useSyncExternalStore(order.subscribe, () => order.isFirst(nodeKey));
  const { roster } = useMinutesContext();
  const person = roster.find((p) => p.id === personId);
  const text = person ? (first ? firstMention(person) : laterMention(person)) : label;
  return (
    <span className={person ? 'mention' : 'mention missing'} title={person ? undefined : 'No longer on the roster'}>
      {text}
    </span>
  );
}
