import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { isEditable } from '@shared/domain/editable';
import { useEffect, useRef } from 'react';
import { clockNow } from '../clock';
import { $currentMinute } from '../minute-blocks';
import { useMinutesContext } from '../minutes-context';
import { hasEntry } from '@shared/model/id-keys';
import { useMinutesPort } from '../minutes-port';
import { useWriteFailures } from '../write-failures';

/**
 * Records the time the meeting reached each item: the first time the officer's
 * caret enters that minute. Cheap on the typing path: it reads the selection and
 * acts only when the caret crosses into another minute. Signed minutes keep their
 * times as signed, even while their text is corrected.
 */
export function ItemTimingPlugin(): null {
  const [editor] = useLexicalComposerContext();
  const port = useMinutesPort();
  const failures = useWriteFailures();
  const { meeting } = useMinutesContext();
  const latest = useRef(meeting);
  latest.current = meeting;

  useEffect(() => {
    let lastItemId: string | null = null;
    return editor.registerUpdateListener(({ editorState }) => {
      const itemId = editorState.read(() => $currentMinute()?.getItemId() ?? null);
      if (itemId === lastItemId) return;
      lastItemId = itemId;
      const current = latest.current;
      if (!itemId || hasEntry(current.itemTimes, itemId) || !current.agenda.some((item) => item.id === itemId)) return;
      if (!isEditable(current, 'details')) return;
      void failures.watch('The time this item was reached could not be recorded', port.setItemTime(itemId, clockNow(), { onlyIfUnset: true }));
    });
  }, [editor, port, failures]);
  return null;
}
