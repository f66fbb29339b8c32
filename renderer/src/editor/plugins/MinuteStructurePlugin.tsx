import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { useEffect } from 'react';
import { $layOutAgenda, registerMinuteShape } from '../minute-shape';
import { useMinutesContext } from '../minutes-context';

/** Keeps every minute in shape, and lays out one minute per agenda item whenever the agenda changes. */
export function MinuteStructurePlugin(): null {
  const [editor] = useLexicalComposerContext();
  const { meeting } = useMinutesContext();
  // Only the ids and their order matter here: a retitled item re-heads itself.
  const agendaIds = meeting.agenda.map((item) => item.id).join('\n');

  useEffect(() => registerMinuteShape(editor), [editor]);

  useEffect(() => {
    // Laying out the agenda is not something the officer should undo.
    editor.update(() => $layOutAgenda(agendaIds ? agendaIds.split('\n') : []), { tag: 'history-merge' });
  }, [editor, agendaIds]);

  return null;
}
