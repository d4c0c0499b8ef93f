import type { Clause, ClauseKind, Phrase, Token, VerbGroup } from '../../doc/layers.js';
import type { Stage } from '../../pipeline/stage.js';
import { CONTENT_NOUNS } from './content-nouns.js';
import { isNounPhraseToken, nounPhraseAt, nounPhraseEndingAt, RELATIVE_PRONOUNS } from './phrases.js';
import {
  findVerbGroups,
  isAdjectivalVerb,
  isNominalVerb,
  isParticiple,
  isPastForm,
  type VerbLexicon,
  verbGroup,
} from './verb-groups.js';

export interface ClausesStageOptions {
  readonly lexicon: VerbLexicon;
  /** Verbs that take a clause with no "that": "Zakharova said the expansion … is a red line". */
  readonly complementVerbs: ReadonlySet<string>;
  /** Nouns whose clause a colon introduces: "issued a stark warning: Russia must …". */
  readonly complementNouns?: ReadonlySet<string>;
  /**
   * Nouns of a decision, plan, attempt, refusal or threat, whose owner does what an infinitive after them says:
   * "rallied against the Georgian government's decision to suspend EU accession talks".
   */
  readonly frameNouns?: ReadonlySet<string>;
}

const CONDITIONAL = new Set([
  'if',
  'unless',
  'should',
  'provided that',
  'providing that',
  'on the condition that',
  'on condition that',
  'as long as',
  'so long as',
  'in case',
  'only if',
  // "would send troops only after a ceasefire was agreed": an act held back until another is a condition of it.
  'only after',
  'only when',
  'only once',
  'even if',
  'in the event that',
]);
const ADVERBIAL = new Set([
  'because',
  'since',
  'as',
  'after',
  'before',
  'while',
  'when',
  'although',
  'though',
  'once',
  'until',
  'whereas',
  'where',
  'so',
  'amid',
  'despite',
  'by',
  'for',
  'of',
  'without',
  'in',
  'on',
  'from',
  'with',
  'against',
  'over',
  'about',
  'through',
  'instead of',
  'rather than',
  'even though',
  'so that',
  'in order to',
]);
const COMPLEMENTIZERS = new Set(['that', 'whether']);
/** Auxiliaries of a past or perfect verb group. */
const PAST_AUXILIARIES = new Set(['has', 'have', 'had', 'was', 'were', 'did']);

/** Is a verb group in the present ("withdraws", "are freed", "is lifted"), not past or perfect ("ended", "had ended")? */
function isPresentGroup(tokens: readonly Token[], verb: VerbGroup): boolean {
  const first = tokens[verb.tokenStart]!;
  if (first.pos === 'AUX') return !PAST_AUXILIARIES.has(first.lower);
  return !/ed$/.test(tokens[verb.head]!.lower);
}
/** Modals of an act still to come. */
const FUTURE_MODALS = new Set(['will', 'would', 'shall']);
const MULTIWORD_INTRODUCERS = [
  ['on', 'the', 'condition', 'that'],
  ['on', 'condition', 'that'],
  ['in', 'the', 'event', 'that'],
  ['provided', 'that'],
  ['providing', 'that'],
  ['as', 'long', 'as'],
  ['so', 'long', 'as'],
  ['in', 'case'],
  ['only', 'if'],
  ['only', 'after'],
  ['only', 'when'],
  ['only', 'once'],
  ['even', 'if'],
  ['even', 'though'],
  ['so', 'that'],
  ['instead', 'of'],
  ['rather', 'than'],
];
const SUBJECT_PREPS = new Set(['of', 'in', 'from', 'for', 'at', 'between']);
/** Nouns of an act or burden whose "on" or "against" phrase names whom it is aimed at: "the attack on Iraq". */
const AIMED_NOUNS = new Set(
  (
    'attack attacks raid raids strike strikes assault offensive aggression bombing shelling sanctions embargo ' +
    'ban tariff tariffs duty duties tax curbs restrictions pressure drain'
  ).split(' '),
);
/** Does a phrase starting at `start` stand where a subject starts: at the sentence's start, after punctuation, a
 * conjunction or "that"? */
function opensSubject(
  tokens: readonly Token[],
  start: number,
  s: number,
  complementVerbs: ReadonlySet<string>,
): boolean {
  if (start <= s) return true;
  const before = tokens[start - 1]!;
  return (
    before.pos === 'PUNCT' ||
    before.pos === 'SCONJ' ||
    before.pos === 'CCONJ' ||
    before.lower === 'that' ||
    // "Takaichi said a Chinese attack on Taiwan could threaten Japan": a speech verb's bare complement.
    (before.pos === 'VERB' && complementVerbs.has(before.lemma.toLowerCase()))
  );
}

/** Nouns of an envoy whose "to" phrase names where it is sent: "the Japanese ambassador to the U.S.". */
const ENVOY_NOUNS = new Set([
  'ambassador',
  'ambassadors',
  'envoy',
  'envoys',
  'delegate',
  'delegates',
  'delegation',
  'delegations',
  'representative',
  'representatives',
  'emissary',
]);
/** Nouns of a measure or rule that "according to" follows in keeping with: "according to U.S. currency". */
const MEASURE_NOUNS = new Set(
  (
    'currency currencies dollar dollars dlr dlrs plan schedule formula formulas terms rule rules law laws price ' +
    'prices value values standard standards criteria tradition custom'
  ).split(' '),
);
/** The lemma given to the verbless frame "according to X". */
export const ACCORDING_TO = 'according to';
export const QUOTES: ReadonlySet<string> = new Set(['"', '“', '”', '‘', '’', "'", '`', '``', "''"]);
const CLAUSE_BREAKS = new Set([',', ';', ':', '--', '—', '–', '(', ')', '[', ']']);
const TELL_VERBS = new Set(['tell', 'inform', 'assure', 'warn', 'remind', 'notify', 'convince', 'persuade']);

/** Verbs of harm whose doer, in a relative clause after "an attack on X", is the attack ("which killed 37 seamen"). */
const HARM_VERBS = new Set(['kill', 'wound', 'injure', 'destroy', 'damage', 'cripple', 'sink']);

/** Nouns of an act of force that a harm verb's relative clause tells of, past the phrase of its target. */
const ACT_OF_FORCE_NOUNS = new Set([
  'attack',
  'assault',
  'raid',
  'strike',
  'airstrike',
  'bombing',
  'shelling',
  'bombardment',
  'blast',
  'explosion',
  'ambush',
  'offensive',
]);

/** Particles that may follow a verb's object ("kicked the diplomats out", "called the strike off"). */
const SPLIT_PARTICLES = new Set(['out', 'off', 'back', 'away', 'down', 'up', 'aside', 'apart']);

interface Work {
  verb: VerbGroup;
  subject: Phrase | null;
  subjectInherited: boolean;
  objects: Phrase[];
  preps: { prep: string; tokenIndex: number; phrase: Phrase }[];
  argsEnd: number;
  introducer: string | null;
  introducerStart: number;
  introducerEnd: number;
  parent: number | null;
  kind: ClauseKind;
  coordinatedWith: number | null;
  inverted: boolean;
}

/**
 * The `clauses` layer: dyad's shallow parse. Each verb group becomes a clause with its subject, objects,
 * prepositional phrases, introducer and governing clause, found by rules over POS tags, actor mentions
 * and time expressions. It is what lets the events stage tell a condition, a denial or reported speech
 * from an act, without a dependency parser.
 */
export function createClausesStage(options: ClausesStageOptions): Stage<'clauses'> {
  const { lexicon, complementVerbs } = options;
  const complementNouns = options.complementNouns ?? new Set<string>();
  const frameNouns = options.frameNouns ?? new Set<string>();
  return {
    name: 'clauses',
    version: '1.0.0',
    requires: ['sentences', 'tokens', 'mentions', 'times'],
    produces: 'clauses',
    run: function clauses(doc) {
      const tokens = doc.layers.tokens ?? [];
      const atoms = new Map<number, number>();
      const atomEnds = new Map<number, number>();
      for (const mention of doc.layers.mentions ?? []) {
        if (
          mention.tokenEnd - mention.tokenStart > 1 &&
          (atoms.get(mention.tokenStart) ?? 0) < mention.tokenEnd
        ) {
          atoms.set(mention.tokenStart, mention.tokenEnd);
          atomEnds.set(mention.tokenEnd, mention.tokenStart);
        }
      }
      const mentionTokens = new Set<number>();
      for (const mention of doc.layers.mentions ?? []) {
        for (let i = mention.tokenStart; i < mention.tokenEnd; i++) mentionTokens.add(i);
      }
      const timeTokens = new Set<number>();
      for (const time of doc.layers.times ?? []) {
        for (const token of tokensIn(tokens, time.start, time.end)) timeTokens.add(token);
      }
      const layer: Clause[] = [];
      for (const sentence of doc.layers.sentences ?? []) {
        const works = parseSentence(tokens, sentence.tokenStart, sentence.tokenEnd, {
          lexicon,
          complementVerbs,
          complementNouns,
          frameNouns,
          atoms,
          atomEnds,
          timeTokens,
          mentionTokens,
        });
        const base = layer.length;
        works.forEach((work, i) => {
          const start = Math.min(
            work.introducer ? work.introducerStart : Infinity,
            work.subject && !work.subjectInherited ? work.subject.tokenStart : Infinity,
            work.verb.tokenStart,
          );
          const end = Math.max(work.verb.tokenEnd, work.argsEnd) - 1;
          layer.push({
            start: tokens[start]!.start,
            end: tokens[Math.max(start, end)]!.end,
            index: base + i,
            sentence: sentence.index,
            kind: work.kind,
            verb: work.verb,
            subject: work.subject,
            subjectInherited: work.subjectInherited,
            objects: work.objects,
            preps: work.preps,
            introducer: work.introducer,
            introducerSpan: work.introducer
              ? { start: tokens[work.introducerStart]!.start, end: tokens[work.introducerEnd - 1]!.end }
              : null,
            parent: work.parent === null ? null : base + work.parent,
          });
        });
      }
      return { layer, diagnostics: [] };
    },
  };
}

function tokensIn(tokens: readonly Token[], start: number, end: number): number[] {
  const found: number[] = [];
  for (const token of tokens) {
    if (token.start >= end) break;
    if (token.start >= start) found.push(token.index);
  }
  return found;
}

interface ParseContext {
  readonly lexicon: VerbLexicon;
  readonly complementVerbs: ReadonlySet<string>;
  readonly complementNouns: ReadonlySet<string>;
  readonly frameNouns: ReadonlySet<string>;
  readonly atoms: ReadonlyMap<number, number>;
  readonly atomEnds: ReadonlyMap<number, number>;
  readonly timeTokens: ReadonlySet<number>;
  /** Tokens inside actor mentions. */
  readonly mentionTokens: ReadonlySet<number>;
}

