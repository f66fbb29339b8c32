import type { Lexicon } from './lexicon';
import { NgramTable, PARAGRAPH_START } from './ngram-table';
import { PrefixSums } from './prefix-sums';
import { SessionCounts } from './session-counts';
import { completeWith, forEachToken, isPersonToken, isWordToken, PERSON, splitAtCaret, tokenise } from './tokens';
import { Vocabulary } from './vocabulary';

/**
 * Predictive completion for the minutes: an n-gram model over tokens (tokens.ts) learnt from a large, fixed body of
 * text (the committee's past minutes, its phrases and agenda, the stock of council minute language: NgramTable)
 * and from the minutes being typed (SessionCounts, kept up to date paragraph by paragraph). Given the text before
 * the caret it offers the likely rest of the word and, where the next words are likely enough, of the phrase; or a
 * person from the roster, which the editor inserts as a mention.
 *
 * Probabilities are interpolated Witten–Bell estimates from the longest context down to single tokens, counts from
 * the two sources added with the meeting's own weighted higher. Pure and synchronous: the app runs it in a worker.
 */

/** A body of text to learn from: its paragraphs (mentions as personMark) and how much each occurrence counts. */
export interface TrainingText {
  paragraphs: readonly string[];
  /** 1 for ordinary text; signed minutes count more. Whole numbers from 1 to 255. */
  weight: number;
}

/** Someone on the roster, as prediction sees them. */
export interface PredictionPerson {
  id: string;
  /** What a later mention prints, and so what the officer starts typing: "Mr Peerbux". */
  name: string;
  /** At this meeting (present, in attendance): more likely to be named. */
  present: boolean;
  /** Their role and organisation ("Head of Community Safety, KCC"): words the minutes may use. */
  words?: string;
}

/** One piece of a suggestion: words to insert, or a person to insert as a mention. */
export type SuggestionPart = { kind: 'text'; text: string } | { kind: 'person'; personId: string };

/** What is offered at the caret. */
export interface Suggestion {
  /**
   * Characters before the caret the suggestion takes over: the start of a person's name typed so far ("Mr Pe"),
   * which the mention replaces. 0 for ordinary text.
   */
  replace: number;
  parts: SuggestionPart[];
}

export interface PredictorOptions {
  /** Longest n-gram, in tokens (context of order − 1 tokens). */
  order: number;
  /** How much an occurrence in this meeting's minutes counts against one in the past minutes. */
  sessionWeight: number;
  /** A word completion is offered when it has at least this share of the words that fit what was typed. */
  wordShare: number;
  /** A whole next word, with nothing of it typed, is offered at this probability or more. */
  nextWord: number;
  /** The phrase goes on one more token while that token is at least this likely… */
  phraseStep: number;
  /** …and was seen after its context at least this often (weighted). */
  phraseEvidence: number;
  /** At most this many tokens after the word being completed. */
  phraseLength: number;
}

export const DEFAULT_PREDICTOR_OPTIONS: PredictorOptions = {
  order: 4,
  sessionWeight: 3,
  wordShare: 0.1,
  nextWord: 0.2,
  phraseStep: 0.3,
  phraseEvidence: 2,
  phraseLength: 8,
};

/** Paragraph start, and the mention token with and without a space before it, have fixed ids. */
const RESERVED = ['\u0001', PERSON, ` ${PERSON}`];
/** An id no token has: a context token never seen matches nothing. */
const UNKNOWN = 0xfffffffe;
/** Candidates read from one context at most (the most frequent first is not needed: scoring sorts). */
const CANDIDATES_PER_CONTEXT = 400;
/** Prefix runs longer than this are not scanned for single-token candidates (a one-letter prefix). */
const UNIGRAM_SCAN_LIMIT = 4000;
/** The text before the caret ends a sentence (and perhaps a space after it). */
const SENTENCE_END = /[.!?;:]\s*$/;
/** With only a title typed, a person is offered when likelier than all the others with that title together. */
const TITLE_ONLY_SHARE = 0.6;

/** Candidate words tried, likeliest first, for one worth offering. */
const WORDS_TRIED = 3;

interface Candidate {
  id: number;
  /** The token's text as it completes what was typed (capitalised if needed). */
  text: string;
}

/**
 * A candidate next token: its probability, its share of the probability of all tokens that fit what was typed, and
 * how often it was seen after the longest context that knows it.
 */
interface Ranked {
  candidate: Candidate;
  probability: number;
  share: number;
  evidence: number;
}

