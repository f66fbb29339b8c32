import type { Suggestion } from '@shared/prediction/predictor';
import { $createParagraphNode, $createTextNode, $getRoot, type LexicalEditor } from 'lexical';
import { describe, expect, it } from 'vitest';
import { headlessMinutesEditor } from '../../support/headless-minutes-editor';
import { predictionWithFakes } from '../../support/prediction-fakes';

/** Prediction whose worker answers only when the test says, and a screen that records what it shows. */
function minutesWithSlowWorker() {
  const editor = headlessMinutesEditor();
  const asked: { before: string; fromParagraphStart: boolean; answer: (suggestion: Suggestion | null) => void }[] = [];
  const { controller, screen, frame } = predictionWithFakes(editor, (before, fromParagraphStart) => new Promise((answer) => asked.push({ before, fromParagraphStart, answer })));
  const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
  return { editor, controller, screen, asked, frame, settle };
}

function typeParagraph(editor: LexicalEditor, words: string): void {
  editor.update(() => $getRoot().clear().append($createParagraphNode().append($createTextNode(words))).selectEnd(), { discrete: true });
}

const text = (words: string): Suggestion => ({ replace: 0, parts: [{ kind: 'text', text: words }] });

describe('asking the worker', () => {
  it('asks once at a time, then about the text as it stands once the answer comes, and shows only an answer for that text', async () => {
    const { editor, screen, asked, frame, settle } = minutesWithSlowWorker();
    typeParagraph(editor, 'The report was n');
    frame();
    typeParagraph(editor, 'The report was no');
    frame();
    typeParagraph(editor, 'The report was not');
    frame();
    expect(asked.map((ask) => ask.before)).toEqual(['The report was n']);
    // The answer for text since typed past is dropped, and the text as it now stands is asked about.
    asked[0]!.answer(text('oted.'));
    await settle();
    expect(screen.shown).toBeNull();
    frame();
    expect(asked.map((ask) => ask.before)).toEqual(['The report was n', 'The report was not']);
    asked[1]!.answer(text('ed.'));
    await settle();
    expect(screen.shown).toBe('ed.');
  });

  it('keys typed within one frame are asked about once', () => {
    const { editor, asked, frame } = minutesWithSlowWorker();
    typeParagraph(editor, 'The report was n');
    typeParagraph(editor, 'The report was no');
    typeParagraph(editor, 'The report was not');
    frame();
    expect(asked.map((ask) => ask.before)).toEqual(['The report was not']);
  });

  it('sends only the end of a long paragraph, however long it grows', () => {
    const { editor, asked, frame } = minutesWithSlowWorker();
    const long = `${'The partnership considered the report at length. '.repeat(200)}The Chairman th`;
    typeParagraph(editor, long);
    frame();
    expect(asked).toHaveLength(1);
    expect(asked[0]!.before).toBe(long.slice(-200));
    expect(asked[0]!.fromParagraphStart).toBe(false);
  });
});
