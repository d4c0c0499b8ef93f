import type { Span, TextSpan } from './span.js';

/** Universal POS tags, as wink-nlp emits them. */
export type Pos =
  | 'ADJ'
  | 'ADP'
  | 'ADV'
  | 'AUX'
  | 'CCONJ'
  | 'DET'
  | 'INTJ'
  | 'NOUN'
  | 'NUM'
  | 'PART'
  | 'PRON'
  | 'PROPN'
  | 'PUNCT'
  | 'SCONJ'
  | 'SYM'
  | 'VERB'
  | 'X'
  | 'SPACE';

export interface Paragraph extends Span {
  readonly index: number;
  readonly kind: 'title' | 'body';
}

export interface Token extends Span {
  readonly index: number;
  /** The surface text, `doc.text.slice(start, end)`. */
  readonly text: string;
  readonly lower: string;
  readonly lemma: string;
  readonly pos: Pos;
  /** wink-nlp's token type: `word`, `punctuation`, `number`, `symbol`, `email`, `url`, … */
  readonly kind: string;
  /** Inside the scope of a negation ("did not attack"), per wink-nlp. */
  readonly negated: boolean;
  readonly paragraph: number;
  /** True on the first token of a sentence; the `sentences` stage groups tokens by it. */
  readonly sentenceStart: boolean;
}

export interface Sentence extends Span {
  readonly index: number;
  readonly paragraph: number;
  /** Token indices, half-open. */
  readonly tokenStart: number;
  readonly tokenEnd: number;
}

/** A phrase of a clause: tokens `[tokenStart, tokenEnd)`, with its head token. */
export interface Phrase {
  readonly tokenStart: number;
  readonly tokenEnd: number;
  /** The head token index (the last noun of a noun phrase). */
  readonly head: number;
}

/** A verb group: auxiliaries, negation and adverbs around a head verb ("has consistently rejected"). */
export interface VerbGroup {
  readonly tokenStart: number;
  readonly tokenEnd: number;
  readonly head: number;
  /** Lemma of the head verb, corrected where wink-nlp's lemma is wrong ("staged" → "stage"). */
  readonly lemma: string;
  /** A particle after the head ("call on", "break off", "carry out"), when one follows. */
  readonly particle: string | null;
  readonly passive: boolean;
  /** "not", "n't", "never", "no longer" inside the group. */
  readonly negated: boolean;
  /** The modal auxiliary, lower-cased ("could", "will"), or "going to"/"about to". */
  readonly modal: string | null;
  /** Introduced by "to" (an infinitive). */
  readonly infinitive: boolean;
  /** An -ing form with no auxiliary ("..., killing eight people"). */
  readonly participle: boolean;
}

export type ClauseKind =
  'main' | 'complement' | 'conditional' | 'relative' | 'adverbial' | 'infinitive' | 'participle';

/**
 * One predicate of a sentence with its arguments, from dyad's shallow parse over POS tags (no dependency
 * parser): the subject (possibly inherited from a coordinated or governing clause), objects and
 * prepositional phrases, the word that introduced it ("that", "if", "unless", "should …") and the clause
 * that governs it.
 */
export interface Clause extends Span {
  readonly index: number;
  readonly sentence: number;
  readonly kind: ClauseKind;
  readonly verb: VerbGroup;
  readonly subject: Phrase | null;
  /** True when the subject was taken from another clause (coordination, control, relative pronoun). */
  readonly subjectInherited: boolean;
  readonly objects: readonly Phrase[];
  readonly preps: readonly { readonly prep: string; readonly tokenIndex: number; readonly phrase: Phrase }[];
  /** Introducer lemma: "that", "if", "unless", "should", "provided that", "on the condition that", "which", … */
  readonly introducer: string | null;
  readonly introducerSpan: Span | null;
  /** The governing clause (the speech verb of a complement, the verb of an infinitive, …). */
  readonly parent: number | null;
}

/** An actor's codes, the way GDELT's Actor1Code / CountryCode / KnownGroupCode / Type1-3Code carry them. */
export interface ActorCode {
  /** Full CAMEO actor code, e.g. `RUSGOV`, `IGOWSTNAT`, `---REB` when no country is known. */
  readonly code: string;
  readonly country: string | null;
  readonly knownGroup: string | null;
  readonly roles: readonly string[];
}

/** Which dictionary section an entry comes from. */
export type EntryKind = 'country' | 'region' | 'institution' | 'organisation' | 'group' | 'person' | 'role';

/** How a mention was recognised. */
export type MentionVia =
  | 'name'
  | 'demonym'
  | 'adjective'
  | 'capital'
  | 'metonym'
  | 'role'
  | 'alias'
  | 'surname'
  | 'coreference'
  | 'pronoun';

export interface Mention extends Span, ActorCode {
  readonly index: number;
  readonly sentence: number;
  readonly tokenStart: number;
  readonly tokenEnd: number;
  /** The dictionary entry that matched, e.g. `person:vladimir-putin`, `country:RUS`. */
  readonly entry: string;
  /** The entry's canonical name ("Vladimir Putin", "Russia", "NATO"). */
  readonly name: string;
  readonly kind: EntryKind;
  readonly via: MentionVia;
  /** A person (or a role noun naming one person), with grammatical gender when known, for "he"/"she". */
  readonly person: boolean;
  readonly gender?: 'm' | 'f';
  /** The mention this one was resolved to by coreference. */
  readonly antecedent?: number;
  /** True when the code is a guess (coreference by pronoun or by a generic noun). */
  readonly guess: boolean;
}