function parseSentence(tokens: readonly Token[], s: number, e: number, context: ParseContext): Work[] {
  // Verb forms that modify a noun ("exiled dissidents") or name an act ("in Israeli tank shelling") belong to
  // the noun phrase.
  const adjectival = (i: number) => isAdjectivalVerb(tokens, i, s) || isNominalVerb(tokens, i, s);
  const npAt = (i: number, end: number) => nounPhraseAt(tokens, i, end, context.atoms, adjectival);
  const npEndingAt = (last: number, start: number) =>
    nounPhraseEndingAt(tokens, last, start, context.atomEnds, adjectival);

  const according = findAccordingTo(tokens, s, e, npAt);
  const found = findVerbGroups(tokens, s, e, context.lexicon).filter(
    (group) => !according || group.head !== according.verb.head,
  );
  const groups = mergeInversions(tokens, found, npAt);
  if (according) {
    groups.push({ group: according.verb, subject: according.subject });
    groups.sort((a, b) => a.group.tokenStart - b.group.tokenStart);
  }
  const works: Work[] = groups.map(({ group, subject }) => ({
    verb: group,
    subject,
    subjectInherited: false,
    objects: [],
    preps: [],
    argsEnd: group.tokenEnd,
    introducer: subject && group.lemma !== ACCORDING_TO ? 'should' : null,
    introducerStart: subject && group.lemma !== ACCORDING_TO ? group.tokenStart : -1,
    introducerEnd: subject && group.lemma !== ACCORDING_TO ? group.tokenStart + 1 : -1,
    parent: null,
    kind: subject && group.lemma !== ACCORDING_TO ? 'conditional' : 'main',
    coordinatedWith: null,
    inverted: subject !== null,
  }));
  for (const work of works)
    if (work.verb.lemma === ACCORDING_TO && work.subject) work.argsEnd = work.subject.tokenEnd;

  // 1. Arguments to the right of each verb. A noun phrase ends where a time expression starts: "expelled two Soviet
  // diplomats last week" has the diplomats as its object, not "two Soviet diplomats last week".
  // A date that modifies a noun stays in its phrase: "the May 17 Iraqi missile attack".
  const untilTime = (from: number, limit: number) => {
    if (context.timeTokens.size === 0) return limit;
    for (let j = from + 1; j < limit; j++) {
      if (!context.timeTokens.has(j)) continue;
      const before = tokens[j - 1]!.pos;
      let after = j;
      while (after < limit && context.timeTokens.has(after)) after++;
      const next = after < limit ? tokens[after]!.pos : 'PUNCT';
      if ((before === 'NOUN' || before === 'PROPN') && next !== 'NOUN' && next !== 'PROPN' && next !== 'ADJ')
        return j;
      j = after;
    }
    return limit;
  };
  /**
   * The noun phrases of a list that goes on after the comma at `comma` ("…, Iran and North Korea"), or null when
   * what follows is no such list: each item a noun phrase, the last after "and" or "or", and no verb right after
   * it ("…, the army and police said" is an attribution; "…, killing five" a participle), and every item a name
   * if the phrase before the comma is one ("excluded from the real discussions, the Netherlands, Belgium and
   * Switzerland" goes on with another list).
   */
  const listAfter = (before: Phrase, comma: number, limit: number): Phrase[] | null => {
    const named = tokens[before.head]!.pos === 'PROPN';
    const items: Phrase[] = [];
    let j = comma;
    for (;;) {
      let closing = false;
      if (tokens[j]?.text === ',') j++;
      if (tokens[j]?.lower === 'and' || tokens[j]?.lower === 'or') {
        closing = true;
        j++;
      }
      if (j === comma + 1 && closing) return null;
      const item = npAt(j, limit);
      if (!item || (tokens[item.head]!.pos === 'PROPN') !== named) return null;
      items.push(item);
      j = item.tokenEnd;
      if (closing) {
        const after = tokens[j];
        return j >= e || !after || (after.pos !== 'VERB' && after.pos !== 'AUX') ? items : null;
      }
      if (tokens[j]?.text !== ',' && tokens[j]?.lower !== 'and' && tokens[j]?.lower !== 'or') return null;
    }
  };
  /**
   * Is the conjunction at `i` between two actors, the second ending where the next clause, an infinitive, starts?
   * ("told Trade and Industry Minister Hajime Tamura to …" joins no actors: "Trade" names none.)
   */
  const objectBeforeInfinitive = (work: Work, k: number, i: number, limit: number): boolean => {
    const next = works[k + 1];
    if (!next?.verb.infinitive || work.objects.length === 0) return false;
    const last = work.objects[work.objects.length - 1]!;
    const conjunct = last.tokenEnd === i ? npAt(i + 1, limit) : null;
    return (
      conjunct?.tokenEnd === limit &&
      hasMention(last, context.mentionTokens) &&
      hasMention(conjunct, context.mentionTokens)
    );
  };
  works.forEach((work, k) => {
    if (work.verb.lemma === ACCORDING_TO) return;
    const limit = works[k + 1]?.verb.tokenStart ?? e;
    let i = work.verb.tokenEnd;
    if (work.inverted && work.subject) i = Math.max(i, work.verb.tokenEnd);
    while (i < limit) {
      const token = tokens[i]!;
      if (QUOTES.has(token.text) || token.pos === 'ADV' || context.timeTokens.has(i)) {
        i++;
        continue;
      }
      // "struck more than 100 targets in Gaza", "killed at least 15 people": the bound of a count is part of the
      // object that follows.
      const bound = countBoundLength(tokens, i);
      if (bound > 0) {
        i += bound;
        continue;
      }
      // "was shot dead by Israeli settlers", "were found dead in a flat": what the passive left its patient in;
      // the verb's own phrases follow. In the active the result comes before the object: "Police shot dead at
      // least 16 protesters".
      if (
        token.pos === 'ADJ' &&
        i === work.verb.tokenEnd &&
        i + 1 < limit &&
        (work.verb.passive ? tokens[i + 1]!.pos === 'ADP' : token.lower === 'dead')
      ) {
        i++;
        continue;
      }
      // "sanctions on Russia, Iran and North Korea", "criticised Japan, South Korea and the Philippines": a comma
      // after a phrase may open a list of more, closed by "and" or "or".
      if (token.text === ',') {
        const lastPrep = work.preps[work.preps.length - 1];
        const lastObject = work.objects[work.objects.length - 1];
        const before =
          lastPrep?.phrase.tokenEnd === i ? lastPrep.phrase : lastObject?.tokenEnd === i ? lastObject : null;
        const list = before ? listAfter(before, i, limit) : null;
        if (list && lastPrep && lastPrep.phrase.tokenEnd === i) {
          const phrase = { ...lastPrep.phrase, tokenEnd: list[list.length - 1]!.tokenEnd };
          work.preps[work.preps.length - 1] = { ...lastPrep, phrase };
          i = phrase.tokenEnd;
          continue;
        }
        if (list && lastObject && lastObject.tokenEnd === i) {
          for (const item of list) work.objects.push(item);
          i = list[list.length - 1]!.tokenEnd;
          continue;
        }
      }
      if (CLAUSE_BREAKS.has(token.text) || token.pos === 'SCONJ' || RELATIVE_PRONOUNS.has(token.lower)) break;
      if (token.lower === 'that' && isComplementizer(tokens, i, limit, e)) break;
      if (token.pos === 'CCONJ') {
        // A conjunction just before the next verb joins verbs ("attacked the town and seized …"), unless the
        // next verb is an infinitive that a coordinated object ends right before ("urged Pakistan and
        // Afghanistan to exercise restraint").
        if (limit - i <= 6 && limit < e && !objectBeforeInfinitive(work, k, i, limit)) break;
        // "was backed by Britain and France", "imposed duties on Britain and France": a noun phrase joined to a
        // prepositional phrase's is part of it, not an object of the verb.
        const last = work.preps[work.preps.length - 1];
        const next = tokens[i + 1];
        if (
          last &&
          last.phrase.tokenEnd === i &&
          (token.lower === 'and' || token.lower === 'or') &&
          next &&
          next.pos !== 'ADP' &&
          next.pos !== 'PART' &&
          next.lower !== 'to'
        ) {
          const conjunct = npAt(i + 1, limit);
          if (conjunct) {
            work.preps[work.preps.length - 1] = {
              ...last,
              phrase: {
                tokenStart: last.phrase.tokenStart,
                tokenEnd: conjunct.tokenEnd,
                head: last.phrase.head,
              },
            };
            i = conjunct.tokenEnd;
            continue;
          }
        }
        i++;
        continue;
      }
      // "kicked the diplomats out", "ordered the inspectors out of the country": a particle right after the
      // object, with no noun phrase of its own, belongs to the verb ("kick out"), as it would before the object.
      if (
        work.verb.particle === null &&
        work.objects.length > 0 &&
        work.objects[work.objects.length - 1]!.tokenEnd === i &&
        SPLIT_PARTICLES.has(token.lower) &&
        context.lexicon.phrasal.has(`${work.verb.lemma} ${token.lower}`) &&
        !npAt(i + 1, untilTime(i + 1, limit))
      ) {
        work.verb = verbGroup({ ...work.verb, particle: token.lower });
        i++;
        continue;
      }
      if (token.pos === 'ADP' || (token.pos === 'PART' && token.lower !== 'to')) {
        const phrase = npAt(i + 1, untilTime(i + 1, limit));
        if (!phrase) break;
        work.preps.push({ prep: token.lower, tokenIndex: i, phrase });
        i = phrase.tokenEnd;
        continue;
      }
      if (token.lower === 'to') {
        const phrase = npAt(i + 1, untilTime(i + 1, limit));
        if (!phrase) break;
        work.preps.push({ prep: 'to', tokenIndex: i, phrase });
        i = phrase.tokenEnd;
        continue;
      }
      const phrase = npAt(i, untilTime(i, limit));
      if (!phrase) break;
      work.objects.push(phrase);
      i = phrase.tokenEnd;
    }
    work.argsEnd = i;
  });

  // 2. Subjects to the left, introducers, and the clause each one hangs on. -ing clauses wait until the
  // clauses they may hang on have their subjects.
  const pendingParticiples: number[] = [];
  const adjunctParticiples: number[] = [];
  works.forEach((work, k) => {
    if (work.inverted) return;
    // `"…," said his lady`, `"…," returned she`: after a closing quotation a reporting verb comes before its subject.
    const quoteBefore = work.verb.tokenStart > s && QUOTES.has(tokens[work.verb.tokenStart - 1]!.text);
    if (
      quoteBefore &&
      context.complementVerbs.has(work.verb.lemma) &&
      work.objects[0] &&
      work.objects[0].tokenStart === work.verb.tokenEnd
    ) {
      work.subject = work.objects.shift()!;
      return;
    }
    let p = work.verb.tokenStart - 1;
    const skippable = (i: number) =>
      QUOTES.has(tokens[i]!.text) ||
      tokens[i]!.pos === 'ADV' ||
      // the hyphen of "test-fired" (see correctTestVerbs)
      (tokens[i]!.text === '-' && !!tokens[i + 1]?.lemma.startsWith('test-')) ||
      context.timeTokens.has(i) ||
      (isTimePreposition(tokens, i) && context.timeTokens.has(i + 1));
    while (p >= s && skippable(p)) p--;
    // ", however," and similar parentheses between a subject and its verb
    if (p >= s + 2 && tokens[p]!.text === ',' && tokens[p - 1]!.pos === 'ADV' && tokens[p - 2]!.text === ',')
      p -= 3;
    // "The International Monetary Fund (IMF) urged Brazil": a bracketed short name or aside between a subject and
    // its verb. No verb inside: a bracketed clause is no name.
    if (p >= s && tokens[p]!.text === ')') {
      let open = p - 1;
      while (
        open > s &&
        open > p - 8 &&
        tokens[open]!.text !== '(' &&
        tokens[open]!.text !== ')' &&
        tokens[open]!.pos !== 'VERB' &&
        tokens[open]!.pos !== 'AUX'
      )
        open--;
      if (open > s && tokens[open]!.text === '(' && open < p - 1) p = open - 1;
    }
    while (p >= s && skippable(p)) p--;
    if (work.verb.infinitive) {
      if (!attachToFrameNoun(works, k, tokens, s, npEndingAt, context.frameNouns, context.mentionTokens))
        attachInfinitive(works, k, tokens, npAt, context.mentionTokens);
      return;
    }
    if (p < s) {
      pendingParticiples.push(k);
      return;
    }
    const before = tokens[p]!;
    if (before.pos === 'CCONJ' && k > 0) {
      const head = tokens[work.verb.head]!;
      const bare = work.verb.tokenStart === work.verb.head && head.lower === head.lemma.toLowerCase();
      const previous = findConjunct(tokens, works, k, p, bare);
      if (previous !== null) {
        work.coordinatedWith = previous;
        work.subject = works[previous]!.subject;
        work.subjectInherited = true;
        sharePassive(tokens, works[previous]!, work);
        return;
      }
    }
    if (RELATIVE_PRONOUNS.has(before.lower) || (before.lower === 'that' && isRelativeThat(tokens, p, s))) {
      let q = p - 1;
      if (q >= s && tokens[q]!.text === ',') q--;
      while (q >= s && (tokens[q]!.text === '--' || tokens[q]!.text === '-' || QUOTES.has(tokens[q]!.text)))
        q--;
      const found = q >= s ? npEndingAt(q, s) : null;
      // "Brazilian beans were cheaper than U.S. Origin which may account for the heavy purchases": what is
      // compared after "than" is no agent; the relative tells of the whole comparison.
      let antecedent = found && tokens[found.tokenStart - 1]?.lower === 'than' ? null : found;
      // "the attack on the U.S. frigate Stark which killed 37 seamen", "the bombing of the embassy in Beirut which
      // killed 63 people": the act, not the ship or the city, killed them.
      if (antecedent && before.lower !== 'who' && HARM_VERBS.has(work.verb.lemma) && !work.verb.passive) {
        let phrase: Phrase | null = antecedent;
        for (let hop = 0; hop < 3 && phrase; hop++) {
          const prep: number = phrase.tokenStart - 1;
          phrase = prep - 1 >= s && tokens[prep]!.pos === 'ADP' ? npEndingAt(prep - 1, s) : null;
          if (phrase && ACT_OF_FORCE_NOUNS.has(tokens[phrase.head]!.lemma.toLowerCase())) {
            antecedent = phrase;
            break;
          }
        }
      }
      work.subject = antecedent;
      work.subjectInherited = true;
      work.kind = 'relative';
      work.introducer = before.lower;
      work.introducerStart = p;
      work.introducerEnd = p + 1;
      work.parent = previousWorkBefore(works, k, antecedent?.tokenStart ?? p);
      return;
    }
    if (before.text === ',' && !work.verb.participle) {
      const subject = subjectAfterParenthesis(tokens, s, p, npAt, works, k);
      if (subject) {
        work.subject = subject;
        setIntroducer(work, tokens, subject.tokenStart, s);
        return;
      }
      // "would have to proceed on the basis of reciprocity, address its concerns, …": a list of verb phrases.
      const previous = k > 0 ? works[k - 1]! : undefined;
      if (
        previous &&
        previous.argsEnd >= p - 1 &&
        previous.argsEnd <= p + 1 &&
        previous.verb.lemma !== ACCORDING_TO
      ) {
        work.coordinatedWith = k - 1;
        work.subject = previous.subject;
        work.subjectInherited = true;
        // "2,000 Iraqi troops had been killed, wounded or captured": a list of participles shares the passive.
        sharePassive(tokens, previous, work);
        return;
      }
    }
    // "The rebel group which attacked Kenya killed ten soldiers": the noun phrase before the verb ends a
    // relative clause's arguments; the verb's subject is what the relative clause tells of.
    const relative = work.verb.participle
      ? null
      : relativeEndingAt(tokens, works, k, p, context.complementVerbs);
    if (relative !== null) {
      work.subject = works[relative]!.subject;
      works[relative]!.parent = k;
      return;
    }
    if (isNounPhraseToken(before) || context.atomEnds.has(p + 1) || adjectival(p)) {
      let subject = npEndingAt(p, s);
      if (subject) {
        const near = subject;
        subject = extendSubjectLeft(tokens, subject, s, npEndingAt, context.complementVerbs);
        work.subject = subject;
        // "it was NATO making dangerous attempts", "troops allegedly threatening Ukraine": an -ing form after
        // a noun phrase that a clause before it holds is a reduced relative of that clause.
        const holder = works
          .slice(0, k)
          .reverse()
          .find((other) => other.argsEnd >= subject!.tokenEnd && other.verb.tokenEnd <= subject!.tokenStart);
        if (work.verb.participle && holder) {
          work.kind = 'participle';
          work.parent = works.indexOf(holder);
          if (holder.verb.lemma !== ACCORDING_TO && !isCopula(tokens, holder)) {
            work.subjectInherited = true;
            // "Conrail filed with the Supreme Court seeking review": an -ing clause after a name that ends
            // the verb phrase tells what the holder's subject did; it waits for that subject.
            if (
              isVerbPhraseAdjunct(tokens, work, holder, near, context.timeTokens, context.complementVerbs)
            ) {
              adjunctParticiples.push(k);
              return;
            }
            // "responsibility for a deadly attack targeting non-Muslims": the noun phrase stays in the
            // holder's arguments. A place only locates the noun before it: "responding to EC Commission
            // sources in Brussels saying …" tells what the sources said.
            work.subject = locatedNoun(tokens, near, s, npEndingAt) ?? near;
          }
          return;
        }
        // "two Brazilian men sought in the slaying", "a trip aimed at pushing for a ceasefire": a bare past
        // participle with no object after a noun phrase that a clause before it holds is a passive reduced
        // relative. A speech verb's noun phrase is instead the subject of its complement ("said Moscow
        // attacked"), so those holders do not count.
        if (
          holder &&
          isBareParticiple(tokens, work.verb) &&
          !context.complementVerbs.has(holder.verb.lemma) &&
          !TELL_VERBS.has(holder.verb.lemma) &&
          holder.verb.lemma !== ACCORDING_TO
        ) {
          work.kind = 'relative';
          work.parent = works.indexOf(holder);
          // "the key Ouadi Doum airstrip in northern Chad captured by Chadian troops": the airstrip was captured.
          work.subject = locatedNoun(tokens, near, s, npEndingAt) ?? near;
          work.subjectInherited = true;
          work.verb = verbGroup({ ...work.verb, passive: true });
          return;
        }
        // "The civilians imprisoned for acting against Moscow were released by Putin": a passive verb whose
        // nearest noun phrase lies inside the arguments of a sentence-initial bare participle takes that
        // participle's subject; the participle is a reduced relative of it.
        // "M23 rebels backed by Rwanda captured Goma": so does an active verb whose nearest noun phrase is the agent
        // of the participle ("by Rwanda"): a bare participle with "by" is passive, and a finite verb has its own.
        const opener =
          work.verb.passive || tokens[near.tokenStart - 1]?.lower === 'by'
            ? initialReducedRelative(works, k, subject, s, tokens, context.complementVerbs)
            : -1;
        if (opener >= 0) {
          const relative = works[opener]!;
          work.subject = relative.subject;
          relative.kind = 'relative';
          relative.parent = k;
          relative.subjectInherited = true;
          relative.verb = verbGroup({ ...relative.verb, passive: true });
          return;
        }
        // "Spanish farmers demanding a better deal from the European Community blocked roads": a bare -ing form
        // is never a finite verb, so the first finite verb after it takes its subject.
        const ingOpener = initialIngRelative(works, k, subject, s, tokens);
        if (ingOpener >= 0) {
          const relative = works[ingOpener]!;
          work.subject = relative.subject;
          relative.kind = 'participle';
          relative.parent = k;
          relative.subjectInherited = true;
          // "An Israeli air strike on a school sheltering refugees killed …": the -ing form tells of the noun
          // right before it (the school shelters), not of the whole subject; "Protesters in Belgrade demanding
          // elections" keep their place, and an "of" phrase completes its noun ("Ample supplies of OPEC crude
          // weighing on world markets": the supplies weigh).
          const near = npEndingAt(relative.verb.tokenStart - 1, s);
          if (
            near &&
            relative.subject &&
            near.tokenStart > relative.subject.tokenStart &&
            tokens[near.tokenStart - 1]?.lower !== 'of'
          )
            relative.subject = locatedNoun(tokens, near, s, npEndingAt) ?? near;
          return;
        }
        setIntroducer(work, tokens, subject.tokenStart, s);
        return;
      }
    }
    if (work.verb.participle || before.pos === 'ADP' || before.pos === 'SCONJ') {
      if (before.pos === 'ADP' || before.pos === 'SCONJ') {
        work.introducer = before.lower;
        work.introducerStart = p;
        work.introducerEnd = p + 1;
      }
      pendingParticiples.push(k);
      return;
    }
    setIntroducer(work, tokens, work.verb.tokenStart, s);
  });

  for (const k of pendingParticiples) attachParticiple(tokens, works, k);
  for (const k of adjunctParticiples) works[k]!.subject = works[works[k]!.parent!]!.subject;

  // 3. Arguments stop where a later clause's subject starts.
  works.forEach((work, k) => {
    for (const later of works.slice(k + 1)) {
      const start =
        later.subject && !later.subjectInherited ? later.subject.tokenStart : later.verb.tokenStart;
      const cut =
        later.introducer && later.introducerStart >= 0 ? Math.min(start, later.introducerStart) : start;
      if (cut >= work.verb.tokenEnd && cut < work.argsEnd) {
        work.argsEnd = cut;
        work.objects = work.objects.filter((phrase) => phrase.tokenEnd <= cut);
        work.preps = work.preps.filter((prep) => prep.phrase.tokenEnd <= cut);
      }
    }
  });

  // 4. Kinds and governing clauses from introducers; bare complements of speech verbs.
  works.forEach((work, k) => {
    if (work.coordinatedWith !== null || work.kind === 'relative' || work.verb.infinitive) return;
    const introducer = work.introducer;
    const clauseStart = work.introducer
      ? work.introducerStart
      : (work.subject?.tokenStart ?? work.verb.tokenStart);
    if (introducer && CONDITIONAL.has(introducer)) {
      work.kind = 'conditional';
      // A condition at the start of a sentence or of a "that" clause precedes its consequent: "that should
      // Moscow take steps, we are prepared to …"; otherwise it follows it: "ready to work … on the condition that …".
      const lead = tokens[clauseStart - 1];
      const leads =
        !lead || lead.index < s || lead.lower === 'that' || lead.text === ',' || QUOTES.has(lead.text);
      const consequent = leads ? nextTopLevel(works, k) : null;
      if (consequent !== null) {
        work.parent = consequent;
        if (lead?.lower === 'that') {
          const consequentWork = works[consequent]!;
          consequentWork.kind = 'complement';
          consequentWork.introducer = 'that';
          consequentWork.introducerStart = clauseStart - 1;
          consequentWork.introducerEnd = clauseStart;
          consequentWork.parent = previousWorkBefore(works, k, clauseStart - 1);
        }
      } else {
        work.parent = previousWorkBefore(works, k, clauseStart) ?? nextTopLevel(works, k);
      }
      return;
    }
    if (introducer === 'that' && work.subject && !work.subjectInherited) {
      // "in spite of the conflict that the possibility has ignited": "that" after a noun in the governor's
      // arguments opens a relative clause of that noun, unless the governor takes "that" clauses ("told
      // reporters that") or the noun has content ("fears that", "a statement that").
      const governorIndex = previousWorkBefore(works, k, clauseStart);
      const governor = governorIndex !== null ? works[governorIndex]! : undefined;
      const noun = tokens[clauseStart - 1];
      // "issued warnings in recent weeks that …": a content noun anywhere in the governor's arguments may own it.
      const isContentNoun = (token: Token) =>
        context.complementNouns.has(token.lemma.toLowerCase()) ||
        CONTENT_NOUNS.has(token.lemma.toLowerCase()) ||
        CONTENT_NOUNS.has(token.lower);
      const contentBefore = (from: number) =>
        tokens.slice(from, clauseStart).some((token) => token.pos === 'NOUN' && isContentNoun(token));
      // "the argument that Canada bases … and that American farm policy has …": a second "that" clause is what
      // the first one is.
      let q = clauseStart - 1;
      while (q >= s && tokens[q]!.text === ',') q--;
      const firstConjunct =
        tokens[q]?.pos === 'CCONJ'
          ? works
              .slice(0, k)
              .reverse()
              .find((other) => other.introducer === 'that')
          : undefined;
      if (firstConjunct?.kind === 'relative') {
        work.kind = 'relative';
        work.parent = firstConjunct.parent;
        return;
      }
      if (
        governor &&
        noun &&
        (noun.pos === 'NOUN' || noun.pos === 'PROPN') &&
        !context.complementVerbs.has(governor.verb.lemma) &&
        noun.index >= governor.verb.tokenEnd &&
        !contentBefore(governor.verb.tokenEnd)
      ) {
        work.kind = 'relative';
        work.parent = governorIndex;
        return;
      }
    }
    if (introducer && COMPLEMENTIZERS.has(introducer)) {
      work.kind = 'complement';
      // "stressed that …, and that NATO was …": a second "that" clause shares the first one's governor.
      let q = clauseStart - 1;
      while (q >= s && tokens[q]!.text === ',') q--;
      const sibling =
        tokens[q]?.pos === 'CCONJ'
          ? works
              .slice(0, k)
              .reverse()
              .find(
                (other) =>
                  other.kind === 'complement' &&
                  (other.introducer === introducer || other.introducer === null),
              )
          : undefined;
      work.parent = sibling ? sibling.parent : previousWorkBefore(works, k, clauseStart);
      return;
    }
    if (introducer && ADVERBIAL.has(introducer)) {
      work.kind = work.kind === 'participle' ? 'participle' : 'adverbial';
      work.parent ??= previousWorkBefore(works, k, clauseStart) ?? nextTopLevel(works, k);
      // "The EU will only lift sanctions once Russia withdraws", "would not release the hostages until Israel ends
      // the war": "once" or "until" before a present verb, on an act still to come, states a condition.
      const governor = work.parent !== null ? works[work.parent] : undefined;
      if (
        (introducer === 'once' || introducer === 'until') &&
        work.kind === 'adverbial' &&
        governor &&
        FUTURE_MODALS.has(governor.verb.modal ?? '') &&
        work.verb.modal === null &&
        isPresentGroup(tokens, work.verb)
      )
        work.kind = 'conditional';
      return;
    }
    if (work.kind === 'participle') return;
    if (isLetComplement(tokens, works, k)) {
      work.kind = 'infinitive';
      work.parent = k - 1;
      return;
    }
    // "Zakharova said the expansion … is a red line"; "Putin told Biden his country is …"; "Stoltenberg said:
    // Russia must …"; and after a cue noun and a colon, "The alliance issued a stark warning: Russia must …".
    const previous = k > 0 ? works[k - 1]! : undefined;
    if (!previous || !work.subject || work.subjectInherited) return;
    // "Spanish farmers demanding a better deal … blocked roads": a clause does not complement one that hangs on it.
    if (previous.parent === k) return;
    let gapStart: number | null = null;
    let colon = false;
    if (context.complementVerbs.has(previous.verb.lemma)) {
      gapStart = previous.verb.tokenEnd;
      if (TELL_VERBS.has(previous.verb.lemma) && previous.objects.length > 0)
        gapStart = previous.objects[0]!.tokenEnd;
    } else {
      const cueObject = previous.objects.find((object) =>
        context.complementNouns.has(tokens[object.head]!.lemma.toLowerCase()),
      );
      if (cueObject) {
        gapStart = cueObject.tokenEnd;
        colon = true;
      }
    }
    if (gapStart !== null) {
      let clean = true;
      let colons = 0;
      for (let i = gapStart; i < work.subject.tokenStart; i++) {
        if (tokens[i]!.text === ':') colons++;
        else if (!(
          context.timeTokens.has(i) ||
          tokens[i]!.pos === 'ADV' ||
          isTimePreposition(tokens, i) ||
          QUOTES.has(tokens[i]!.text)
        ))
          clean = false;
      }
      if (clean && colons <= 1 && (!colon || colons === 1)) {
        work.kind = 'complement';
        work.parent = k - 1;
      }
    }
  });

  // 4b. "the officials said Spain and Portugal, which joined the bloc last year, continued to oppose the scheme":
  // read as a list of verb phrases, the verb after the relative clause is what the speech verb reports.
  works.forEach((work, k) => reportedAfterRelative(tokens, works, k, context.complementVerbs));

  // 5. Coordinated clauses share their first conjunct's standing.
  works.forEach((work) => {
    if (work.coordinatedWith === null) return;
    let first = works[work.coordinatedWith]!;
    const governorIndex = reportingGovernor(works, first, context.complementVerbs);
    const governor = governorIndex !== null ? works[governorIndex]! : null;
    if (governor && joinsSpeechVerb(tokens, work, first, governor, context.complementVerbs)) {
      work.coordinatedWith = governorIndex;
      first = governor;
    }
    if (work.subjectInherited) work.subject = first.subject;
    // "will develop concepts, investigate systems and compete for the contracts": a bare verb joined to a
    // verb group with a modal shares the modal. A base form is one equal to its lemma, the verb group's own
    // where it corrects wink-nlp's ("would dissolve itself and lay down its arms": "lay", lemmatised "lie").
    const head = tokens[work.verb.head]!;
    if (
      work.subjectInherited &&
      work.verb.modal === null &&
      first.verb.modal !== null &&
      !first.verb.infinitive &&
      !work.verb.infinitive &&
      work.verb.tokenStart === work.verb.head &&
      (head.lower === head.lemma.toLowerCase() || head.lower === work.verb.lemma)
    )
      work.verb = verbGroup({ ...work.verb, modal: first.verb.modal });
    work.kind = first.kind === 'main' ? 'main' : first.kind;
    work.parent = first.parent;
    if (first.introducer) {
      work.introducer = first.introducer;
      work.introducerStart = first.introducerStart;
      work.introducerEnd = first.introducerEnd;
    }
  });

  // 5a. "its forces killed or wounded 15,000 Iranian Revolutionary Guards": the arguments after the second of two
  // verbs joined with nothing between are the first's too.
  works.forEach((work) => {
    if (work.coordinatedWith !== null) shareRaisedArguments(tokens, works[work.coordinatedWith]!, work);
  });

  // 5b. "Volcker, first appointed in 1979 by President Carter, will not be offered …": a bare past participle set
  // off by commas between a noun phrase and the verb that takes that noun phrase as its subject is a passive
  // reduced relative of the noun, not a clause of its own.
  works.forEach((work, k) => {
    if (!work.subject || work.subjectInherited || !isBareParticiple(tokens, work.verb)) return;
    let p = work.verb.tokenStart - 1;
    while (p > work.subject.tokenEnd && tokens[p]!.pos === 'ADV') p--;
    if (p !== work.subject.tokenEnd || tokens[p]!.text !== ',') return;
    const subject = work.subject;
    const clause = works.findIndex(
      (later, j) =>
        j > k &&
        later.subject !== null &&
        later.subject.tokenStart === subject.tokenStart &&
        later.subject.tokenEnd === subject.tokenEnd &&
        tokens[later.verb.tokenStart - 1]?.text === ',',
    );
    if (clause < 0) {
      // "Indonesia, hurt by the fall in oil prices last year …": with its agent after "by" the participle is
      // passive even where the parse did not find the verb it hangs on.
      if (tokens[work.verb.tokenEnd]?.lower === 'by') work.verb = verbGroup({ ...work.verb, passive: true });
      return;
    }
    const later = works[clause]!;
    if (work.introducer && !later.introducer) {
      later.introducer = work.introducer;
      later.introducerStart = work.introducerStart;
      later.introducerEnd = work.introducerEnd;
    }
    later.subjectInherited = false;
    work.kind = 'relative';
    work.parent = clause;
    work.introducer = null;
    work.introducerStart = -1;
    work.introducerEnd = -1;
    work.subjectInherited = true;
    work.verb = verbGroup({ ...work.verb, passive: true });
  });

  // 5b'. "would retaliate if attacked", "unless provoked": a bare past participle right after a subordinator, with no
  // subject of its own, is a passive ("if [it is] attacked"): its subject is who would suffer the act.
  works.forEach((work) => {
    if (!work.introducer || !REDUCED_PASSIVE_INTRODUCERS.has(work.introducer) || work.verb.passive) return;
    if (work.introducerEnd !== work.verb.tokenStart || work.verb.tokenStart !== work.verb.head) return;
    const head = tokens[work.verb.head]!;
    if (!/(?:ed|en)$/.test(head.lower) || head.pos !== 'VERB') return;
    work.verb = verbGroup({ ...work.verb, passive: true });
  });

  // 5b''. "Forced last month to cut the government's growth target, Finance Minister Edouard Balladur ruled out
  // …", "Attacked by Iraqi jets, the tanker caught fire": a bare past participle opening the sentence, with no
  // object after it (past any time words), is a passive whose subject is the main clause's: who was forced.
  works.forEach((work) => {
    if (work.kind !== 'participle' || !work.subjectInherited || work.verb.passive) return;
    if (work.verb.tokenStart !== s || work.verb.tokenStart !== work.verb.head) return;
    const verb = work.verb;
    if (verb.infinitive || verb.modal || verb.negated || verb.participle || verb.particle) return;
    const head = tokens[verb.head]!;
    if (head.pos !== 'VERB' || !/(?:ed|en)$/.test(head.lower)) return;
    let next = verb.tokenEnd;
    while (next < e && context.timeTokens.has(next)) next++;
    const after = tokens[next];
    if (after && after.lower !== 'to' && after.lower !== 'by' && OBJECT_OPENERS.has(after.pos)) return;
    work.verb = verbGroup({ ...verb, passive: true });
  });

  // 5c. "an interim fishing accord, opposed by fishermen in both countries", "a token interest payment now, as
  // sought by banks": a bare past participle after a comma or "as", with its agent right after it, is a passive
  // reduced relative on what comes before, even where it took the subject of the clause before it. Its agent is
  // who opposes or seeks, not that subject; "rose 5 pct, helped by 10 pct lower costs" stays a participle of a
  // cause, which is why a number after "by" (a margin: "cut by 10 pct") does not count.
  works.forEach((work) => {
    if (!work.subjectInherited || work.verb.passive || !isBareParticiple(tokens, work.verb)) return;
    const before = tokens[work.verb.tokenStart - 1];
    if (!before || !(before.text === ',' || before.lower === 'as')) return;
    // "supported logistically by 2,400 French troops": a manner adverb may stand before "by".
    let by = work.verb.tokenEnd;
    if (tokens[by]?.pos === 'ADV' && /ly$/.test(tokens[by]!.lower)) by++;
    if (tokens[by]?.lower !== 'by') return;
    const agent = tokens[by + 1];
    if (!agent) return;
    // "cut by 10 pct" is a margin; "by 2,400 French troops" names people.
    if (agent.pos === 'NUM' && !namesPeopleAfter(tokens, by + 2)) return;
    work.verb = verbGroup({ ...work.verb, passive: true });
    // What is opposed or sought is the thing before the comma ("the accord", "the camp"), not the clause's
    // subject ("Canada and France", "Syrian troops") that the participle took; it has no subject of its own.
    work.subject = null;
    work.subjectInherited = false;
  });

  // 6. A trailing reporting clause governs what precedes it: "…, his lawyer said Wednesday."
  works.forEach((work, k) => {
    if (!context.complementVerbs.has(work.verb.lemma) || !work.subject || work.subjectInherited) return;
    const before = tokens[work.subject.tokenStart - 1];
    if (!before || !(before.text === ',' || QUOTES.has(before.text))) return;
    if (work.objects.length > 0) return;
    // "accused Chad of backing the rebels, a charge Chad denied": a noun of saying with the clause's own subject
    // after it is the object of a reduced relative, which answers the charge and does not report the sentence.
    const first = tokens[work.subject.tokenStart]!;
    const noun = tokens[work.subject.tokenStart + 1];
    if (
      (first.pos === 'DET' || first.pos === 'PRON') &&
      noun &&
      CHARGE_NOUNS.has(noun.lemma.toLowerCase()) &&
      work.subject.tokenEnd > work.subject.tokenStart + 2
    )
      return;
    // Only at the end of the sentence: "In a statement issued on Thursday, the bloc insisted that …" is not one.
    if (works.some((other) => other.parent === k && other.kind === 'complement')) return;
    for (let i = work.argsEnd; i < e; i++) {
      const token = tokens[i]!;
      if (!(
        token.pos === 'PUNCT' ||
        token.pos === 'ADV' ||
        context.timeTokens.has(i) ||
        isTimePreposition(tokens, i)
      )) {
        if (token.text !== ',' || tokens[i + 1]?.pos !== 'VERB') return;
        break;
      }
    }
    for (let j = 0; j < k; j++) {
      const other = works[j]!;
      if (
        other.parent === null &&
        other.verb.tokenStart < work.subject.tokenStart &&
        other.kind !== 'conditional'
      ) {
        other.parent = k;
        other.kind = 'complement';
      }
    }
  });
  // 7. "According to Zakharova, the US is …": the sentence's other top-level clauses are what the source said.
  const accordingIndex = works.findIndex((work) => work.verb.lemma === ACCORDING_TO);
  if (accordingIndex >= 0) {
    works.forEach((work, j) => {
      if (j !== accordingIndex && work.parent === null && work.coordinatedWith === null) {
        work.parent = accordingIndex;
        work.kind = 'complement';
      }
    });
  }
  // 8. "Russia said on Sunday its air defences had destroyed …": a time word before a clause's subject tells when
  // the clause before it happened; it is no word of the subject.
  for (const work of works) {
    const subject = work.subject;
    if (!subject || work.subjectInherited) continue;
    let start = subject.tokenStart;
    while (start < subject.head && context.timeTokens.has(start)) start++;
    // "Last week, Poland and Lithuania expelled …": the comma after the time goes with it.
    while (start > subject.tokenStart && start < subject.head && tokens[start]!.text === ',') start++;
    if (start !== subject.tokenStart) work.subject = { ...subject, tokenStart: start };
  }
  breakParentCycles(works);
  return works;
}

