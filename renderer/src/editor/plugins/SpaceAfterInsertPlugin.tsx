import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { useEffect } from 'react';
import { registerSpaceAfterInsert } from '../space-after-insert';

/** The space put in after a suggestion taken or a person chosen gives way to punctuation (../space-after-insert). */
export function SpaceAfterInsertPlugin(): null {
  const [editor] = useLexicalComposerContext();
  useEffect(() => registerSpaceAfterInsert(editor), [editor]);
  return null;
}