/** Per context length: the counts needed to interpolate. */
interface Level {
  context: number[];
  base: ReturnType<NgramTable['successors']>;
  session: ReturnType<SessionCounts['after']>;
}

export class Predictor {
  private readonly session: SessionCounts;
  private people: PredictionPerson[] = [];
  private lexicon: Lexicon | null = null;
  /** Tokens looked at by the asks so far: what an ask costs, which must not grow with the minutes (tested). */
  private examined = 0;
  /** Weighted cumulative unigram counts in prefix order (for the mass of every word that fits a prefix). */
  private readonly cumulative: Float64Array;
  /** This meeting's count of each word the table knows, by prefix order: the same mass for the meeting's words. */
  private readonly sessionSums: PrefixSums;
  /** This meeting's count of the words it alone has (none of them in the table) that follow a space. */
  private sessionNewSpaced = 0;

  private constructor(
    private readonly vocabulary: Vocabulary,
    private readonly table: NgramTable,
    private readonly historyMentions: ReadonlyMap<string, number>,
    readonly options: PredictorOptions,
  ) {
    this.session = new SessionCounts(options.order);
    this.sessionSums = new PrefixSums(vocabulary.frozenCount);
    this.cumulative = new Float64Array(vocabulary.frozenCount + 1);
    for (let position = 0; position < vocabulary.frozenCount; position += 1) {
      this.cumulative[position + 1] = this.cumulative[position]! + table.unigram(vocabulary.sortedId(position));
    }
  }

  /** Learns the fixed texts (past minutes, phrases, agenda, stock) once. */
  static build(texts: readonly TrainingText[], options: Partial<PredictorOptions> = {}): Predictor {
    const settings = { ...DEFAULT_PREDICTOR_OPTIONS, ...options };
    const vocabulary = new Vocabulary(RESERVED);
    const characters = texts.reduce((sum, text) => sum + text.paragraphs.reduce((inner, p) => inner + p.length + 1, 0), 0);
    let corpus = new Uint32Array(Math.max(16, Math.ceil(characters / 3)));
    let weights = new Uint8Array(corpus.length);
    let length = 0;
    const mentions = new Map<string, number>();
    const push = (id: number, weight: number) => {
      if (length === corpus.length) {
        const bigger = new Uint32Array(corpus.length * 2);
        bigger.set(corpus);
        corpus = bigger;
        const heavier = new Uint8Array(bigger.length);
        heavier.set(weights);
        weights = heavier;
      }
      corpus[length] = id;
      weights[length] = weight;
      length += 1;
    };
    for (const text of texts) {
      const weight = Math.max(1, Math.min(255, Math.round(text.weight)));
      for (const paragraph of text.paragraphs) {
        const start = length;
        push(PARAGRAPH_START, weight);
        forEachToken(paragraph, (token, personId) => {
          push(vocabulary.idOf(token), weight);
          if (personId) mentions.set(personId, (mentions.get(personId) ?? 0) + weight);
        });
        if (length === start + 1) length = start; // an empty paragraph
      }
    }
    vocabulary.freeze();
    const table = NgramTable.build(corpus.subarray(0, length), weights.subarray(0, length), vocabulary.size, settings.order);
    return new Predictor(vocabulary, table, mentions, settings);
  }

  /** Size of what was built, for the benchmark and the memory test. */
  get stats(): { tokens: number; nodes: number; tableBytes: number } {
    return { tokens: this.vocabulary.size, nodes: this.table.nodeCount, tableBytes: this.table.byteSize };
  }

  /** How many tokens the asks so far have looked at (the unit tests show an ask costs the same at any length of minutes). */
  get tokensExamined(): number {
    return this.examined;
  }

  /** The roster, for names offered as mentions. */
  setPeople(people: readonly PredictionPerson[]): void {
    this.people = people.filter((person) => person.name.trim() !== '');
  }

  /** Learns (or re-learns) one paragraph of the minutes being typed; null forgets it (deleted). */
  setParagraph(key: string, text: string | null): void {
    const old = this.session.tokensOf(key);
    if (old) this.countWords(old, -1);
    if (text === null) {
      this.session.setParagraph(key, null);
      return;
    }
    const tokens = tokenise(text);
    const ids = new Uint32Array(tokens.length + 1);
    ids[0] = PARAGRAPH_START;
    tokens.forEach((token, index) => (ids[index + 1] = this.vocabulary.idOf(token.text)));
    const people = tokens.flatMap((token) => (token.personId ? [token.personId] : []));
    this.session.setParagraph(key, tokens.length > 0 ? ids : null, people);
    if (tokens.length > 0) this.countWords(ids, 1);
  }