/**
 * The steps above attach clauses one at a time, and a misread sentence can close a loop ("Asked whether the U.S.
 * was proposing …, the official said": the "Asked" clause hangs on the "whether" clause, which hangs on "Asked").
 * Every reader of the layer climbs parents, so a loop is cut: of its clauses, the one that hangs on a later clause
 * becomes top-level (a clause's content follows it; what hangs on a later clause is the likelier misreading).
 */
function breakParentCycles(works: Work[]): void {
  works.forEach((work) => {
    const path: Work[] = [];
    for (let at: Work = work; at.parent !== null;) {
      path.push(at);
      const parent = works[at.parent]!;
      const from = path.indexOf(parent);
      if (from >= 0) {
        const loop = path.slice(from);
        const forward = loop.find((member) => member.parent! > works.indexOf(member)) ?? at;
        forward.parent = null;
        return;
      }
      at = parent;
    }
  });
}

/**
 * "an agreement reached in Tokyo last year to let Italy and Canada attend meetings": a bare verb whose subject
 * follows "let" right away is what "let" permits, an infinitive of it (with "to" left out), not a clause that
 * asserts anything of its own.
 */
function isLetComplement(tokens: readonly Token[], works: readonly Work[], k: number): boolean {
  const work = works[k]!;
  const previous = works[k - 1];
  if (!previous || previous.verb.lemma !== 'let' || !work.subject || work.subjectInherited) return false;
  if (work.subject.tokenStart !== previous.verb.tokenEnd) return false;
  const head = tokens[work.verb.head]!;
  // "has repeatedly let the Turkish side know that it considers …" is an idiom of telling: the knowing happens.
  if (work.verb.lemma === 'know') return false;
  return (
    work.verb.tokenStart === work.verb.head && !work.verb.modal && head.lower === head.lemma.toLowerCase()
  );
}

