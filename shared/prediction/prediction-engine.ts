import { parseTemplateText } from '../domain/templates';
import type { Lexicon } from './lexicon';
import { Predictor, type PredictionPerson, type PredictorOptions, type Suggestion, type TrainingText } from './predictor';
import { STOCK_MINUTES } from './stock-minutes';
import { paragraphsOfMinutes, runsOfPhrase } from './training-text';
import type { PredictionHistory } from './worker-messages';

/** How much the committee's standing phrases count against ordinary text: they are its house wording. */
const PHRASE_WEIGHT = 2;

/**
 * What the prediction worker does with each message, kept out of the worker so it can be tested in Node: builds
 * the model from the committee's records and the stock of council language, keeps this meeting's paragraphs
 * (and applies them again to a model built later), and answers what to offer.
 */
export class PredictionEngine {
  private predictor: Predictor | null = null;
  private readonly paragraphs = new Map<string, string>();
  private people: PredictionPerson[] = [];
  private lexicon: Lexicon | null = null;

  constructor(private readonly options: Partial<PredictorOptions> = {}) {}

  /** Builds the model afresh; returns its size, in words learnt, nodes and bytes. */
  learn(history: PredictionHistory, agenda: readonly string[]): { words: number; nodes: number; tableBytes: number } {
    const texts: TrainingText[] = [];
    let words = 0;
    for (const minutes of history.minutes) {
      let state: unknown;
      try {
        state = JSON.parse(minutes.editorState);
      } catch {
        continue; // a damaged draft teaches nothing; it is not this feature's to report
      }
      const paragraphs = paragraphsOfMinutes(state);
      words += paragraphs.reduce((sum, paragraph) => sum + paragraph.split(/\s+/).length, 0);
      texts.push({ paragraphs, weight: minutes.weight });
    }
    const phraseRuns = history.phrases.flatMap((text) => {
      try {
        return runsOfPhrase(parseTemplateText(text));
      } catch {
        return [];
      }
    });
    texts.push({ paragraphs: phraseRuns, weight: PHRASE_WEIGHT }, { paragraphs: agenda, weight: 1 }, { paragraphs: STOCK_MINUTES, weight: 1 });
    const predictor = Predictor.build(texts, this.options);
    this.teachPeople(predictor);
    predictor.setLexicon(this.lexicon);
    for (const [key, text] of this.paragraphs) predictor.setParagraph(key, text);
    this.predictor = predictor;
    return { words, ...predictor.stats };
  }

  /** The word list for words never met (the spelling dictionary's stems), read once by the worker. */
  setLexicon(lexicon: Lexicon): void {
    this.lexicon = lexicon;
    this.predictor?.setLexicon(lexicon);
  }

  /** The roster: people offered as mentions, and the words of their roles and organisations learnt as this meeting's. */
  setPeople(people: readonly PredictionPerson[]): void {
    if (this.predictor) for (const person of this.people) this.predictor.setParagraph(rosterKey(person.id), null);
    this.people = [...people];
    if (this.predictor) this.teachPeople(this.predictor);
  }

  private teachPeople(predictor: Predictor): void {
    predictor.setPeople(this.people);
    for (const person of this.people) if (person.words) predictor.setParagraph(rosterKey(person.id), person.words);
  }

  /** Paragraphs of this meeting changed (text) or went (null). */
  setParagraphs(changes: readonly { key: string; text: string | null }[]): void {
    for (const { key, text } of changes) {
      if (text === null) this.paragraphs.delete(key);
      else this.paragraphs.set(key, text);
      this.predictor?.setParagraph(key, text);
    }
  }

  /** Another meeting is open: its paragraphs come next. */
  forget(): void {
    this.paragraphs.clear();
    this.predictor?.clearSession();
    if (this.predictor) this.teachPeople(this.predictor);
  }

  suggest(before: string, fromParagraphStart: boolean): Suggestion | null {
    return this.predictor?.suggest(before, fromParagraphStart) ?? null;
  }
}

/** The key a person's roster words are learnt under, beside the minutes' paragraphs (Lexical keys never hold "\u0000"). */
function rosterKey(personId: string): string {
  return `\u0000roster\u0000${personId}`;
}
