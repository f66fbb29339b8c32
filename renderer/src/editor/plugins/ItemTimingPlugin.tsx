import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { useEffect, useRef } from 'react';
import { useAppServices } from '../../app-context';
import { clockNow } from '../clock';
import { $currentMinute } from '../minute-blocks';
import { useMinutesContext } from '../minutes-context';
import { hasEntry } from '@shared/model/id-keys';

/**
 * Records the time the meeting reached each item: the first time the officer's
 * caret enters that minute. Cheap on the typing path: it reads the selection and
 * acts only when the caret crosses into another minute.
 */
export function ItemTimingPlugin(): null {
  const [editor] = useLexicalComposerContext();
  const { meetings } = useAppServices();
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
      void meetings.setItemTime(current.id, itemId, clockNow(), { onlyIfUnset: true });
    });
  }, [editor, meetings]);
  return null;
}