/** "according to X": a verbless reporting frame, parsed as a clause whose verb is the phrase and whose subject is X. */
function findAccordingTo(
  tokens: readonly Token[],
  s: number,
  e: number,
  npAt: (i: number, end: number) => Phrase | null,
): { verb: VerbGroup; subject: Phrase } | null {
  for (let i = s; i + 2 < e; i++) {
    if (tokens[i]!.lower !== 'according' || tokens[i + 1]!.lower !== 'to') continue;
    const subject = npAt(i + 2, e);
    if (!subject) return null;
    // "to price OPEC crude oil according to U.S. currency", "according to plan": in keeping with a measure or a
    // rule, not as someone reports.
    for (let j = subject.tokenStart; j < subject.tokenEnd; j++)
      if (MEASURE_NOUNS.has(tokens[j]!.lower)) return null;
    const verb: VerbGroup = {
      tokenStart: i,
      tokenEnd: i + 2,
      head: i,
      lemma: ACCORDING_TO,
      particle: null,
      passive: false,
      negated: false,
      modal: null,
      infinitive: false,
      participle: false,
    };
    return { verb, subject };
  }
  return null;
}

/** "should Moscow take concrete steps": an inverted conditional; the subject sits between "should" and the verb. */
function mergeInversions(
  tokens: readonly Token[],
  groups: VerbGroup[],
  npAt: (i: number, end: number) => Phrase | null,
): { group: VerbGroup; subject: Phrase | null }[] {
  const merged: { group: VerbGroup; subject: Phrase | null }[] = [];
  for (let k = 0; k < groups.length; k++) {
    const group = groups[k]!;
    const next = groups[k + 1];
    const word = tokens[group.head]!.lower;
    // Only at a clause's start: "it had no plans to attack" is no inversion.
    const before = tokens[group.tokenStart - 1];
    const opensClause =
      !before ||
      tokens[group.tokenStart]!.sentenceStart ||
      before.text === ',' ||
      before.lower === 'that' ||
      before.pos === 'CCONJ' ||
      before.pos === 'SCONJ' ||
      QUOTES.has(before.text);
    if (
      (word === 'should' || word === 'were' || word === 'had') &&
      group.tokenEnd === group.head + 1 &&
      next &&
      // "… or the right to retaliate should U.S. sanctions materialise": "should" may follow its consequent.
      (opensClause || word === 'should')
    ) {
      const subject = npAt(group.tokenEnd, next.tokenStart);
      let gap = subject ? subject.tokenEnd : next.tokenStart;
      while (gap < next.tokenStart && QUOTES.has(tokens[gap]!.text)) gap++;
      if (subject && gap === next.tokenStart && tokens[next.tokenStart]!.pos !== 'AUX') {
        // "Were Iran to attack": the inverted group is the condition's finite verb, not an infinitive.
        merged.push({
          group: verbGroup({ ...next, tokenStart: group.tokenStart, modal: 'should', infinitive: false }),
          subject,
        });
        k++;
        continue;
      }
    }
    merged.push({ group, subject: null });
  }
  return merged;
}