  /** Forgets the minutes typed so far (another meeting's minutes come next). */
  clearSession(): void {
    this.session.clear();
    this.sessionSums.clear();
    this.sessionNewSpaced = 0;
  }

  /** Keeps the meeting's word counts by prefix (sessionSums, sessionNewSpaced) in step with a paragraph's tokens. */
  private countWords(ids: Uint32Array, delta: number): void {
    for (let i = 1; i < ids.length; i += 1) {
      const id = ids[i]!;
      if (id < this.vocabulary.frozenCount) this.sessionSums.add(this.vocabulary.positionOf(id), delta);
      else if (this.vocabulary.text(id).startsWith(' ')) this.sessionNewSpaced += delta;
    }
  }

  /**
   * What to offer after `before`, the paragraph's text up to the caret (mentions as personMark). When `before` is
   * only the end of a long paragraph, `fromParagraphStart` is false and its first, possibly cut, token is ignored.
   * Null when nothing is likely enough or it would save fewer than two characters.
   */
  suggest(before: string, fromParagraphStart = true): Suggestion | null {
    // Nothing before anything is typed in a paragraph or a sentence: there Tab indents, Escape leaves the minutes,
    // and a guess at a whole sentence's first word is seldom right.
    if (before.trim() === '' || SENTENCE_END.test(before)) return null;
    const { context, partial } = splitAtCaret(before);
    const known = (fromParagraphStart ? context : context.slice(1)).map((token) => this.vocabulary.find(token.text) ?? UNKNOWN);
    const history = fromParagraphStart ? [PARAGRAPH_START, ...known] : known;

    const named = this.personTyped(before);
    if (named) return named;

    const needed = partial.trim() === '' ? this.options.nextWord : this.options.wordShare;
    // The likeliest word that makes an offer worth showing: when the likeliest saves under two characters ("th" →
    // "the"), the next likeliest may not ("th" → "that"); the officer, typing on, loses nothing either way.
    for (const first of this.ranked(history, partial, WORDS_TRIED)) {
      if (first.share < needed) break;
      const offer = this.offerFrom(first, before, partial, [...history], needed);
      if (offer) return offer;
    }
    // A word from the word list, when nothing the model knows that fits what was typed is likely enough.
    const rest = this.lexicon?.complete(partial.trimStart()) ?? null;
    return rest === null ? null : { replace: 0, parts: [{ kind: 'text', text: rest }] };
  }

  /** The word list asked for words never met (Lexicon); none until the worker has read it. */
  setLexicon(lexicon: Lexicon | null): void {
    this.lexicon = lexicon;
  }

  /** The suggestion that completes the word being typed with `first` and goes on with the phrase while it is likely. */
  private offerFrom(first: Ranked, before: string, partial: string, history: number[], needed: number): Suggestion | null {
    const parts: SuggestionPart[] = [];
    let text = first.candidate.text.slice(partial.length);
    if (isPersonToken(first.candidate.text)) {
      const person = this.likelyPerson();
      if (!person || first.probability * person.share < needed) return null;
      return { replace: 0, parts: [...(text.startsWith(' ') ? [{ kind: 'text', text: ' ' } as const] : []), { kind: 'person', personId: person.id }] };
    }
    const completedWord = `${before}${text}`;
    const viaText = this.personTyped(completedWord, before.length);
    if (viaText) return viaText;

    // The phrase: further tokens while each is likely and was seen more than once after its context.
    history.push(first.candidate.id);
    let endsWithPerson: string | null = null;
    for (let step = 0; step < this.options.phraseLength; step += 1) {
      const next = this.ranked(history, '', 1)[0];
      // The word after the one being typed is offered as it would be after the space; the phrase goes further
      // only while it is confident.
      const wordAlone = step === 0;
      if (!next || next.probability < (wordAlone ? this.options.nextWord : this.options.phraseStep) || (!wordAlone && next.evidence < this.options.phraseEvidence)) break;
      if (isPersonToken(next.candidate.text)) {
        const person = this.likelyPerson();
        if (person && person.share >= 0.5) {
          if (next.candidate.text.startsWith(' ')) text += ' ';
          endsWithPerson = person.id;
        }
        break;
      }
      text += next.candidate.text;
      history.push(next.candidate.id);
      if (/^[.;:!?]$/.test(next.candidate.text)) break; // a sentence's end is as far as a suggestion goes
    }
    if (text !== '') parts.push({ kind: 'text', text });
    if (endsWithPerson) parts.push({ kind: 'person', personId: endsWithPerson });
    if (parts.length === 0 || (!endsWithPerson && text.length < 2)) return null;
    return { replace: 0, parts };
  }

