import type { Clause, Mention, Phrase, Token } from '../../doc/layers.js';
import type { ToneFile } from '../../dictionaries/lexicon-schema.js';
import { sentenceRun } from '../clauses/sentence-run.js';

/** The tone of what a speaker said, read off the words of the content. */
export type Tone = 'criticism' | 'demand' | 'neutral';

export interface ToneLexicon {
  readonly criticism: readonly (readonly string[])[];
  readonly demand: readonly (readonly string[])[];
}

export function toneLexicon(tone: ToneFile): ToneLexicon {
  const split = (phrases: readonly string[]) => phrases.map((phrase) => phrase.split(/\s+/));
  return { criticism: split(tone.criticism), demand: split(tone.demand) };
}

function containsPhrase(
  tokens: readonly Token[],
  from: number,
  to: number,
  phrase: readonly string[],
  skip: (tokens: readonly Token[], i: number) => boolean = () => false,
): boolean {
  for (let i = from; i + phrase.length <= to; i++) {
    if (phrase.length === 1 && (isEconomicQuantity(tokens, i) || isMarketSense(tokens, i))) continue;
    if (skip(tokens, i)) continue;
    let all = true;
    for (let k = 0; k < phrase.length; k++) {
      const token = tokens[i + k]!;
      if (token.lower !== phrase[k] && token.lemma.toLowerCase() !== phrase[k]) {
        all = false;
        break;
      }
    }
    if (all) return true;
  }
  return false;
}

/**
 * The tone of a content toward one actor: a criticism or demand cue counts only in a content clause whose
 * subject (own or inherited) is that actor ("insisted that it was NATO making dangerous attempts",
 * "said the US is dragging Kiev …"). A negative word about something else ("such investments threaten to
 * cause inflation", "banks following their clients' expansion", "member states would have to reduce") says
 * nothing about the actor. Criticism cues outrank demand cues.
 */
export function aimedTone(
  tokens: readonly Token[],
  content: readonly Clause[],
  from: number,
  to: number,
  lexicon: ToneLexicon,
  isTarget: (clause: Clause) => boolean,
  targetTokens: { readonly tokenStart: number; readonly tokenEnd: number } | null = null,
): Tone {
  const aimedAt = (i: number): boolean => {
    // "an Iranian attack", "NATO's expansion", "aggression by Russia": the target names the cue's agent.
    if (targetTokens && namesAgentOf(tokens, targetTokens, i)) return true;
    // Clause spans end at the verb group's arguments the parser saw: the cue belongs to the last content clause
    // that starts before it.
    let owner: Clause | undefined;
    for (const clause of content) if (clause.start <= tokens[i]!.start) owner = clause;
    return !!owner && isTarget(owner);
  };
  // "said a Chinese attack on Taiwan could constitute a survival-threatening situation": an act the content only
  // forecasts ("could", "might", "may") blames no one for it.
  const forecast = (_: readonly Token[], i: number): boolean => {
    let owner: Clause | undefined;
    for (const clause of content) if (clause.start <= tokens[i]!.start) owner = clause;
    return !!owner?.verb.modal && FORECAST_MODALS.has(owner.verb.modal);
  };
  const find = (
    phrases: readonly (readonly string[])[],
    skip: (tokens: readonly Token[], i: number) => boolean = () => false,
  ) => {
    for (let i = from; i < to; i++)
      for (const phrase of phrases)
        if (i + phrase.length <= to && phraseAt(tokens, i, phrase) && !skip(tokens, i) && aimedAt(i))
          return true;
    return false;
  };
  if (find(lexicon.criticism, (all, i) => isNegatedCue(all, i) || forecast(all, i))) return 'criticism';
  if (find(lexicon.demand.filter((phrase) => !FORECAST_CUES.has(phrase[0]!)))) return 'demand';
  if (
    find(
      lexicon.demand.filter((phrase) => FORECAST_CUES.has(phrase[0]!)),
      demandsNothing,
    )
  )
    return 'demand';
  return 'neutral';
}