function isTimePreposition(tokens: readonly Token[], i: number): boolean {
  const lower = tokens[i]?.lower;
  return (
    lower === 'on' ||
    lower === 'in' ||
    lower === 'last' ||
    lower === 'this' ||
    lower === 'since' ||
    lower === 'during'
  );
}

/** Do the words after a number name people ("2,400 French troops", "300 Libyan soldiers")? */
function namesPeopleAfter(tokens: readonly Token[], at: number): boolean {
  for (let i = at; i < at + 3 && i < tokens.length; i++) {
    const token = tokens[i]!;
    if (token.pos === 'NOUN') return PEOPLE_COUNT_NOUNS.has(token.lower);
    if (token.pos !== 'ADJ' && token.pos !== 'PROPN') return false;
  }
  return false;
}

/** Nouns counted as people: "by 2,400 French troops". */
const PEOPLE_COUNT_NOUNS = new Set([
  'troops',
  'soldiers',
  'men',
  'police',
  'policemen',
  'guerrillas',
  'rebels',
]);

/** Words that can open a direct object: after them a participle is active ("Russia attacked the town"). */
const OBJECT_OPENERS = new Set(['DET', 'NOUN', 'PROPN', 'PRON', 'NUM', 'ADJ']);

/** A past participle standing alone (no auxiliary, no modal) with no object after it: "men sought in …". */
function isBareParticiple(tokens: readonly Token[], verb: VerbGroup): boolean {
  if (verb.infinitive || verb.modal || verb.negated || verb.participle || verb.particle) return false;
  if (verb.tokenStart !== verb.head) return false;
  const head = tokens[verb.head]!;
  const next = tokens[verb.tokenEnd];
  if (head.pos !== 'VERB' || !isParticiple(head)) return false;
  // "hurt", "cut", "hit" are also their past tense; "hurt by the fall in oil prices" is the participle.
  if (head.lower === head.lemma.toLowerCase() && next?.lower !== 'by') return false;
  // "a school sheltering refugees killed at least 15 people": a count of what the verb did is its object.
  let i = verb.tokenEnd;
  while (tokens[i]?.pos === 'ADV') i++;
  if (
    tokens[i]?.lower === 'at' &&
    COUNT_BOUNDS.has(tokens[i + 1]?.lower ?? '') &&
    tokens[i + 2]?.pos === 'NUM'
  )
    return false;
  return !next || !OBJECT_OPENERS.has(next.pos);
}

/** "at least 15 people", "at most 300 troops": the bound of a count. */
const COUNT_BOUNDS = new Set(['least', 'most']);

/** Words that compare a count with a bound: "more than 100 targets", "fewer than 20 people". */
const COMPARATIVES = new Set(['more', 'less', 'fewer']);

/**
 * The length of the bound before a count at token i — "more than", "fewer than", "at least", "at most" right
 * before a number — or 0.
 */
function countBoundLength(tokens: readonly Token[], i: number): number {
  const token = tokens[i];
  const next = tokens[i + 1];
  if (!token || !next || tokens[i + 2]?.pos !== 'NUM') return 0;
  if (COMPARATIVES.has(token.lower) && next.lower === 'than') return 2;
  if (token.lower === 'at' && COUNT_BOUNDS.has(next.lower)) return 2;
  return 0;
}

/**
 * The first clause of the sentence when it is a bare past participle right after the sentence's first noun
 * phrase and `subject` (clause k's nearest noun phrase) lies after it, with only non-finite clauses between;
 * else -1.
 */
function initialReducedRelative(
  works: readonly Work[],
  k: number,
  subject: Phrase,
  s: number,
  tokens: readonly Token[],
  complementVerbs: ReadonlySet<string>,
): number {
  const first = works[0];
  if (!first || k === 0 || !first.subject || first.subjectInherited || first.subject.tokenStart !== s)
    return -1;
  if (first.kind !== 'main' || !isBareParticiple(tokens, first.verb)) return -1;
  if (complementVerbs.has(first.verb.lemma) || TELL_VERBS.has(first.verb.lemma)) return -1;
  if (first.subject.tokenEnd !== first.verb.tokenStart || subject.tokenStart < first.verb.tokenEnd) return -1;
  return holdsUpTo(works, k, first, subject, tokens, false) ? 0 : -1;
}

/**
 * Does the sentence's first clause run on, with no clause boundary, to `subject` (clause k's nearest noun
 * phrase), with only non-finite clauses between? "Germany warned that the pipeline would be halted": "that"
 * ends the first clause. Relative pronouns end it too when `relativesBreak`.
 */
function holdsUpTo(
  works: readonly Work[],
  k: number,
  first: Work,
  subject: Phrase,
  tokens: readonly Token[],
  relativesBreak: boolean,
): boolean {
  for (let i = first.verb.tokenEnd; i < subject.tokenStart; i++) {
    const token = tokens[i]!;
    // ("for" before an -ing clause is tagged SCONJ but belongs to the participle: "imprisoned for acting".)
    if (
      (token.pos === 'SCONJ' && token.lower !== 'for') ||
      token.pos === 'CCONJ' ||
      token.lower === 'that' ||
      (relativesBreak && RELATIVE_PRONOUNS.has(token.lower)) ||
      CLAUSE_BREAKS.has(token.text)
    )
      return false;
  }
  for (let j = 1; j < k; j++) {
    const between = works[j]!;
    if (!(between.verb.participle || between.verb.infinitive || between.kind === 'participle')) return false;
  }
  return true;
}

/**
 * Verbs whose object is the subject of an -ing clause after it: "the patrol saw Iranian boats laying mines",
 * "officials found Iraq using chemical weapons".
 */
const OBJECT_ING_VERBS = new Set([
  'see',
  'watch',
  'hear',
  'notice',
  'observe',
  'spot',
  'find',
  'catch',
  'show',
  'depict',
  'picture',
  'imagine',
  'leave',
  'keep',
  'have',
  'get',
  'photograph',
  'film',
  'report',
]);

/** Prepositions of place and company, whose phrase can end a verb phrase before an -ing adjunct. */
const VERB_PHRASE_PREPS = new Set([
  'in',
  'at',
  'with',
  'from',
  'into',
  'near',
  'inside',
  'outside',
  'across',
  'through',
  'throughout',
  'via',
]);

/**
 * Is an -ing clause right after a noun phrase of its holder's arguments an adjunct of the holder's verb phrase
 * (its subject is the holder's) rather than a reduced relative of a noun ("an attack targeting civilians")?
 * It is when the holder's arguments up to the -ing clause are only names and personal pronouns, which a
 * restrictive -ing clause does not modify ("Conrail filed with the Supreme Court seeking review of the
 * decision", "Iraq sued Texaco seeking damages"), or when a time expression closes the verb phrase ("a U.S.
 * trader visited Tokyo last week requesting Japan buy more rice"). A common noun among them may be what the
 * -ing clause modifies ("carried an advertisement from Turkish Sugar Factories inviting offers"). It is not when
 * the holder's verb takes its object as the -ing clause's subject ("saw Iranian gunboats attacking the tanker").
 */
function isVerbPhraseAdjunct(
  tokens: readonly Token[],
  work: Work,
  holder: Work,
  near: Phrase,
  timeTokens: ReadonlySet<number>,
  speechVerbs: ReadonlySet<string>,
): boolean {
  // "coordinating White House handling of the affair": an -ing form with nothing after it, or with "of", is a noun.
  if (work.argsEnd === work.verb.tokenEnd || tokens[work.verb.tokenEnd]?.lower === 'of') return false;
  const isObject = holder.objects.some((object) => object.tokenStart === near.tokenStart);
  if (isObject && OBJECT_ING_VERBS.has(tokens[holder.verb.head]!.lemma.toLowerCase())) return false;
  // "is no longer opposed to the U.S. selling wheat to the USSR": after "to", "of", "about" … the name is the
  // subject of a gerund; only a place, a partner ("filed with the Supreme Court") or the addressee of a speech
  // verb ("had written to President Reagan urging an increase") ends the verb phrase.
  const prep = holder.preps.find((candidate) => candidate.phrase.tokenStart === near.tokenStart);
  const addressee = prep?.prep === 'to' && speechVerbs.has(holder.verb.lemma);
  if (prep && !VERB_PHRASE_PREPS.has(prep.prep) && !addressee) return false;
  // (The time may have been read into the noun phrase: "Tokyo last week".)
  if (timeTokens.has(work.verb.tokenStart - 1)) return true;
  const isName = (phrase: Phrase) => {
    const head = tokens[phrase.head]!;
    return head.pos === 'PROPN' || (head.pos === 'PRON' && phrase.tokenEnd - phrase.tokenStart === 1);
  };
  return [...holder.objects, ...holder.preps.map((prep) => prep.phrase)]
    .filter((phrase) => phrase.tokenStart <= near.tokenStart)
    .every(isName);
}

/**
 * The first clause of the sentence when it is a bare -ing form right after the sentence's first noun phrase (after
 * any dateline), clause k is finite and `subject` (its nearest noun phrase) lies in the -ing clause's
 * arguments with no clause boundary and only non-finite clauses between; else -1. "MADRID, March 2 - Spanish
 * farmers demanding a better deal from the European Community blocked roads": the farmers blocked them.
 */
function initialIngRelative(
  works: readonly Work[],
  k: number,
  subject: Phrase,
  s: number,
  tokens: readonly Token[],
): number {
  const first = works[0];
  const work = works[k]!;
  if (!first || k === 0 || work.verb.participle || work.verb.infinitive) return -1;
  // "Chile's 15-1/2 year rescheduling accord at one percentage point over London Interbank Offered Rates": a
  // capitalised verb inside the sentence is a word of a name.
  if (/^[A-Z]/.test(tokens[work.verb.head]!.text)) return -1;
  if (!first.subject || first.subjectInherited || first.kind !== 'main' || !first.verb.participle) return -1;
  if (first.verb.modal || first.verb.negated || first.verb.tokenStart !== first.verb.head) return -1;
  if (first.subject.tokenEnd !== first.verb.tokenStart || subject.tokenStart < first.verb.tokenEnd) return -1;
  // "Gulf shipping sources yesterday reported …": an -ing form before a bare noun may be the noun's modifier,
  // but not after a common noun's phrase: "An Israeli air strike on a school sheltering refugees killed …".
  if (tokens[first.verb.tokenEnd]?.pos === 'NOUN' && tokens[first.subject.head]!.pos !== 'NOUN') return -1;
  const lead = tokens[first.subject.tokenStart - 1];
  if (first.subject.tokenStart !== s && !(lead && DATELINE_DASHES.has(lead.text))) return -1;
  return holdsUpTo(works, k, first, subject, tokens, true) ? 0 : -1;
}