  /**
   * A person whose name the text ends with the start of ("… Mr Pe" → Mr Peerbux). Once a letter of the surname is
   * typed the likeliest such person is offered; with only the title, or part of it, typed ("Mr ", "M") only a
   * person much likelier than the others with that title. `typedUpTo`: where the officer's own typing ends, when
   * `text` already includes a word completed by us; the name must begin in what the officer typed.
   */
  private personTyped(text: string, typedUpTo = text.length): Suggestion | null {
    const matches: { person: PredictionPerson; typed: number; prior: number; surname: boolean }[] = [];
    for (const person of this.people) {
      const name = person.name;
      const titleLength = name.includes(' ') ? name.lastIndexOf(' ') + 1 : 0;
      for (let typed = Math.min(name.length, text.length); typed >= (titleLength === 0 ? 2 : 1); typed -= 1) {
        // A name typed out in full is left as typed: there is nothing to complete.
        if (typed === name.length && typedUpTo === text.length) continue;
        if (text.length - typed >= typedUpTo) break; // the name must begin in what the officer typed
        if (!text.endsWith(name.slice(0, typed))) continue;
        const before = text.charAt(text.length - typed - 1);
        if (before !== '' && /[\p{L}\p{N}]/u.test(before)) continue;
        matches.push({ person, typed, prior: this.prior(person), surname: typed > titleLength });
        break;
      }
    }
    const longest = Math.max(0, ...matches.map((match) => match.typed));
    const rivals = matches.filter((match) => match.typed === longest);
    const best = rivals.reduce<(typeof rivals)[number] | null>((top, match) => (top === null || match.prior > top.prior ? match : top), null);
    if (!best) return null;
    const share = best.prior / rivals.reduce((sum, match) => sum + match.prior, 0);
    if (!best.surname && share < TITLE_ONLY_SHARE) return null;
    // The officer's typed part is what the mention replaces; a word completed by us is simply not inserted.
    const replace = typedUpTo - (text.length - best.typed);
    return { replace, parts: [{ kind: 'person', personId: best.person.id }] };
  }

  /** How likely a person is to be named next: named already in this meeting, at it, named in past minutes. */
  private prior(person: PredictionPerson): number {
    return 1 + 4 * this.session.mentions(person.id) + (person.present ? 2 : 0) + Math.sqrt(this.historyMentions.get(person.id) ?? 0);
  }

  /** The likeliest person to be named next, and their share of the likelihood. */
  private likelyPerson(): { id: string; share: number } | null {
    let total = 0;
    let best: { id: string; prior: number } | null = null;
    for (const person of this.people) {
      const prior = this.prior(person);
      total += prior;
      if (!best || prior > best.prior) best = { id: person.id, prior };
    }
    return best ? { id: best.id, share: best.prior / total } : null;
  }

