import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { abbreviationLookup } from '@shared/autocorrect/abbreviations';
import type { TypingRules } from '@shared/autocorrect/typing-rules';
import { houseStyleOf } from '@shared/house-style/house-style';
import { useEffect, useMemo, useRef } from 'react';
import { registerAutoCorrect } from '../autocorrect';
import { useMinutesContext } from '../minutes-context';

/**
 * AutoCorrect as the officer types (../autocorrect): quotation marks and dashes by the body's house style, and the
 * committee's abbreviations. The abbreviations' lookup is built when the list changes, never on a keystroke; the
 * keystroke reads the rules as they stand.
 */
export function AutoCorrectPlugin(): null {
  const [editor] = useLexicalComposerContext();
  const { body } = useMinutesContext();
  const { quotes, dashes } = houseStyleOf(body.houseStyle);
  const abbreviations = useMemo(() => abbreviationLookup(body.abbreviations ?? []), [body.abbreviations]);
  const rules = useRef<TypingRules>({ quotes, dashes, abbreviations });
  rules.current = { quotes, dashes, abbreviations };
  useEffect(() => registerAutoCorrect(editor, () => rules.current), [editor]);
  return null;
}