/** The dash that ends a Reuters dateline: "MADRID, March 2 - Spanish farmers …". */
const DATELINE_DASHES = new Set(['-', '--', '—', '–']);

/** "it was NATO making …": a copula's noun phrase is what the -ing clause is about, not an argument to keep. */
function isCopula(tokens: readonly Token[], work: Work): boolean {
  return tokens[work.verb.head]!.pos === 'AUX';
}

/** "that" opens a clause when a noun phrase and a verb follow it ("said that the alliance was …"). */
function isComplementizer(tokens: readonly Token[], i: number, limit: number, end: number): boolean {
  const token = tokens[i]!;
  if (token.pos === 'SCONJ') return true;
  const next = tokens[i + 1];
  if (!next) return false;
  if (next.pos === 'PRON' || next.pos === 'DET' || next.pos === 'PROPN') return true;
  return limit < end && limit - i <= 6;
}

/**
 * The clause before work `k` that is a subject relative ("which attacked Kenya", "who entered Iraq") whose
 * arguments end at token `p`, right before work `k`'s verb, with its antecedent standing first in its clause
 * ("The rebel group which …", "… said the group which …"), or null. Its antecedent is then the subject of
 * work `k`: "The rebel group which attacked Kenya killed ten soldiers".
 */
function relativeEndingAt(
  tokens: readonly Token[],
  works: readonly Work[],
  k: number,
  p: number,
  complementVerbs: ReadonlySet<string>,
): number | null {
  const j = k - 1;
  const relative = works[j];
  if (!relative || relative.kind !== 'relative' || relative.subject === null) return null;
  // "Washington, which says the merger plan is …": what follows a speech verb is what was said.
  if (complementVerbs.has(relative.verb.lemma)) return null;
  const wh = relative.introducer === 'which' || relative.introducer === 'who';
  if ((!wh && relative.introducer !== 'that') || relative.introducerEnd !== relative.verb.tokenStart)
    return null;
  if (relative.argsEnd !== p + 1 || relative.objects.length + relative.preps.length === 0) return null;
  // "… which was shelved when the Soviet leader insisted": a clause of its own opens between them.
  for (let i = relative.verb.tokenEnd; i <= p; i++)
    if (tokens[i]!.pos === 'SCONJ' || CLAUSE_OPENERS.has(tokens[i]!.lower)) return null;
  // The antecedent must not be an argument of a clause before it ("Kenya attacked the group which …").
  const antecedent = relative.subject;
  const holder = works
    .slice(0, j)
    .find((other) => other.verb.tokenEnd <= antecedent.tokenStart && other.argsEnd >= antecedent.tokenEnd);
  // After a speech verb the antecedent opens what was said ("The army said the group which attacked Kenya
  // killed ten soldiers"); not with "that", which may open what was said itself ("told Congress that cutting
  // red ink would go a long way").
  return holder === undefined ||
    holder.kind === 'complement' ||
    (wh && complementVerbs.has(holder.verb.lemma))
    ? j
    : null;
}

/** Words that open a clause of their own ("when the Soviet leader insisted"), whatever their tag. */
const CLAUSE_OPENERS = new Set([
  'when',
  'while',
  'as',
  'because',
  'after',
  'before',
  'if',
  'unless',
  'since',
]);

/** "that" right after a noun and before a verb is a relative pronoun ("a group that tracks the war"). */
function isRelativeThat(tokens: readonly Token[], p: number, s: number): boolean {
  const previous = tokens[p - 1];
  return p > s && !!previous && (previous.pos === 'NOUN' || previous.pos === 'PROPN');
}

/**
 * Words of time that wink-nlp tags as prepositions even before a clause: "with two weeks to go before the U.S.
 * imposes tariffs", "until Turkey recognises Greek rights". Right before a clause's subject they introduce it.
 */
const TIME_SUBORDINATORS = new Set(['before', 'after', 'until', 'till']);

function setIntroducer(work: Work, tokens: readonly Token[], clauseStart: number, s: number): void {
  let q = clauseStart - 1;
  while (q >= s && (QUOTES.has(tokens[q]!.text) || tokens[q]!.text === ',')) q--;
  if (q < s) return;
  for (const words of MULTIWORD_INTRODUCERS) {
    const from = q - words.length + 1;
    if (from < s) continue;
    if (words.every((word, w) => tokens[from + w]!.lower === word)) {
      work.introducer = words.join(' ');
      work.introducerStart = from;
      work.introducerEnd = q + 1;
      return;
    }
  }
  const token = tokens[q]!;
  if (
    token.pos === 'SCONJ' ||
    COMPLEMENTIZERS.has(token.lower) ||
    CONDITIONAL.has(token.lower) ||
    (ADVERBIAL.has(token.lower) && token.pos !== 'ADP') ||
    TIME_SUBORDINATORS.has(token.lower)
  ) {
    work.introducer = token.lower;
    work.introducerStart = q;
    work.introducerEnd = q + 1;
  }
}

/** Personal pronouns that can only be subjects. */
const NOMINATIVE_PRONOUNS = new Set(['i', 'he', 'she', 'we', 'they']);

/**
 * A noun phrase whose words stand in scare quotes, ending at the closing quote `last`: 'the "narrow interest" of
 * creditor banks'. Without it the subject stopped at "creditor banks", the clause was no complement of "said",
 * and a speech verb after it ("… was holding up an accord … and warned Argentina") took the banks as its subject.
 */
function quotedPhraseEndingAt(
  tokens: readonly Token[],
  last: number,
  s: number,
  npEndingAt: (last: number, start: number) => Phrase | null,
): Phrase | null {
  if (last <= s || !QUOTES.has(tokens[last]!.text)) return null;
  const inner = npEndingAt(last - 1, s);
  if (!inner || inner.tokenStart - 1 <= s) return null;
  const open = inner.tokenStart - 1;
  if (!QUOTES.has(tokens[open]!.text)) return null;
  const determiner = tokens[open - 1]!;
  const opensAt = determiner.pos === 'DET' ? open - 1 : open;
  return { tokenStart: opensAt, tokenEnd: last + 1, head: inner.head };
}

/** "Brazil and the United States", "Hundreds of UN troops", "A court in Guyana": the subject's full extent. */
function extendSubjectLeft(
  tokens: readonly Token[],
  subject: Phrase,
  s: number,
  npEndingAt: (last: number, start: number) => Phrase | null,
  complementVerbs: ReadonlySet<string>,
): Phrase {
  let current = subject;
  for (;;) {
    let at = current.tokenStart - 1;
    if (at <= s) return current;
    // "All ATPC members except Zaire and Australia recently agreed": the excepted are the ones the verb is not
    // true of; the subject is the phrase they are taken out of.
    const excepted = exceptionEndingAt(tokens, at, s);
    if (excepted !== null) {
      const whole = npEndingAt(excepted - 1, s);
      if (!whole) return current;
      current = whole;
      continue;
    }
    let word = tokens[at]!;
    // "The US, Russia, and Switzerland": a list comma before the conjunction.
    const commaAnd =
      (word.lower === 'and' || word.lower === 'or') && tokens[at - 1]?.text === ',' && at - 1 > s;
    if (commaAnd) {
      at -= 1;
      word = tokens[at]!;
    }
    const joins =
      SUBJECT_PREPS.has(word.lower) ||
      word.lower === 'to' ||
      word.lower === 'on' ||
      word.lower === 'against' ||
      word.lower === 'and' ||
      word.lower === 'or' ||
      (word.text === ',' && isListComma(tokens, at));
    if (!joins) return current;
    const previous = npEndingAt(at - 1, s) ?? quotedPhraseEndingAt(tokens, at - 1, s, npEndingAt);
    if (!previous) return current;
    // "The Japanese ambassador to the U.S. suggested …": "to" joins only an envoy to where he is sent.
    if (word.lower === 'to' && !ENVOY_NOUNS.has(tokens[previous.head]!.lower)) return current;
    // "The attack on Iraq killed ten people", "the drain on the Saudis will continue": "on" and "against" join
    // only an act or a burden to whom it is aimed at, standing where a subject starts ("was poised to impose
    // swingeing tariffs on European Community food imports and a major trade war was averted" keeps the tariffs
    // the verb's object).
    if (
      (word.lower === 'on' || word.lower === 'against') &&
      (!AIMED_NOUNS.has(tokens[previous.head]!.lower) ||
        !opensSubject(tokens, previous.tokenStart, s, complementVerbs))
    )
      return current;
    // "would be \"done in\" by Brazil's suspension of debt payments and he added": a subject pronoun after
    // "and" does not join a noun phrase that is the object of a preposition or verb; it opens a new clause. Nor
    // does any subject after ", and" when that phrase belongs to an earlier verb ("meets … ahead of the IMF's
    // Spring meetings, and Eyskens said"): a list's earlier item follows a comma, not a preposition or verb.
    if (
      (((word.lower === 'and' || word.lower === 'or') &&
        NOMINATIVE_PRONOUNS.has(tokens[current.head]!.lower)) ||
        (commaAnd && followsVerb(tokens, previous.tokenStart, s))) &&
      previous.tokenStart > s &&
      (tokens[previous.tokenStart - 1]!.pos === 'ADP' || tokens[previous.tokenStart - 1]!.pos === 'VERB')
    )
      return current;
    const head =
      SUBJECT_PREPS.has(word.lower) || word.lower === 'to' || word.lower === 'on' || word.lower === 'against'
        ? previous.head
        : current.head;
    current = { tokenStart: previous.tokenStart, tokenEnd: current.tokenEnd, head };
  }
}

/** Words that take what follows them out of the phrase before them: "all members except Zaire". */
const EXCEPTION_MARKERS: readonly (readonly string[])[] = [
  ['except'],
  ['excepting'],
  ['excluding'],
  ['apart', 'from'],
  ['aside', 'from'],
  ['other', 'than'],
  ['but', 'not'],
  ['with', 'the', 'exception', 'of'],
];

/** The first token of an exception marker ("except", "apart from") whose last token is `at`, or null. */
function exceptionEndingAt(tokens: readonly Token[], at: number, s: number): number | null {
  for (const marker of EXCEPTION_MARKERS) {
    const first = at - marker.length + 1;
    if (first <= s) continue;
    if (marker.every((word, i) => tokens[first + i]!.lower === word)) return first;
  }
  return null;
}

/**
 * Does a verb come before the phrase starting at `start`, with no comma between ("met in Washington ahead of the
 * IMF's meetings")? Then the phrase belongs to that verb's clause; an apposition ("Chen Muhua, president of the
 * People's Bank of China, and Vice Premier Yao Yilin") has a comma first.
 */
function followsVerb(tokens: readonly Token[], start: number, s: number): boolean {
  for (let i = start - 1; i >= s; i--) {
    const token = tokens[i]!;
    if (token.text === ',') return false;
    if (token.pos === 'VERB' || token.pos === 'AUX') return true;
  }
  return false;
}

/**
 * The noun a place name locates: "sources in Brussels", "officials at Cairo" (the phrase from the noun through the
 * place, headed by the noun), or null when the phrase is no proper place after "in" or "at".
 */
function locatedNoun(
  tokens: readonly Token[],
  near: Phrase,
  s: number,
  npEndingAt: (last: number, start: number) => Phrase | null,
): Phrase | null {
  const prep = tokens[near.tokenStart - 1];
  if (!prep || (prep.lower !== 'in' && prep.lower !== 'at') || near.tokenStart - 2 < s) return null;
  if (tokens[near.head]!.pos !== 'PROPN') return null;
  const noun = npEndingAt(near.tokenStart - 2, s);
  if (!noun || tokens[noun.head]!.pos !== 'NOUN') return null;
  return { tokenStart: noun.tokenStart, tokenEnd: near.tokenEnd, head: noun.head };
}

/** The comma of a list "The US, Russia, and Switzerland": an "and" follows before the verb. */
function isListComma(tokens: readonly Token[], at: number): boolean {
  for (let i = at + 1; i < tokens.length && i < at + 8; i++) {
    if (tokens[i]!.lower === 'and') return true;
    if (tokens[i]!.pos === 'VERB' || tokens[i]!.pos === 'AUX') return false;
  }
  return isLongListComma(tokens, at);
}

/** Parts of speech of the names and noun phrases a list is made of. */
const LIST_ITEM_POS = new Set(['PROPN', 'NOUN', 'DET', 'ADJ', 'NUM']);

/**
 * The first comma of a list too long for the window of `isListComma`: "Britain, Canada, France, Japan, the U.S.
 * And West Germany agreed" (the Group of Six, seven names before the "and"). Only names, noun phrases and commas
 * may stand between it and the "and", and the phrase before it follows no preposition ("In Paris, Britain, Canada,
 * …" lists no Paris).
 */
