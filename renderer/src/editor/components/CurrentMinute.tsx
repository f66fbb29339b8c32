import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { minuteHeadingLabel, provisionalMinuteNumbers } from '@shared/domain/minute-numbers';
import { useEffect, useState, type ReactNode } from 'react';
import { $currentMinute } from '../minute-blocks';
import { useMinutesContext } from '../minutes-context';
import { valueFor } from '@shared/model/id-keys';

/**
 * "96. CSA Update Performance Report" in the editor's sticky bar: which minute
 * the caret is in, however far down the officer has scrolled. Re-renders only
 * when the caret crosses into another minute.
 */
export function CurrentMinute(): ReactNode {
  const [editor] = useLexicalComposerContext();
  const { meeting, body } = useMinutesContext();
  const [itemId, setItemId] = useState<string | null>(null);

  useEffect(
    () =>
      editor.registerUpdateListener(({ editorState }) => {
        setItemId(editorState.read(() => $currentMinute()?.getItemId() ?? null));
      }),
    [editor],
  );

  const item = meeting.agenda.find((candidate) => candidate.id === itemId);
  if (!item) return <span className="current-minute muted">Not in a minute</span>;
  const number = valueFor(meeting.minuteNumbers, item.id) ?? provisionalMinuteNumbers(meeting.agenda, body.lastMinuteNumber).get(item.id) ?? 0;
  const label = minuteHeadingLabel(item, number, body.headingStyle);
  return (
    <span className="current-minute" title="The minute you are typing in">
      {label.label} {label.title}
    </span>
  );
}