/** Does the actor at `actor` modify the noun at `cue` ("Iranian attack", "NATO's expansion") or follow it with "by"/"of"? */
function namesAgentOf(
  tokens: readonly Token[],
  actor: { readonly tokenStart: number; readonly tokenEnd: number },
  cue: number,
): boolean {
  if (tokens[cue]!.pos !== 'NOUN') return false;
  if (actor.tokenEnd <= cue && cue - actor.tokenEnd <= 2) {
    for (let i = actor.tokenEnd; i < cue; i++) {
      const token = tokens[i]!;
      if (!(token.pos === 'ADJ' || token.pos === 'PART' || /^['’]s?$/.test(token.text))) return false;
    }
    return true;
  }
  const by = tokens[cue + 1];
  return (
    actor.tokenStart >= cue + 2 &&
    actor.tokenStart <= cue + 3 &&
    !!by &&
    (by.lower === 'by' || by.lower === 'of')
  );
}

/**
 * The noun "demand" as an economic quantity: "domestic demand growth", "oil demand", "weak demand". Before a
 * noun ("demand growth") or after a modifier that is no actor's name, it is what buyers want, not what anyone
 * asks for; "Russia's demand for guarantees" and "demands" of actors stay cues.
 */
const QUANTITY_CUES = new Set(['demand']);

function isEconomicQuantity(tokens: readonly Token[], i: number): boolean {
  const token = tokens[i]!;
  if (!QUANTITY_CUES.has(token.lower) || token.pos !== 'NOUN') return false;
  const next = tokens[i + 1];
  if (next && next.pos === 'NOUN' && !next.sentenceStart) return true;
  const before = tokens[i - 1];
  return !!before && !token.sentenceStart && (before.pos === 'NOUN' || before.pos === 'ADJ');
}

/**
 * Cues that ask for something only as nouns: "Moscow wanted guarantees" demands; "the G-7 communique guaranteed
 * a relatively calm and stable market" (Frankfurt dealers) pledges or ensures, and asks nothing.
 */
const NOUN_ONLY_CUES = new Set(['guarantee', 'guarantees']);

/** Market quantities that pressure weighs on: "pressure on the Federal funds rate", "pressure on the dollar". */
const MARKET_WORDS = new Set([
  'rate',
  'rates',
  'price',
  'prices',
  'dollar',
  'yen',
  'mark',
  'marks',
  'sterling',
  'pound',
  'currency',
  'currencies',
  'fund',
  'funds',
  'market',
  'markets',
  'stock',
  'stocks',
  'share',
  'shares',
  'bond',
  'bonds',
  'margin',
  'margins',
  'yield',
  'yields',
  'reserve',
  'reserves',
  'liquidity',
]);

/** Market dealings that can be aggressive: "more aggressive system repurchase agreements", "aggressive selling". */
const MARKET_DEALINGS = new Set([
  'system',
  'repurchase',
  'repurchases',
  'buying',
  'selling',
  'lending',
  'pricing',
  'marketing',
  'bidding',
  'easing',
  'tightening',
  'investment',
  'investor',
  'investors',
  'trading',
]);

/**
 * Is the cue here the market's, not a reproach: pressure on a rate or price, pressure an actor is under or that
 * comes from someone else ("Reagan, who is under pressure from the Democrat-controlled U.S. Congress", "shocked
 * into reform by pressure from banks": the subject is pressed, not reproached), aggressive dealings
 * ("the Fed may arrange more aggressive system repurchase agreements")?
 */
function isMarketSense(tokens: readonly Token[], i: number): boolean {
  const token = tokens[i]!;
  const next = tokens[i + 1];
  if (token.lower === 'pressure' || token.lower === 'pressures') {
    if (tokens[i - 1]?.lower === 'under' || next?.lower === 'from') return true;
    if (next?.lower !== 'on') return false;
    for (let k = i + 2; k < i + 7 && k < tokens.length; k++) {
      const word = tokens[k]!;
      if (MARKET_WORDS.has(word.lower)) return true;
      if (!(word.pos === 'DET' || word.pos === 'ADJ' || word.pos === 'NOUN' || word.pos === 'PROPN')) break;
    }
    return false;
  }
  if (token.lower === 'aggressive') return !!next && MARKET_DEALINGS.has(next.lower);
  return false;
}

function phraseAt(tokens: readonly Token[], i: number, phrase: readonly string[]): boolean {
  if (phrase.length === 1 && isEconomicQuantity(tokens, i)) return false;
  if (phrase.length === 1 && isMarketSense(tokens, i)) return false;
  if (phrase.length === 1 && NOUN_ONLY_CUES.has(phrase[0]!) && tokens[i]!.pos !== 'NOUN') return false;
  for (let k = 0; k < phrase.length; k++) {
    const token = tokens[i + k]!;
    if (token.lower !== phrase[k] && token.lemma.toLowerCase() !== phrase[k]) return false;
  }
  return true;
}

const POSSESSIVE_MARKS = new Set(["'s", '’s', "'", '’']);
const POSSESSIVE_PRONOUNS = new Set(['his', 'her', 'its', 'their', 'our', 'my', 'your']);

/** Plural nouns for people who do something: "Japanese chipmakers", "Canadian corn producers", "U.S. investors". */
const AGENT_PLURAL = /(?:er|or|ist)s$/;

/**
 * Is a mention a main actor of a phrase of what was said, and so whom the statement may be about? It is when
 * it is the phrase's head ("a trip to China"), the owner before a possessive ("China's interest in GATT"),
 * an actor after the head's "of" or "by" ("the expansion of the military bloc"), or an adjective on a noun for
 * agents ("Japanese chipmakers") or, when `isActNoun` is given (for a subject or an object), on a noun for an
 * act, whose agent it names ("the Israel action was a violation"). An adjective
 * on anything else names whose thing it is: "U.S. officials said they are encouraged by the outcome in a
 * similar case covering European pasta imports" says nothing about Europe.
 */
export function isMainActorOf(
  tokens: readonly Token[],
  mention: Pick<Mention, 'tokenStart' | 'tokenEnd'>,
  phrase: Phrase,
  isActNoun: ((token: Token) => boolean) | null,
): boolean {
  if (mention.tokenStart < phrase.tokenStart || mention.tokenEnd > phrase.tokenEnd) return false;
  if (mention.tokenStart <= phrase.head && mention.tokenEnd > phrase.head) return true;
  const after = tokens[mention.tokenEnd];
  if (POSSESSIVE_MARKS.has(after?.text ?? '')) return true;
  // "warned Tokyo its promised economic package must be significant": a possessive pronoun opens a noun phrase
  // of its own, so the name before it is no modifier, whatever phrase the parser made of both.
  if (after?.pos === 'PRON' && POSSESSIVE_PRONOUNS.has(after.lower)) return true;
  // "the expansion of the military bloc further eastwards is a red line": the actor a noun's "of" or "by" phrase
  // heads is whose it is, unless it too only modifies ("the current expansion of Bangkok airport").
  if (mention.tokenStart > phrase.head) {
    const next = tokens[mention.tokenEnd];
    const modifies =
      mention.tokenEnd < phrase.tokenEnd && !!next && (next.pos === 'NOUN' || next.pos === 'PROPN');
    if (modifies) return false;
    if (namesAgentOf(tokens, mention, phrase.head)) return true;
    // "warned that any military intervention in Niger would be considered a declaration of war": an act's
    // "in", "against" or "on" phrase names whom it is done to.
    return !!isActNoun && isActNoun(tokens[phrase.head]!) && namesActTarget(tokens, mention, phrase.head);
  }
  const head = tokens[phrase.head]!;
  return AGENT_PLURAL.test(head.lower) || (!!isActNoun && isActNoun(head));
}

const ACT_TARGET_PREPS = new Set(['in', 'against', 'on', 'into']);

/** Does the actor stand right after the act noun's "in"/"against"/"on" (an article or adjective between)? */
function namesActTarget(
  tokens: readonly Token[],
  actor: { readonly tokenStart: number },
  act: number,
): boolean {
  const prep = tokens[act + 1];
  return (
    !!prep && ACT_TARGET_PREPS.has(prep.lower) && actor.tokenStart >= act + 2 && actor.tokenStart <= act + 3
  );
}

/** Criticism cues outrank demand cues: "must stop its dangerous provocations" is a criticism first. */
export function contentTone(tokens: readonly Token[], from: number, to: number, lexicon: ToneLexicon): Tone {
  if (lexicon.criticism.some((phrase) => containsPhrase(tokens, from, to, phrase, isNegatedCue)))
    return 'criticism';
  if (lexicon.demand.some((phrase) => containsPhrase(tokens, from, to, phrase, demandsNothing)))
    return 'demand';
  return 'neutral';
}

/** First words of demand cues that a forecast, a negation or a noun reading empties: "have to", "need to", "demand". */
const FORECAST_CUES = new Set(['have', 'need', 'demand']);
const FUTURE_MODALS = new Set(['will', 'would', "'ll", "'d", 'shall']);
/** Modals of what may happen, as a warning forecasts it ("could hit"); "must" and "should" demand. */
export const FORECAST_MODALS: ReadonlySet<string> = new Set(['could', 'might', 'may']);
const NEGATIONS = new Set(['not', "n't", 'never', 'no']);

/**
 * A criticism cue that a negation before it (and its auxiliaries) denies: "Russian forces had not attacked the city",
 * "Iran never violated the deal" blame no one.
 */
function isNegatedCue(tokens: readonly Token[], i: number): boolean {
  let j = i - 1;
  while (j >= 0 && (tokens[j]!.pos === 'AUX' || tokens[j]!.pos === 'ADV') && !NEGATIONS.has(tokens[j]!.lower))
    j--;
  return j >= 0 && NEGATIONS.has(tokens[j]!.lower) && !tokens[i]!.sentenceStart;
}

/**
 * A demand cue that demands nothing: a forecast of what must happen ("the Fed will have to tread a fine line",
 * "Ecuador would have to import six mln barrels"), a need or demand denied ("the Fed did not need to take
 * reserve action", "the Brazilian delegation had made no demands"), the noun "need" ("a substantial need to add
 * reserves", "feels the need to breathe new life").
 */
function demandsNothing(tokens: readonly Token[], i: number): boolean {
  const cue = tokens[i]!;
  const first = cue.lemma.toLowerCase();
  if (!FORECAST_CUES.has(first) && !FORECAST_CUES.has(cue.lower)) return false;
  if (cue.sentenceStart) return false;
  let j = i - 1;
  // "would probably have to", "will still need to": adverbs stand between.
  while (j > 0 && tokens[j]!.pos === 'ADV' && !NEGATIONS.has(tokens[j]!.lower) && !tokens[j]!.sentenceStart)
    j--;
  const before = tokens[j];
  if (!before || j < 0) return false;
  if (NEGATIONS.has(before.lower)) return true;
  if (first === 'demand') return false;
  if (FUTURE_MODALS.has(before.lower)) return true;
  return first === 'need' && (before.pos === 'DET' || before.pos === 'ADJ');
}

/**
 * The code of a speech act from its content's tone: a criticism of another actor is a disapproval (111)
 * or, when that actor is the agent of the content ("the US is dragging Kiev …"), an accusation (112); a
 * demand is 100; anything else a statement (010).
 */
export function speechActCode(tone: Tone, targetIsAgent: boolean): string {
  if (tone === 'criticism') return targetIsAgent ? '112' : '111';
  if (tone === 'demand') return '100';
  return '010';
}

/** Clauses that are the content of a speech clause: its complements, and theirs, and what they coordinate. */
export function contentClauses(speech: Clause, clauses: readonly Clause[]): Clause[] {
  const content: Clause[] = [];
  const queue = [speech.index];
  const [from, to] = sentenceRun(clauses, speech);
  while (queue.length > 0) {
    const parent = queue.shift()!;
    for (let i = from; i < to; i++) {
      const clause = clauses[i]!;
      if (
        clause.parent === parent &&
        clause.sentence === speech.sentence &&
        !content.includes(clause) &&
        clause !== speech
      ) {
        if (parent === speech.index && clause.kind !== 'complement') continue;
        content.push(clause);
        queue.push(clause.index);
      }
    }
  }
  return content.sort((a, b) => a.start - b.start);
}

/**
 * Content nouns of a likelihood or a state of affairs, which no one says: "has increased the likelihood that U.S.
 * banks will declare …", "to keep alive the possibility that …". Their "that" clause makes no speech act of a
 * verb that is not one of saying; nouns of saying ("issued warnings that", "broke the news that") do.
 */
const UNSPOKEN_CONTENT_NOUNS = new Set([
  'likelihood',
  'possibility',
  'chance',
  'chances',
  'risk',
  'danger',
  'fact',
  'sign',
  'signs',
  'indication',
  'indications',
  'expectation',
  'expectations',
  'impression',
  'notion',
  'assumption',
  'sense',
  'feeling',
]);

/**
 * Is a content clause the content of a noun that no one says ("the likelihood that …")? `tokenStart` is the
 * clause's first token; the noun stands right before its "that".
 */
export function isUnspokenContent(tokens: readonly Token[], part: Clause, tokenStart: number): boolean {
  if (part.introducer !== 'that' || !part.introducerSpan) return false;
  let i = tokenStart;
  while (i > 0 && tokens[i]!.start > part.introducerSpan.start) i--;
  while (i > 0 && tokens[i]!.start >= part.introducerSpan.start) i--;
  const noun = tokens[i];
  return !!noun && (UNSPOKEN_CONTENT_NOUNS.has(noun.lower) || UNSPOKEN_CONTENT_NOUNS.has(noun.lemma));
}

/** Speech verbs that accuse: "charged that …", "alleged that …" tell of another's fault (112). */
export const ACCUSING_SPEECH = new Set(['charge', 'allege']);

/** Introducers of a question or a manner, not a statement: "asked whether …", "recommends how …". */
export const QUESTION_INTRODUCERS = new Set([
  'whether',
  'if',
  'how',
  'what',
  'why',
  'who',
  'whom',
  'when',
  'where',
]);