function isLongListComma(tokens: readonly Token[], at: number): boolean {
  let before = at - 1;
  while (before >= 0 && !tokens[before + 1]!.sentenceStart && LIST_ITEM_POS.has(tokens[before]!.pos))
    before--;
  if (before >= 0 && !tokens[before + 1]!.sentenceStart && tokens[before]!.pos === 'ADP') return false;
  for (let i = at + 1; i < tokens.length && i < at + 24; i++) {
    const token = tokens[i]!;
    if (token.sentenceStart) return false;
    if (token.lower === 'and') return i > at + 1;
    if (token.text !== ',' && !LIST_ITEM_POS.has(token.pos)) return false;
  }
  return false;
}

/**
 * "But the officials said Spain and Portugal, which joined the 12-nation bloc at the beginning of last year,
 * continued to oppose the scheme": a verb right after a relative clause set off by commas, where that clause's
 * noun is what a speech verb took as its object, is what the speech verb reports, with that noun (and any noun
 * joined to it before) as its subject. Read as a list of verb phrases it was another relative of the noun, and
 * the opposition asserted, Spain lost. Sets the work at `k` as the speech verb's complement (after step 4, which
 * would take the relative's speech verb for its governor); true when it did.
 */
function reportedAfterRelative(
  tokens: readonly Token[],
  works: Work[],
  k: number,
  complementVerbs: ReadonlySet<string>,
): boolean {
  const work = works[k]!;
  if (k === 0 || work.coordinatedWith !== k - 1 || work.verb.participle) return false;
  let p = work.verb.tokenStart - 1;
  while (p > 0 && tokens[p]!.pos === 'ADV') p--;
  if (tokens[p]?.text !== ',') return false;
  const relative = works[k - 1]!;
  if (relative.kind !== 'relative' || relative.subject === null) return false;
  if (relative.introducer !== 'which' && relative.introducer !== 'who') return false;
  if (relative.argsEnd < p - 1 || relative.argsEnd > p + 1) return false;
  const noun = relative.subject;
  if (noun.tokenEnd !== relative.introducerStart - 1) return false;
  const governorIndex = relative.parent;
  const governor = governorIndex === null ? undefined : works[governorIndex];
  if (!governor || !complementVerbs.has(governor.verb.lemma) || governor.verb.passive) return false;
  const object = governor.objects.find(
    (phrase) => phrase.tokenStart === governor.verb.tokenEnd && phrase.tokenEnd <= noun.tokenEnd,
  );
  if (!object && noun.tokenStart !== governor.verb.tokenEnd) return false;
  work.coordinatedWith = null;
  const inherited = work.subject;
  work.subject = {
    tokenStart: object?.tokenStart ?? noun.tokenStart,
    tokenEnd: noun.tokenEnd,
    head: noun.head,
  };
  work.subjectInherited = false;
  work.kind = 'complement';
  work.parent = governorIndex;
  if (object) governor.objects = governor.objects.filter((phrase) => phrase !== object);
  // "continued to oppose the scheme": an infinitive that took the verb's subject takes the new one.
  for (const other of works)
    if (other.parent === k && other.subjectInherited && other.subject === inherited)
      other.subject = work.subject;
  return true;
}

/**
 * "The Syrian Observatory for Human Rights, a UK-based group that tracks the war, said": the subject is the
 * first noun phrase of the stretch that ends at the comma, after any leading prepositional phrase.
 */
function subjectAfterParenthesis(
  tokens: readonly Token[],
  s: number,
  p: number,
  npAt: (i: number, end: number) => Phrase | null,
  works: Work[],
  k: number,
): Phrase | null {
  let regionStart = s;
  for (let i = p - 1; i >= s; i--) {
    const token = tokens[i]!;
    if (
      token.pos === 'SCONJ' ||
      token.text === ';' ||
      token.text === ':' ||
      (token.lower === 'that' && token.pos !== 'DET')
    ) {
      regionStart = i + 1;
      break;
    }
  }
  // "But Conable, who was also present at the meeting, told reporters": a conjunction opening the sentence.
  if (regionStart === s && regionStart < p && tokens[regionStart]!.pos === 'CCONJ') regionStart++;
  // "The U.S. official, who asked not to be identified, said": an infinitive or other clause that hangs on a
  // relative clause is inside the parenthesis too.
  const inRelative = (work: Work) => {
    for (let at: Work | undefined = work, steps = 0; at && steps < 8; steps++) {
      if (at.kind === 'relative') return true;
      at = at.parent === null ? undefined : works[at.parent];
    }
    return false;
  };
  for (const earlier of works.slice(0, k)) {
    if (
      earlier.verb.tokenStart >= regionStart &&
      !inRelative(earlier) &&
      earlier.verb.tokenStart < p &&
      !earlier.verb.participle
    ) {
      // a finite clause before the comma: the comma is not a parenthesis around the subject
      if (earlier.subject && earlier.subject.tokenStart <= regionStart) return null;
    }
  }
  let i = regionStart;
  while (i < p && (tokens[i]!.pos === 'ADP' || tokens[i]!.pos === 'ADV' || QUOTES.has(tokens[i]!.text))) {
    if (tokens[i]!.pos === 'ADP') {
      const phrase = npAt(i + 1, p);
      if (!phrase) return null;
      i = phrase.tokenEnd;
      if (tokens[i]?.text === ',') i++;
    } else {
      i++;
    }
  }
  const subject = npAt(i, p);
  if (!subject || subject.tokenEnd > p) return null;
  // "China and Israel, which have no diplomatic relations, discussed …": a coordination before the parenthesis is
  // the subject as a whole.
  const joined = tokens[subject.tokenEnd];
  const second =
    joined && (joined.lower === 'and' || joined.lower === 'or') ? npAt(subject.tokenEnd + 1, p) : null;
  if (second && second.tokenEnd <= p && tokens[second.tokenEnd]?.text === ',')
    return { ...second, tokenStart: subject.tokenStart };
  return subject;
}

/**
 * Verbs of saying that a speaker goes on with after what he reported: "He said Nakasone's visit was \"part of the
 * press of business\" but denied the cancellation was linked to …", "said prices would rise and warned …".
 */
const SPEECH_CONJUNCTS = new Set([
  'say',
  'add',
  'deny',
  'warn',
  'stress',
  'insist',
  'reiterate',
  'repeat',
  'declare',
  'note',
  'explain',
  'argue',
  'acknowledge',
  'admit',
  'concede',
  'reject',
  'dismiss',
  'urge',
  'accuse',
  'tell',
  'announce',
  'confirm',
  'caution',
  'complain',
  'refuse',
  'decline',
  // "The statement said Indonesia must take further steps … and called for policies": an appeal after what
  // was reported is the speaker's own.
  'call',
  'appeal',
  'welcome',
  'propose',
]);

/**
 * Does a verb of saying coordinated with a speech verb's complement clause join the speech verb instead? A
 * finite verb of saying after the reported clause ("but denied", "and warned") goes on with what the speaker
 * did, not with what he reported; a bare form that shares the complement's auxiliary ("said talks would resume
 * and continue"), a complement that is itself speech ("said Japan had denied … and rejected …") and a plain
 * verb like the complement's own stay.
 */
function joinsSpeechVerb(
  tokens: readonly Token[],
  work: Work,
  first: Work,
  governor: Work,
  complementVerbs: ReadonlySet<string>,
): boolean {
  if (!work.subjectInherited || !SPEECH_CONJUNCTS.has(work.verb.lemma)) return false;
  if (!complementVerbs.has(governor.verb.lemma) || complementVerbs.has(first.verb.lemma)) return false;
  if (governor.subject === null || governor.verb.tokenEnd > first.verb.tokenStart) return false;
  const head = tokens[work.verb.head]!;
  if (work.verb.tokenStart !== work.verb.head || head.lower === head.lemma.toLowerCase() || work.verb.passive)
    return false;
  // The reported clause must differ in form from the verb after it: a state ("was the main cause") or a verb
  // with its own auxiliary ("had caught the attention of the world … but warned it"). Two plain past verbs go
  // together: "Diplomats said Spain and Portugal backed the court's view and also complained that …".
  if (first.verb.lemma === 'be' || first.verb.tokenStart < first.verb.head || first.verb.modal !== null)
    return true;
  // So does a present or a bare form before a past one: "were concerned that Japan do more … and welcomed measures".
  return isPastForm(head) && !isPastForm(tokens[first.verb.head]!);
}

/**
 * The speech verb that reports a complement clause, if any, climbing through a state or a feeling that it reports
 * in turn: in "He said the G-7 countries were concerned that Japan do more", the clause of "do" hangs on "were
 * concerned", which "said" reports.
 */
function reportingGovernor(
  works: readonly Work[],
  first: Work,
  complementVerbs: ReadonlySet<string>,
): number | null {
  let j = first.kind === 'complement' ? first.parent : null;
  for (let hop = 0; j !== null && hop < 3; hop++) {
    const governor = works[j]!;
    if (complementVerbs.has(governor.verb.lemma)) return j;
    j = governor.kind === 'complement' ? governor.parent : null;
  }
  return null;
}

/** Conjunctions that join two verbs sharing what follows the second: "killed or wounded", "signed and ratified". */
const RAISING_CONJUNCTIONS = new Set(['and', 'or']);

/**
 * "Iran said its forces killed or wounded 1,500 Iraqi soldiers", "Iraqi forces attacked and destroyed Iranian
 * positions", "signed and ratified the treaty with Iraq": a verb with no object nor preposition of its own, joined
 * to the next verb by a bare "and" or "or", takes that verb's objects and prepositional phrases (what grammar
 * calls right-node raising). Without them the first act had no target ("killed" IRNMIL→—). Passives and copulas
 * take no object, so they keep none.
 */
function shareRaisedArguments(tokens: readonly Token[], first: Work, second: Work): void {
  if (first.objects.length > 0 || first.preps.length > 0 || second.objects.length === 0) return;
  if (second.verb.tokenStart !== first.verb.tokenEnd + 1) return;
  // A second verb with its own auxiliary is a clause of its own, often a noun tagged as a verb before it: "have
  // rejected U.S. offers or have taken wheat from other exporters".
  if (second.verb.tokenStart !== second.verb.head || tokens[first.verb.head]!.pos !== 'VERB') return;
  if (!RAISING_CONJUNCTIONS.has(tokens[first.verb.tokenEnd]!.lower)) return;
  if (first.verb.passive || second.verb.passive || isCopula(tokens, first)) return;
  first.objects = [...second.objects];
  first.preps = [...second.preps];
}

/** The clause a coordinated verb joins: the nearest earlier clause whose arguments end at the conjunction. */
function findConjunct(
  tokens: readonly Token[],
  works: Work[],
  k: number,
  conjunction: number,
  bare: boolean,
): number | null {
  // A bare verb may join an infinitive ("to plan and carry out"); a finite one joins a finite clause
  // ("urged the bloc to send weapons, and said …").
  // A verb group with its own auxiliary ("and has threatened") is finite: it joins no -ing clause ("accused Japan
  // of violating the agreement and has threatened …" joins "has accused").
  const verb = works[k]!.verb;
  const finite = verb.tokenStart < verb.head && !verb.infinitive && !verb.participle;
  // So is a past form: "criticised the government for holding reserves in dollars and asked the cabinet to
  // diversify" joins "criticised", not "holding"; but an -ing word right after a verb is that verb's object
  // ("threaten shipping in the gulf and warned"), not a clause to skip.
  const past = !verb.infinitive && !verb.participle && /ed$/.test(tokens[verb.head]!.lower);
  const skips = (other: Work) =>
    other.verb.participle && (finite || (past && tokens[other.verb.tokenStart - 1]?.pos !== 'VERB'));
  const fits = (other: Work) => (bare || !other.verb.infinitive) && !skips(other);
  // "will permit the banks to say that they achieved … and will likewise permit …": a modal repeated after
  // "and" joins the verb group with the same modal, over a nearer clause without it.
  const modal = works[k]!.verb.modal;
  if (modal) {
    const nearest = works[k - 1];
    if (nearest && nearest.verb.modal !== modal) {
      for (let j = k - 2; j >= 0; j--) {
        const other = works[j]!;
        if (other.verb.modal === modal && !other.verb.infinitive && other.verb.tokenEnd <= conjunction)
          return j;
      }
    }
  }
  for (let j = k - 1; j >= 0; j--) {
    const other = works[j]!;
    if (!fits(other)) continue;
    if (other.argsEnd <= conjunction + 1 && other.argsEnd >= conjunction - 1) return j;
    if (other.verb.tokenEnd <= conjunction && other.argsEnd >= conjunction - 1) return j;
  }
  for (let j = k - 1; j >= 0; j--) if (fits(works[j]!) && works[j]!.kind !== 'relative') return j;
  return null;
}

