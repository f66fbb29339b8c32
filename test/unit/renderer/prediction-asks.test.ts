import type { Suggestion } from '@shared/prediction/predictor';
import { $createParagraphNode, $createTextNode, $getRoot, type LexicalEditor } from 'lexical';
import { describe, expect, it } from 'vitest';
import { NewestAsk } from '../../../renderer/src/prediction/newest-ask';
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
  it('asks after each frame without waiting for the last answer, and shows only the answer for the text as it stands', async () => {
    const { editor, screen, asked, frame, settle } = minutesWithSlowWorker();
    typeParagraph(editor, 'The report was n');
    frame();
    typeParagraph(editor, 'The report was no');
    frame();
    expect(asked.map((ask) => ask.before)).toEqual(['The report was n', 'The report was no']);
    // The answer for the older text comes last, and is dropped; the newest is shown.
    asked[1]!.answer(text('ted.'));
    asked[0]!.answer(text('oted.'));
    await settle();
    expect(screen.shown).toBe('ted.');
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

describe('the worker answering only the newest question', () => {
  it('answers a question replaced while it waited with nothing, at once, and works out only the newest', () => {
    const later: (() => void)[] = [];
    const answered: string[] = [];
    const skipped: string[] = [];
    const asks = new NewestAsk<string>(
      (work) => later.push(work),
      (question) => answered.push(question),
      (question) => skipped.push(question),
    );
    asks.ask('The report was n');
    asks.ask('The report was no');
    asks.ask('The report was not');
    expect(skipped).toEqual(['The report was n', 'The report was no']);
    expect(later).toHaveLength(1);
    later.shift()!();
    expect(answered).toEqual(['The report was not']);
    asks.ask('The report was noted');
    later.shift()!();
    expect(answered).toEqual(['The report was not', 'The report was noted']);
    expect(skipped).toHaveLength(2);
  });
});