  /**
   * The `count` likeliest next tokens that begin with `partial`, likeliest first (see Ranked).
   */
  private ranked(history: readonly number[], partial: string, count: number): Ranked[] {
    const levels: Level[] = [];
    for (let length = 0; length < this.options.order && length <= history.length; length += 1) {
      const context = history.slice(history.length - length);
      levels.push({ context, base: length === 0 ? null : this.table.successors(context), session: this.session.after(context) });
    }

    // Candidates, and per level the weighted count of every token that fits `partial`.
    const candidates = new Map<number, Candidate>();
    const fits = (id: number): Candidate | null => {
      if (id === PARAGRAPH_START) return null;
      const cached = candidates.get(id);
      if (cached) return cached;
      this.examined += 1;
      const text = this.vocabulary.text(id);
      if (partial === '') return { id, text };
      if (isPersonToken(text)) return partial === ' ' && text.startsWith(' ') ? { id, text } : null;
      let completed = completeWith(partial, text);
      if (completed === null && isWordToken(text)) {
        // The same word with or without a space before it: a word met so far only at a paragraph's start (or after
        // a bracket) is still offered in the middle of a sentence, and the other way round.
        const respaced = partial.startsWith(' ') ? (text.startsWith(' ') ? null : ` ${text}`) : text.startsWith(' ') ? text.slice(1) : null;
        if (respaced !== null) completed = completeWith(partial, respaced);
      }
      return completed === null ? null : { id, text: completed };
    };
    const S = this.options.sessionWeight;
    const fitting: number[] = [];
    for (const level of levels) {
      let sum = 0;
      let taken = 0;
      if (level.context.length === 0) {
        // Single words: their mass from the prefix sums, candidates from the prefix index (never the whole
        // vocabulary of the meeting, so an ask costs the same at any length of minutes).
        fitting.push(this.unigramCandidates(partial, fits, candidates));
        continue;
      }
      if (level.base) {
        this.table.forEachSuccessor(level.base, (id, count) => {
          const candidate = fits(id);
          if (!candidate) return;
          sum += count;
          if (taken++ < CANDIDATES_PER_CONTEXT) candidates.set(id, candidate);
        });
      }
      if (level.session) {
        for (const [id, count] of level.session.next) {
          const candidate = fits(id);
          if (!candidate) continue;
          sum += S * count;
          candidates.set(id, candidate);
        }
      }
      fitting.push(sum);
    }
    if (candidates.size === 0) return [];

    const vocabularySize = this.vocabulary.size;
    const fittingTypes = partial === '' ? vocabularySize : Math.max(candidates.size, 1);
    let fitMass = fittingTypes / vocabularySize;
    const probability = new Map<number, number>();
    for (const candidate of candidates.values()) probability.set(candidate.id, 1 / vocabularySize);
    const evidence = new Map<number, number>();
    levels.forEach((level, index) => {
      const baseTotal = level.base ? level.base.total : level.context.length === 0 ? this.table.totalCount : 0;
      const baseTypes = level.base ? level.base.to - level.base.from : level.context.length === 0 ? this.table.vocabularySize : 0;
      const total = baseTotal + S * (level.session?.total ?? 0);
      const types = baseTypes + (level.session?.next.size ?? 0);
      if (total <= 0) return;
      for (const candidate of candidates.values()) {
        const baseCount = level.base ? this.table.countAfter(level.base, candidate.id) : level.context.length === 0 ? this.table.unigram(candidate.id) : 0;
        const count = baseCount + S * (level.session?.next.get(candidate.id) ?? 0);
        if (count > 0) evidence.set(candidate.id, count);
        probability.set(candidate.id, (count + types * probability.get(candidate.id)!) / (total + types));
      }
      fitMass = (fitting[index]! + types * fitMass) / (total + types);
    });
    // The `count` likeliest, best first (kept in order as they are found: `count` is a handful).
    const top: Ranked[] = [];
    for (const candidate of candidates.values()) {
      const p = probability.get(candidate.id)!;
      // A token no longer seen anywhere (a word of minutes since deleted) is not offered.
      if (!evidence.has(candidate.id)) continue;
      if (top.length === count && p <= top[count - 1]!.probability) continue;
      const share = partial === '' ? p : p / Math.max(fitMass, p);
      let at = top.length;
      while (at > 0 && top[at - 1]!.probability < p) at -= 1;
      top.splice(at, 0, { candidate, probability: p, share, evidence: evidence.get(candidate.id)! });
      if (top.length > count) top.pop();
    }
    return top;
  }

  /**
   * Single-token candidates for a prefix (from the prefix index, where the run of words is short enough to read),
   * and the weighted count of every token that fits it, in the past minutes and this meeting's. With nothing of a
   * word typed there are no candidates here: a word is offered on its own only after a context that knows it.
   */
  private unigramCandidates(partial: string, fits: (id: number) => Candidate | null, into: Map<number, Candidate>): number {
    const S = this.options.sessionWeight;
    const sessionTotal = this.session.after([])?.total ?? 0;
    if (partial === '') return this.table.totalCount + S * sessionTotal;
    // The word with and without a space before it (see `fits` in best()).
    const bare = partial.trimStart();
    const prefixes = bare === '' ? [partial] : [partial, partial.startsWith(' ') ? bare : ` ${bare}`];
    const sessionWords = this.session.after([])?.next;
    let mass = 0;
    for (const prefix of prefixes) {
      const { from, to } = this.vocabulary.prefixRange(prefix);
      mass += this.cumulative[to]! - this.cumulative[from]! + S * this.sessionSums.sum(from, to);
      if (bare === '') {
        mass += S * this.sessionNewSpaced;
        continue;
      }
      if (to - from <= UNIGRAM_SCAN_LIMIT) {
        for (let position = from; position < to; position += 1) {
          const id = this.vocabulary.sortedId(position);
          const candidate = fits(id);
          if (candidate && isWordToken(candidate.text)) into.set(id, candidate);
        }
      }
      for (const id of this.vocabulary.laterMatching(prefix)) {
        mass += S * (sessionWords?.get(id) ?? 0);
        const candidate = fits(id);
        if (candidate) into.set(id, candidate);
      }
    }
    return mass;
  }
}