/** "urged Russia to withdraw" (the object acts), "is ready to work" (the subject acts). */
function attachInfinitive(
  works: Work[],
  k: number,
  tokens: readonly Token[],
  npAt: (i: number, end: number) => Phrase | null,
  mentionTokens: ReadonlySet<number>,
): void {
  const work = works[k]!;
  work.kind = 'infinitive';
  for (let j = k - 1; j >= 0; j--) {
    const governor = works[j]!;
    if (governor.verb.tokenEnd > work.verb.tokenStart) continue;
    let objectBetween: Phrase | null = null;
    let grantee: Phrase | null = null;
    let clean = true;
    for (let i = governor.verb.tokenEnd; i < work.verb.tokenStart;) {
      const token = tokens[i]!;
      if (token.pos === 'ADJ' || token.pos === 'ADV' || QUOTES.has(token.text)) {
        i++;
        continue;
      }
      const phrase = npAt(i, work.verb.tokenStart);
      if (phrase && !objectBetween) {
        objectBetween = phrase;
        i = phrase.tokenEnd;
        continue;
      }
      // "ordered residents of northern Gaza to evacuate": an "of" phrase completes the object of a verb that
      // tells its object to act.
      const completion: Phrase | null =
        objectBetween &&
        !grantee &&
        token.lower === 'of' &&
        objectBetween.tokenEnd === i &&
        DIRECTING_VERBS.has(governor.verb.lemma)
          ? npAt(i + 1, work.verb.tokenStart)
          : null;
      if (completion && objectBetween) {
        const object: Phrase = objectBetween;
        objectBetween = { tokenStart: object.tokenStart, tokenEnd: completion.tokenEnd, head: object.head };
        i = completion.tokenEnd;
        continue;
      }
      // "gave permission to Russia to help Israel": whoever is given leave is who would act.
      const recipient: Phrase | null =
        objectBetween && !grantee && token.lower === 'to' && isLeaveNoun(tokens[objectBetween.head]!)
          ? npAt(i + 1, work.verb.tokenStart)
          : null;
      if (recipient && hasMention(recipient, mentionTokens)) {
        grantee = recipient;
        i = recipient.tokenEnd;
        continue;
      }
      // "urged Pakistan and Afghanistan to exercise restraint": a coordinated object acts as one.
      const conjunct: Phrase | null =
        objectBetween &&
        !grantee &&
        objectBetween.tokenEnd === i &&
        (token.lower === 'and' || token.lower === 'or')
          ? npAt(i + 1, work.verb.tokenStart)
          : null;
      if (conjunct && objectBetween) {
        objectBetween = {
          tokenStart: objectBetween.tokenStart,
          tokenEnd: conjunct.tokenEnd,
          head: objectBetween.head,
        };
        i = conjunct.tokenEnd;
        continue;
      }
      clean = false;
      break;
    }
    if (!clean) break;
    work.parent = j;
    const copula = tokens[governor.verb.head]!.pos === 'AUX';
    // "urged Russia to withdraw": an actor object acts; "took concrete steps to reduce tensions": the subject does.
    // "summoned the Japanese ambassador to protest remarks": the summoner protests, not the envoy.
    // "allowed aid trucks to enter Gaza": what is let do something does it, actor or not.
    const actorObject =
      objectBetween !== null &&
      (hasMention(objectBetween, mentionTokens) ||
        (PERMIT_VERBS.has(governor.verb.lemma) && tokens[objectBetween.head]!.pos !== 'PRON')) &&
      !isSummonersAct(governor.verb, work.verb) &&
      // "plans to use frozen Russian assets to fund a loan": what is used does not act; its user does.
      !INSTRUMENT_VERBS.has(governor.verb.lemma);
    if (grantee) {
      work.subject = grantee;
    } else if (objectBetween && actorObject && !copula) {
      work.subject = objectBetween;
    } else {
      work.subject = governor.subject;
    }
    work.subjectInherited = true;
    return;
  }
  const previous = k > 0 ? k - 1 : null;
  work.parent = previous;
  work.subject = previous !== null ? works[previous]!.subject : null;
  work.subjectInherited = true;
}

/**
 * "rallied against the Georgian government's decision to suspend EU accession talks", "welcomed Iran's offer to
 * release the hostages": an infinitive right after a noun of decision, plan, attempt, refusal or threat says what the
 * noun's owner does, whoever governs the noun's phrase; the noun phrase, which names its owner, is its subject.
 * The clause hangs on the verb before the phrase. False when no such noun with an owner stands before the
 * infinitive.
 */
function attachToFrameNoun(
  works: Work[],
  k: number,
  tokens: readonly Token[],
  s: number,
  npEndingAt: (last: number, start: number) => Phrase | null,
  frameNouns: ReadonlySet<string>,
  mentionTokens: ReadonlySet<number>,
): boolean {
  const work = works[k]!;
  const last = work.verb.tokenStart - 1;
  const noun = tokens[last];
  if (!noun || last < s || noun.pos !== 'NOUN' || !frameNouns.has(noun.lemma.toLowerCase())) return false;
  const phrase = npEndingAt(last, s);
  // "invited the Commission for talks in a bid to repair relations", "approved a plan to help": a noun with no
  // owner named is the subject's own purpose or plan, as any infinitive after the verb's phrases.
  if (!phrase || phrase.head !== last || !hasMention(phrase, mentionTokens)) return false;
  const parent = previousWorkBefore(works, k, phrase.tokenStart);
  if (parent === null) return false;
  work.kind = 'infinitive';
  work.parent = parent;
  work.subject = phrase;
  work.subjectInherited = true;
  return true;
}

/** Verbs that tell, ask, push or let their object to act: "ordered residents of northern Gaza to evacuate". */
const DIRECTING_VERBS = new Set(
  (
    'order urge ask tell force compel instruct encourage invite persuade press pressure warn advise require ' +
    'allow permit enable authorize authorise'
  ).split(' '),
);

/** Verbs of letting: their object does what the infinitive says ("allowed aid trucks to enter Gaza"). */
const PERMIT_VERBS = new Set(['allow', 'permit', 'let', 'enable', 'authorize', 'authorise']);

/** Verbs whose object is a means: the infinitive after it is what the subject does with it ("use … to fund"). */
const INSTRUMENT_VERBS = new Set(['use', 'employ', 'spend', 'utilise', 'utilize']);

/** Verbs of calling an envoy in: what the summoner then voices is its own act ("summoned … to protest"). */
const SUMMON_VERBS = new Set(['summon', 'convoke']);
/** Acts a summoner calls an envoy in to do: protest, complain, demand, convey or hand over a note. */
const SUMMONERS_ACTS = new Set([
  'protest',
  'complain',
  'condemn',
  'demand',
  'lodge',
  'express',
  'voice',
  'convey',
  'register',
  'deliver',
  'hand',
  'warn',
]);

export function isSummonersAct(governor: VerbGroup, infinitive: VerbGroup): boolean {
  return SUMMON_VERBS.has(governor.lemma) && SUMMONERS_ACTS.has(infinitive.lemma);
}

/** Nouns of leave to act: the actor they are given to does what the infinitive after them says. */
const LEAVE_NOUNS = new Set([
  'permission',
  'authorization',
  'authorisation',
  'authority',
  'mandate',
  'go-ahead',
  'clearance',
  'light',
  'consent',
]);

function isLeaveNoun(token: Token): boolean {
  return LEAVE_NOUNS.has(token.lower) || LEAVE_NOUNS.has(token.lemma.toLowerCase());
}

function hasMention(phrase: Phrase, mentionTokens: ReadonlySet<number>): boolean {
  for (let i = phrase.tokenStart; i < phrase.tokenEnd; i++) if (mentionTokens.has(i)) return true;
  return false;
}

/** Nouns of what was said that a reduced relative can take up: "a charge Chad denied", "a claim Iraq rejected". */
const CHARGE_NOUNS = new Set(['charge', 'claim', 'accusation', 'allegation', 'assertion', 'report', 'view']);

/** Subordinators after which a bare past participle is a reduced passive: "if attacked", "unless provoked". */
const REDUCED_PASSIVE_INTRODUCERS = new Set([
  'if',
  'unless',
  'when',
  'once',
  'until',
  'though',
  'although',
  'while',
]);

/** Verbs that warn their object against an act: "warned Iraq against attacking", "cautioned Tokyo against". */
export const WARNING_VERBS: ReadonlySet<string> = new Set(['warn', 'caution', 'advise', 'urge']);

/** "Speaking via video-link last week, Putin told …": an -ing clause takes the main clause's subject. */
function attachParticiple(tokens: readonly Token[], works: Work[], k: number): void {
  const work = works[k]!;
  work.kind = 'participle';
  const main =
    (afterComma(tokens, work) ? previousNonRelative(tokens, works, k) : null) ??
    previousMain(works, k) ??
    works.findIndex((other, j) => j > k && other.subject && !other.subjectInherited && other.kind === 'main');
  if (main === null || main < 0) return;
  const governor = works[main]!;
  work.parent = main;
  const introducer = work.introducer;
  // "accused Japan of violating", "charged Moscow with violating the treaty": the object does the act.
  work.subject =
    (introducer === 'of' ||
      (introducer === 'with' && governor.verb.lemma === 'charge') ||
      // "warned Iraq against attacking its ships": the one warned is who would attack.
      (introducer === 'against' && WARNING_VERBS.has(governor.verb.lemma))) &&
    governor.objects.length > 0
      ? governor.objects[0]!
      : introducer === 'for'
        ? (blamedFor(work, governor) ?? governor.subject)
        : governor.subject;
  work.subjectInherited = true;
}

/**
 * "praised President Reagan for retaliating against Japan", "recommending trade sanctions against Japan for
 * violating the agreement", "threatened to impose 25% tariffs on India for buying Russian oil": an -ing clause
 * after "for" right behind an object or an "against" or "on" phrase tells what that one did; the clause's
 * subject only praises or punishes it.
 */
function blamedFor(work: Work, governor: Work): Phrase | null {
  // Only an -ing clause: "traded stones for tear gas" has none.
  if (!work.verb.participle) return null;
  const end = work.introducerStart;
  const object = governor.objects.find((phrase) => phrase.tokenEnd === end);
  if (object) return object;
  return (
    governor.preps.find(
      (prep) => (prep.prep === 'against' || prep.prep === 'on') && prep.phrase.tokenEnd === end,
    )?.phrase ?? null
  );
}

/** An -ing clause right after a comma: ", killing three people". */
function afterComma(tokens: readonly Token[], work: Work): boolean {
  return tokens[work.verb.tokenStart - 1]?.text === ',' && /ing$/.test(tokens[work.verb.head]!.lower);
}

/**
 * "US forces struck a boat that Washington said was carrying drugs from Venezuela, killing three people": an -ing
 * clause after a comma tells more of the clause a relative clause hangs on (the forces killed, not Washington).
 * The nearest clause before it with a subject that is no relative clause: a "that" clause is not yet kind
 * `relative` when this runs, so one is known by its pronoun right after another clause's object.
 */
function previousNonRelative(tokens: readonly Token[], works: Work[], k: number): number | null {
  for (let j = k - 1; j >= 0; j--) {
    const work = works[j]!;
    if (!work.subject) continue;
    if (work.kind !== 'relative' && !relativeOfObject(tokens, works, work)) return j;
  }
  return null;
}

/** "a boat that …", "the town which …": a clause opened by a relative pronoun right after an earlier clause's object. */
function relativeOfObject(tokens: readonly Token[], works: readonly Work[], work: Work): boolean {
  const pronoun = work.introducer;
  if (pronoun === null || !(pronoun === 'that' || RELATIVE_PRONOUNS.has(pronoun))) return false;
  const noun = tokens[work.introducerStart - 1];
  // "a report that prices rose": what a content noun says, not a relative clause.
  if (!noun || CONTENT_NOUNS.has(noun.lower)) return false;
  return works.some((other) => other.objects.some((object) => object.tokenEnd === work.introducerStart));
}

function previousMain(works: Work[], k: number): number | null {
  for (let j = k - 1; j >= 0; j--) if (works[j]!.subject) return j;
  return null;
}

function previousWorkBefore(works: Work[], k: number, tokenIndex: number): number | null {
  for (let j = k - 1; j >= 0; j--) if (works[j]!.verb.tokenStart < tokenIndex) return j;
  return null;
}

function nextTopLevel(works: Work[], k: number): number | null {
  for (let j = k + 1; j < works.length; j++)
    if (!works[j]!.verb.infinitive && works[j]!.kind !== 'relative') return j;
  return null;
}

/**
 * "1,200 Iraqis were killed or wounded", "was shot and seriously hurt", "had been killed, wounded or captured":
 * a bare participle joined right after a passive (by a conjunction or a list comma) shares its auxiliary and
 * is passive too; "was not satisfied with the cuts and pressed for more" stays active, as arguments come
 * between.
 */
function sharePassive(tokens: readonly Token[], previous: Work, work: Work): void {
  const head = tokens[work.verb.head]!;
  const joined = tokens
    .slice(previous.verb.tokenEnd, work.verb.tokenStart)
    .every((token) => token.pos === 'CCONJ' || token.pos === 'ADV' || token.text === ',');
  if (
    joined &&
    previous.verb.passive &&
    work.verb.tokenStart === work.verb.head &&
    work.verb.modal === null &&
    head.pos === 'VERB' &&
    isParticiple(head) &&
    work.objects.length === 0
  )
    work.verb = verbGroup({ ...work.verb, passive: true });
}