export type QuoteType = 'direct' | 'indirect' | 'mixed';

export interface Quote {
  readonly index: number;
  readonly type: QuoteType;
  readonly content: Span;
  readonly cue: Span | null;
  /** Lemma of the cue ("say", "insist", "according to", "statement"). */
  readonly cueLemma: string | null;
  readonly speaker: Span | null;
  /** Index of the mention the speaker resolves to, if any. */
  readonly speakerMention: number | null;
  readonly addressee: Span | null;
  readonly addresseeMention: number | null;
  /** Sentence index where the content starts. */
  readonly sentence: number;
}

export type Granularity = 'day' | 'week' | 'month' | 'year';

export interface TimeExpression extends Span {
  readonly sentence: number;
  /** `YYYY-MM-DD`: the first day of the period for week, month and year. */
  readonly date: string;
  readonly granularity: Granularity;
  readonly rule: string;
}

/**
 * What in the text makes a name a place (see the places stage's `placeContext`): `dateline`, `based`
 * ("Brussels-based"), `comma-country` ("Victoria, Seychelles"), `locative` ("in Geneva", "in the Ukrainian
 * capital Kyiv"), `place-of` ("the city of Kharkiv"), `list` ("in Kyiv and Lviv"), `of` ("the outskirts of
 * Kyiv", "east of Basra"), `of-people` ("the mayor of Lviv", "residents of Irpin"), `motion` ("travelled to
 * Geneva"), `from` ("a delegation from Geneva"), `site` ("its Brussels headquarters"), `event` ("the Paris
 * summit"), `possessive` ("Kyiv's mayor"), `title` ("Kyiv Mayor Vitali Klitschko"), `seized` (the object of a verb
 * of capture or force: "captured Kherson", "shelled Kharkiv").
 */
export type PlaceCue =
  | 'dateline'
  | 'based'
  | 'comma-country'
  | 'locative'
  | 'place-of'
  | 'list'
  | 'of'
  | 'of-people'
  | 'motion'
  | 'from'
  | 'site'
  | 'event'
  | 'possessive'
  | 'title'
  | 'seized';

export interface Place extends Span {
  readonly sentence: number;
  readonly name: string;
  /** ISO 3166 alpha-3 / CAMEO country code. */
  readonly country: string;
  readonly lat: number;
  readonly lon: number;
  readonly entry: string;
  /** What makes the name a place here. */
  readonly cue: PlaceCue;
}

/** Every modality an event can have: whether the text says the act happened. */
export const MODALITIES = [
  'asserted',
  'reported',
  'negated',
  'conditional',
  'hypothetical',
  'intended',
  'denied',
] as const;
export type Modality = (typeof MODALITIES)[number];

/** An actor as event records carry it: codes plus the words that named it. */
export interface Actor extends ActorCode {
  readonly name: string;
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

/** One coded event: the contract of `dyad code`, the store and every export. */
export interface EventRecord {
  readonly id: string;
  readonly articleId: string;
  readonly url: string;
  readonly sentenceIndex: number;
  readonly date: string;
  readonly dateGranularity: Granularity;
  readonly publicationDate: string;
  readonly source: Actor | null;
  readonly target: Actor | null;
  readonly code: string;
  readonly rootCode: string;
  readonly quadClass: 1 | 2 | 3 | 4;
  readonly goldstein: number;
  readonly plover: { readonly type: string; readonly mode: string } | null;
  readonly modality: Modality;
  readonly condition: TextSpan | null;
  readonly speaker: Actor | null;
  readonly evidence: TextSpan;
  readonly location: {
    readonly name: string;
    readonly country: string;
    readonly lat: number;
    readonly lon: number;
  } | null;
  readonly confidence: number;
  readonly coder: { readonly name: string; readonly version: string; readonly dictionaries: string };
}

/** Why an event was coded: the entries and rules that fired (shown by `dyad explain`). */
export interface EventTrace {
  readonly pattern: string;
  readonly rules: readonly string[];
  readonly verb: Span;
}

export interface CodedEvent {
  readonly record: EventRecord;
  readonly trace: EventTrace;
}

/** One quotation as `dyad quotes --json` prints it and the store keeps it. */
export interface QuoteRecord {
  readonly id: string;
  readonly articleId: string;
  readonly url: string;
  /** Publication date of the article, `YYYY-MM-DD`. */
  readonly date: string;
  readonly sentenceIndex: number;
  readonly type: QuoteType;
  readonly content: TextSpan;
  readonly cue: TextSpan | null;
  readonly speaker: TextSpan | null;
  readonly speakerActor: Actor | null;
  readonly addressee: TextSpan | null;
  readonly addresseeActor: Actor | null;
}

/** The layers a Doc can carry, by name. */
export interface Layers {
  paragraphs: readonly Paragraph[];
  tokens: readonly Token[];
  sentences: readonly Sentence[];
  mentions: readonly Mention[];
  clauses: readonly Clause[];
  quotes: readonly Quote[];
  times: readonly TimeExpression[];
  places: readonly Place[];
  events: readonly CodedEvent[];
}

export type LayerName = keyof Layers;
