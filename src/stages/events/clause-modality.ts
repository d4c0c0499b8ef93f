import type { Clause, Modality, Token } from '../../doc/layers.js';
import type { Lexicon } from '../../dictionaries/lexicon.js';
import { sentenceRun } from '../clauses/sentence-run.js';
import { WARNING_VERBS } from '../clauses/clauses-stage.js';
import { EFFORT_VERBS, GERUND_PREPOSITIONS } from '../clauses/verb-groups.js';

export type FrameKind = 'intent' | 'desire' | 'expectation' | 'threat' | 'refusal' | 'implicative' | 'other';

/** The word that governs an infinitive clause: "is ready to", "plans to", "urged … to". */
export interface Frame {
  readonly kind: FrameKind;
  readonly word: string;
  readonly clause: Clause;
}

/** How a clause stands: what makes its act not (yet) a fact, and who says so. */
export interface Standing {
  /** The modality from the clause's own verb group, its conditions and its speaker, without the frame. */
  readonly base: Modality;
  /** What the frame adds when the act keeps its own code ("plans to attack" → intended). */
  readonly frameModality: Modality | null;
  readonly frame: Frame | null;
  /** The clause of the speech verb that reports this one. */
  readonly speakerClause: Clause | null;
  /** The speech verb denies the content ("Russia denied its forces bombed …"). */
  readonly denied: boolean;
  /** Conditional clauses this one depends on. */
  readonly conditions: readonly Clause[];
  readonly rules: readonly string[];
}

/**
 * Verbs of stopping that end an act only with a gerund ("stopped buying"): before an infinitive they halt a
 * journey for a purpose ("Baldrige will also stop in Hong Kong to meet British officials"), which is no refusal.
 */
const STOPOVER_VERBS: ReadonlySet<string> = new Set(['stop']);

/** Verbs of going on with an act ("keep fighting", "continue attacking"): they frame the act no more than a tense. */
export const CONTINUING_VERBS: ReadonlySet<string> = new Set(['keep', 'continue', 'resume']);

const RANK: Record<Modality, number> = {
  denied: 7,
  negated: 6,
  conditional: 5,
  hypothetical: 4,
  intended: 3,
  reported: 2,
  asserted: 1,
};

/** The stronger of two modalities: a denial beats a negation beats a condition … beats an assertion. */
export function strongerModality(a: Modality, b: Modality): Modality {
  return RANK[a] >= RANK[b] ? a : b;
}

export interface ModalityLexicon {
  readonly frames: ReadonlyMap<string, FrameKind>;
  readonly hedges: ReadonlySet<string>;
  readonly habituals: ReadonlySet<string>;
  readonly presentHabituals: ReadonlySet<string>;
  readonly hypotheticalModals: ReadonlySet<string>;
  readonly intentModals: ReadonlySet<string>;
  readonly speechVerbs: ReadonlySet<string>;
  readonly denialVerbs: ReadonlySet<string>;
  readonly allegationVerbs: ReadonlySet<string>;
}

export function modalityLexicon(lexicon: Lexicon): ModalityLexicon {
  const frames = new Map<string, FrameKind>();
  const add = (kind: FrameKind, words: readonly string[]) => words.forEach((word) => frames.set(word, kind));
  add('implicative', lexicon.modality.implicative);
  add('expectation', lexicon.modality.expectation);
  add('desire', lexicon.modality.desire);
  add('intent', lexicon.modality.intent);
  add('refusal', lexicon.modality.refusal);
  add('threat', lexicon.modality.threat);
  return {
    frames,
    hedges: new Set(lexicon.modality.hedges),
    habituals: new Set(lexicon.modality.habituals),
    presentHabituals: new Set(lexicon.modality.presentHabituals),
    hypotheticalModals: new Set(lexicon.modality.hypotheticalModals),
    intentModals: new Set(lexicon.modality.intentModals),
    speechVerbs: new Set([
      ...lexicon.cues.verbs.filter((verb) => !verb.quoteOnly).map((verb) => verb.lemma),
      ...lexicon.cues.according.map((cue) => cue.phrase),
    ]),
    denialVerbs: new Set(lexicon.cues.verbs.filter((verb) => verb.denial).map((verb) => verb.lemma)),
    allegationVerbs: new Set(lexicon.cues.verbs.filter((verb) => verb.allegation).map((verb) => verb.lemma)),
  };
}

/** Frame kinds whose words name an act their owner takes on: intending, trying, refusing or threatening it. */
const ACT_FRAMES: ReadonlySet<FrameKind> = new Set(['intent', 'desire', 'refusal', 'threat']);

/** The words of frames of an act the actor takes on (see ACT_FRAMES): "decision", "attempt", "refusal", "threat". */
export function actsFramed(lexicon: ModalityLexicon): ReadonlySet<string> {
  return new Set([...lexicon.frames].filter(([, kind]) => ACT_FRAMES.has(kind)).map(([word]) => word));
}

/** The modality a clause's own verb group gives: "did not attack", "could invade", "will send". */
/** Subjects that deny the act: "none of the OPEC members has asked", "no country has recognised". */
const NEGATIVE_SUBJECTS = new Set(['none', 'no', 'neither', 'nobody', 'nothing', 'nor']);

/** Determiners that make an object deny the act: "gave no details", "has no reason to doubt". */
const NEGATIVE_OBJECTS = new Set(['no', 'none', 'neither', 'nothing']);

export function ownModality(clause: Clause, lexicon: ModalityLexicon, tokens?: readonly Token[]): Modality {
  if (clause.verb.negated) return 'negated';
  if (
    tokens &&
    clause.subject &&
    !clause.subjectInherited &&
    (NEGATIVE_SUBJECTS.has(tokens[clause.subject.tokenStart]!.lower) ||
      // "neither Congress nor the Reagan administration wants to undermine relations": the parse may keep
      // only the last of the pair.
      tokens[clause.subject.tokenStart - 1]?.lower === 'nor')
  )
    return 'negated';
  const object = clause.objects[0];
  // A speech verb's "object" is often the subject of what was said ("said no formal list has been drawn up").
  if (
    tokens &&
    object &&
    !lexicon.speechVerbs.has(clause.verb.lemma) &&
    NEGATIVE_OBJECTS.has(tokens[object.tokenStart]!.lower)
  )
    return 'negated';
  const modal = clause.verb.modal;
  if (modal && lexicon.hypotheticalModals.has(modal)) return 'hypothetical';
  if (tokens && habitualAdverb(tokens, clause, lexicon)) return 'hypothetical';
  if (modal && lexicon.intentModals.has(modal)) return 'intended';
  return 'asserted';
}

/** Is the clause's verb "rule out" or "exclude" ("ruled out sending troops")? */
export function isRulingOut(clause: Clause): boolean {
  return (clause.verb.lemma === 'rule' && clause.verb.particle === 'out') || clause.verb.lemma === 'exclude';
}

/** Words of reluctance whose denial asserts the act: "would not hesitate to retaliate". */
const NEGATED_RELUCTANCE = new Set(['hesitate', 'reluctant', 'unwilling']);

/** Nouns of choice that "no … but to" empties: "had no choice but to impose", "no alternative but to". */
const CHOICE_NOUNS = new Set(['choice', 'alternative', 'option']);

/** Is the infinitive what its governor "had no choice but" to do ("had no choice but to impose the sanctions")? */
function hadNoChoiceBut(tokens: readonly Token[], governor: Clause, infinitive: Clause): boolean {
  const object = governor.objects[0];
  if (!object || tokens[object.tokenStart]!.lower !== 'no') return false;
  if (!CHOICE_NOUNS.has(tokens[object.head]!.lower)) return false;
  return tokens[infinitive.verb.tokenStart - 1]?.lower === 'but';
}

/** Verbs of putting an act off: "agreed to defer initiating action", "have delayed accepting a U.S. proposal". */
const PUTTING_OFF_VERBS = new Set(['defer', 'delay', 'postpone', 'shelve']);

/** Verbs that put an act off with their particle: "put off signing", "held off buying". */
const PUTTING_OFF_PARTICLES = new Map([
  ['put', 'off'],
  ['hold', 'off'],
]);

/** Is the clause's verb one of putting off ("deferred initiating action", "put off signing")? */
function isPuttingOff(clause: Clause): boolean {
  const { lemma, particle } = clause.verb;
  return PUTTING_OFF_VERBS.has(lemma) || (particle !== null && PUTTING_OFF_PARTICLES.get(lemma) === particle);
}

/** Is the clause's verb "give up" ("gave up imposing tariffs")? */
function isGivingUp(clause: Clause): boolean {
  return clause.verb.lemma === 'give' && clause.verb.particle === 'up';
}

/** The word that frames an infinitive: the governing verb's lemma, or the adjective after a copula ("is ready"). */
export function frameWord(tokens: readonly Token[], governor: Clause): string {
  const head = tokens[governor.verb.head]!;
  if (head.pos !== 'AUX') return governor.verb.lemma;
  for (let i = governor.verb.tokenEnd; i < tokens.length && i < governor.verb.tokenEnd + 3; i++) {
    const token = tokens[i]!;
    if (token.pos === 'ADV') continue;
    if (token.pos === 'ADJ' || token.pos === 'VERB') return token.lower;
    break;
  }
  return governor.verb.lemma;
}

/**
 * The noun an infinitive completes when that noun frames an act (a lemma of the modality lexicon's frames), or
 * null: "Finland's decision to close its border", "Russia's threat to cut gas supplies", "Iraq's refusal to
 * withdraw". The noun, not the verb that governs its phrase ("Moscow condemned …"), says whether the act is
 * meant, wanted or refused.
 */
export function frameNoun(
  tokens: readonly Token[],
  infinitive: Clause,
  lexicon: ModalityLexicon,
): string | null {
  // The group opens with "to", or with its negator ("its decision not to renew").
  const noun = tokens[infinitive.verb.tokenStart - 1];
  if (!noun || noun.pos !== 'NOUN') return null;
  const lemma = noun.lemma.toLowerCase();
  const kind = lexicon.frames.get(lemma);
  return kind !== undefined && ACT_FRAMES.has(kind) ? lemma : null;
}

/** Heads of a subject that "is to" do something as its content, not as its schedule: "Iran's main goal is to …". */
const PURPOSE_HEADS = new Set(
  (
    'goal goals aim aims objective objectives purpose mission task job role function idea plan plans intention ' +
    'priority visit trip way answer solution response step problem challenge concern hope'
  ).split(' '),
);

const QUESTION_ADVERBS = new Set(['how', 'why', 'where', 'when', 'whether']);

/** Finite forms of "be" that set an act for later: "is to meet", "were to sign". */
const SCHEDULING_BE = new Set(['is', 'are', 'was', 'were', "'s"]);

/**
 * Is this "is to" + verb an act set for later, as the wire writes of schedules: "The IMF Interim Committee is to
 * meet formally in Washington next Thursday", "The European Community is to offer Argentina compensation",
 * "Belgium is to start negotiations"? The act is intended, as with "will". Not when the subject is what the act is
 * the content of ("Argentina's goal is to reach an agreement", "Howe's main mission in Washington was to brief
 * Shultz"), not "would be to warn" (a modal), not "was to have discussed" (what was planned and did not happen),
 * not "were to blame".
 */
function isScheduledBy(tokens: readonly Token[], be: Clause, infinitive: Clause): boolean {
  const verb = be.verb;
  if (verb.modal !== null || verb.negated || !SCHEDULING_BE.has(tokens[verb.head]!.lower)) return false;
  if (!be.subject || PURPOSE_HEADS.has(tokens[be.subject.head]!.lower)) return false;
  let i = verb.tokenEnd;
  // "Europe were also to blame"; but "the most serious problem … is how to curb excess investment" asks a question.
  if (tokens[i]?.pos === 'ADV' && !QUESTION_ADVERBS.has(tokens[i]!.lower)) i++;
  if (tokens[i]?.lower !== 'to' || infinitive.verb.head !== i + 1) return false;
  const act = tokens[i + 1]!;
  return act.lower !== 'have' && act.lower !== 'blame';
}

/**
 * Verbs that stop the act named in their object: "Hungary blocked a new package of EU sanctions against Russia",
 * "the court struck down the ban", "vetoed a resolution demanding a ceasefire": the sanctions were not imposed,
 * so the act is negated (the blocking is its own event, from the verb's pattern).
 */
export const BLOCKING_VERBS: ReadonlySet<string> = new Set([
  'block',
  'veto',
  'thwart',
  'scuttle',
  'torpedo',
  'overturn',
  'overrule',
]);

/**
 * Climbs from a clause through the clauses that govern it: infinitive frames ("is ready to work"),
 * conditions that hang on it ("… on the condition that the Kremlin works …"), and the speech verb that
 * reports it ("NATO has said that …", "Russia denied its forces bombed …").
 */
export function clauseStanding(
  clause: Clause,
  clauses: readonly Clause[],
  tokens: readonly Token[],
  lexicon: ModalityLexicon,
  depth = 0,
): Standing {
  const rules: string[] = [];
  let base = ownModality(clause, lexicon, tokens);
  if (base !== 'asserted') rules.push(`own:${base}`);
  const habit = habitualAdverb(tokens, clause, lexicon);
  if (habit) rules.push(`habitual:${habit}`);
  let frame: Frame | null = null;
  let frameModality: Modality | null = null;
  let speakerClause: Clause | null = null;
  let denied = false;
  const conditions: Clause[] = [];
  const childConditions = (of: Clause) => {
    const [from, to] = sentenceRun(clauses, of);
    const found: Clause[] = [];
    for (let i = from; i < to; i++) {
      const other = clauses[i]!;
      if (other.kind === 'conditional' && other.parent === of.index && other.sentence === of.sentence)
        found.push(other);
    }
    return found;
  };

  if (isDoneWithout(tokens, clause)) {
    base = strongerModality(base, 'negated');
    rules.push('without:negated');
  }

  const nominal = nominalFrame(tokens, clause);
  if (nominal) {
    base = strongerModality(base, 'hypothetical');
    rules.push(`noun-frame:hypothetical:${nominal}`);
  }

  if (hasHedge(tokens, clause, lexicon)) {
    base = strongerModality(base, 'reported');
    rules.push('hedge:reported');
  }

  let current: Clause = clause;
  for (let steps = 0; steps < 8; steps++) {
    conditions.push(...childConditions(current));
    if (current.kind === 'conditional') {
      base = strongerModality(base, 'hypothetical');
      rules.push('inside-condition:hypothetical');
      break;
    }
    if (current.parent === null) break;
    const parent = clauses[current.parent]!;
    // "the U.S. had no choice but to impose the trade sanctions": what one had no choice but to do, one did;
    // what one has no choice but to do ("Israel has no choice but to respond"), one means to.
    if (current.kind === 'infinitive' && hadNoChoiceBut(tokens, parent, current)) {
      if (tokens[parent.verb.head]!.lower === 'had') {
        rules.push('no-choice-but:asserted');
      } else {
        base = strongerModality(base, 'intended');
        rules.push('no-choice-but:intended');
      }
      current = parent;
      continue;
    }
    if (current.kind === 'infinitive') {
      const word = frameNoun(tokens, current, lexicon) ?? frameWord(tokens, parent);
      const framed = lexicon.frames.get(word) ?? 'other';
      // "if it hopes to succeed in forcing Japan to end beef … controls": one made to act by a gerund did so only
      // as far as the gerund's own clause says, which this walk does not read through ("succeed in"); its act
      // is no more than possible.
      const kind =
        (framed === 'implicative' &&
          parent.kind === 'participle' &&
          current.subject?.tokenStart !== parent.subject?.tokenStart) ||
        (framed === 'refusal' && STOPOVER_VERBS.has(word))
          ? 'other'
          : framed;
      // "the U.S. Administration would not hesitate to retaliate", "did not hesitate to criticise": a refusal
      // denied is no refusal; the act is meant, or done.
      if (kind === 'refusal' && parent.verb.negated && NEGATED_RELUCTANCE.has(word)) {
        if (parent.verb.modal) base = strongerModality(base, 'intended');
        rules.push(`not-reluctant:${word}`);
        current = parent;
        continue;
      }
      // "Israel is reported to have attacked Syria", "was said to be preparing": hearsay with no one named, as
      // "reportedly".
      const hearsay = parent.verb.passive && HEARSAY_PASSIVES.has(parent.verb.lemma);
      const scheduled = word === 'be' && isScheduledBy(tokens, parent, current);
      const modality: Modality | null = hearsay
        ? 'reported'
        : kind === 'intent' || scheduled
          ? 'intended'
          : kind === 'refusal'
            ? 'negated'
            : kind === 'implicative'
              ? null
              : 'hypothetical';
      if (!frame) {
        frame = { kind, word, clause: parent };
        frameModality = modality;
        rules.push(
          hearsay ? `hearsay:${word}` : scheduled ? 'frame:schedule:be-to' : `frame:${kind}:${word}`,
        );
      } else if (modality) {
        base = strongerModality(base, modality);
      }
      const parentOwn = ownModality(parent, lexicon, tokens);
      if (parentOwn !== 'asserted' && !(parentOwn === 'intended' && kind === 'intent')) {
        base = strongerModality(base, parentOwn);
        rules.push(`governor:${parentOwn}`);
      }
      current = parent;
      continue;
    }
    // "accused Iraq of attacking Kuwait", "blamed Iran for mining the Gulf", "charged Moscow with violating the
    // treaty": the act is the accuser's allegation against its object, which does the act.
    const accusation =
      current.kind === 'participle' &&
      current.introducer !== null &&
      ACCUSATION_INTRODUCERS.has(current.introducer) &&
      ACCUSATION_VERBS.has(parent.verb.lemma);
    if (accusation && current.subject !== null && parent.objects.includes(current.subject)) {
      speakerClause = parent;
      if (!parent.verb.negated) {
        base = strongerModality(base, 'reported');
        rules.push(`alleged-by:${parent.verb.lemma}`);
      } else {
        // "did not accuse Iraq of attacking": nothing is alleged.
        base = strongerModality(base, 'hypothetical');
        rules.push(`not-alleged-by:${parent.verb.lemma}`);
      }
      break;
    }
    // "Israel has been accused of bombing a hospital", "Iran was charged with violating the treaty": the subject is
    // accused, by the agent or by no one named; the act is alleged ("allegedly"), not asserted.
    if (accusation && parent.verb.passive && current.subjectInherited) {
      base = strongerModality(base, parent.verb.negated ? 'hypothetical' : 'reported');
      rules.push(`${parent.verb.negated ? 'not-alleged' : 'alleged'}-by:${parent.verb.lemma}:passive`);
      break;
    }
    // "retaliate against Japan for violating the agreement", "impose trade sanctions against Japan for breaking its
    // pact": the reason given for a punishment is the punisher's charge against whom it strikes, alleged as after
    // "accused X of", whatever the punishment's own standing (threatened, urged or done).
    if (isPunishedFor(current, parent)) {
      speakerClause = parent;
      base = strongerModality(base, 'reported');
      rules.push(`alleged-by:${parent.verb.lemma}:for`);
      break;
    }
    // "warned Iraq against attacking its ships": an act warned against has not happened.
    if (
      current.kind === 'participle' &&
      current.introducer === 'against' &&
      WARNING_VERBS.has(parent.verb.lemma)
    ) {
      base = strongerModality(base, 'hypothetical');
      rules.push(`warned-against:${parent.verb.lemma}`);
      break;
    }
    // "The United States vetoed a Security Council resolution demanding a ceasefire": what a blocked thing would
    // have done, it never did.
    if (
      (current.kind === 'participle' || current.kind === 'relative') &&
      current.subject !== null &&
      BLOCKING_VERBS.has(parent.verb.lemma) &&
      !parent.verb.negated &&
      parent.objects.some(
        (object) =>
          object.tokenStart <= current.subject!.tokenStart && object.tokenEnd >= current.subject!.tokenEnd,
      )
    ) {
      base = strongerModality(base, 'negated');
      rules.push(`blocked-by:${parent.verb.lemma}`);
      break;
    }
    // "Britain agreed to defer initiating action under its Finance Act", "Latin American nations have delayed
    // accepting a U.S. compromise proposal": an act put off has not been done, and may come later. "did not delay
    // sending troops" is left to the walk.
    if (
      current.kind === 'participle' &&
      current.verb.tokenStart === parent.verb.tokenEnd &&
      !parent.verb.negated &&
      isPuttingOff(parent)
    ) {
      base = strongerModality(base, 'hypothetical');
      rules.push(`put-off:${parent.verb.lemma}`);
      break;
    }
    // "ruled out sending troops", "gave up imposing tariffs": an act ruled out or given up is refused; "did not
    // rule out sending Western troops to Ukraine": one not ruled out may come, and has not.
    if (
      current.kind === 'participle' &&
      current.verb.tokenStart >= parent.verb.tokenEnd &&
      current.verb.tokenStart <= parent.verb.tokenEnd + 1 &&
      (isRulingOut(parent) || isGivingUp(parent))
    ) {
      if (parent.verb.negated) {
        base = strongerModality(base, 'hypothetical');
        rules.push('not-ruled-out:hypothetical');
        break;
      }
      if (!frame) {
        frame = { kind: 'refusal', word: parent.verb.lemma, clause: parent };
        frameModality = 'negated';
        rules.push(`frame:refusal:${parent.verb.lemma} ${parent.verb.particle ?? ''}`.trimEnd());
      }
      current = parent;
      continue;
    }
    // "is not considering investing", "would stop buying": a gerund right after its verb is its complement.
    if (current.kind === 'participle' && current.verb.tokenStart === parent.verb.tokenEnd) {
      // "Iran denied attacking the tanker", "denied having bombed": the subject denies its own act.
      if (lexicon.denialVerbs.has(parent.verb.lemma)) {
        speakerClause = parent;
        if (parent.verb.negated) {
          // "did not deny attacking": neither denied nor stated.
          base = strongerModality(base, 'hypothetical');
          rules.push(`not-denied-by:${parent.verb.lemma}`);
        } else {
          denied = true;
          base = strongerModality(base, 'denied');
          rules.push(`denied-by:${parent.verb.lemma}`);
        }
        break;
      }
      // "vowed to keep fighting Israel", "will continue attacking": a verb of going on with an act is the act's own
      // tense and aspect, no frame; the walk goes on through it to what frames it.
      const continuing = CONTINUING_VERBS.has(parent.verb.lemma) && !parent.verb.negated;
      const word = frameWord(tokens, parent);
      const kind = continuing ? undefined : lexicon.frames.get(word);
      const parentOwn = ownModality(parent, lexicon, tokens);
      // Only a governor that changes the act counts: "were pursuing retreating troops" is no frame.
      if (parentOwn === 'asserted' && !continuing && (!kind || kind === 'implicative')) break;
      if (kind && !frame && kind !== 'implicative') {
        frame = { kind, word, clause: parent };
        frameModality = kind === 'intent' ? 'intended' : kind === 'refusal' ? 'negated' : 'hypothetical';
        rules.push(`frame:${kind}:${word}`);
      }
      if (parentOwn !== 'asserted') {
        base = strongerModality(base, parentOwn);
        rules.push(`governor:${parentOwn}`);
      }
      current = parent;
      continue;
    }
    // "will be flexible in discussing the method", "would respond by attacking": a gerund after a preposition of a
    // clause with a modal is as much to come, or as possible, as that clause.
    if (current.kind === 'participle' && current.introducer !== null && parent.verb.modal !== null) {
      const parentOwn = ownModality(parent, lexicon, tokens);
      if (parentOwn !== 'asserted') {
        base = strongerModality(base, parentOwn);
        rules.push(`governor:${parentOwn}`);
      }
      current = parent;
      continue;
    }
    // "the banks want to isolate hard-line Brazil by clinching a deal with Argentina", "moved to win this game by
    // cutting excess supplies": the means of an act in an infinitive is as far from done as that act, whose frame
    // (want, move) the walk reads next; "managed to win by cutting" stays done through the implicative.
    if (current.kind === 'participle' && current.introducer === 'by' && parent.kind === 'infinitive') {
      rules.push('means-of-infinitive');
      current = parent;
      continue;
    }
    // "are insisting on stricter spending controls before agreeing to any reform": what is to follow an act in the
    // present has not happened yet; after a past act ("Before leaving for Beijing, Bush met …") it has.
    if (
      current.kind === 'participle' &&
      (current.introducer === 'before' || current.introducer === 'until') &&
      isPresentGroup(tokens, parent)
    ) {
      base = strongerModality(base, 'hypothetical');
      rules.push(`${current.introducer}-present:hypothetical`);
      current = parent;
      continue;
    }
    // "prepared to work on strengthening confidence-building measures": what an effort is on stands as the effort.
    if (
      current.kind === 'participle' &&
      current.introducer !== null &&
      GERUND_PREPOSITIONS.has(current.introducer) &&
      EFFORT_VERBS.has(parent.verb.lemma)
    ) {
      current = parent;
      continue;
    }
    // "If new legislation aimed at curbing subsidies was used …": an -ing or relative clause inside a condition is
    // as hypothetical as the condition.
    if (parent.kind === 'conditional' && (current.kind === 'participle' || current.kind === 'relative')) {
      current = parent;
      continue;
    }
    if (current.kind === 'complement') {
      // "said reports that it intended to threaten shipping were baseless": a report the speaker calls
      // baseless is denied.
      // "asked whether it would send tanks": what a question asks is not stated.
      if (current.introducer === 'whether' || current.introducer === 'if') {
        base = strongerModality(base, 'hypothetical');
        rules.push('question:hypothetical');
      }
      // "speculation that the board was meeting", "fears that it would not honour": what a noun of
      // expectation holds is not a fact; "reports that …" are another's word.
      const noun = nounBeforeIntroducer(tokens, current)?.lower;
      // "had no evidence that Ukraine attacked the Kremlin": what no evidence shows is not a fact; "evidence
      // that …" is another's finding.
      if (noun && EVIDENCE_NOUNS.has(noun)) {
        const unsupported = parent.verb.negated || deniesNoun(tokens, introducerToken(tokens, current) - 1);
        base = strongerModality(base, unsupported ? 'hypothetical' : 'reported');
        rules.push(`noun-content:${unsupported ? 'unsupported' : 'reported'}:${noun}`);
      } else if (noun && (SPECULATIVE_NOUNS.has(noun) || UNCERTAIN_PREDICATES.has(noun))) {
        base = strongerModality(base, 'hypothetical');
        rules.push(`noun-content:hypothetical:${noun}`);
      } else if (noun && REPORT_NOUNS.has(noun)) {
        base = strongerModality(base, 'reported');
        rules.push(`noun-content:reported:${noun}`);
      }
      if (isDismissedReport(tokens, current)) {
        denied = true;
        base = strongerModality(base, 'denied');
        rules.push('denied-by:dismissed-report');
      }
      // "Hughes said it proposed to Baker that the companies ask the Justice Department …": what a speaker
      // proposes or asks for is wanted, not done.
      if (PROPOSAL_VERBS.has(parent.verb.lemma) && !parent.verb.negated) {
        base = strongerModality(base, 'hypothetical');
        rules.push(`proposed-by:${parent.verb.lemma}:hypothetical`);
      }
      if (lexicon.speechVerbs.has(parent.verb.lemma)) {
        speakerClause = parent;
        if (lexicon.denialVerbs.has(parent.verb.lemma) && !parent.verb.negated) {
          denied = true;
          rules.push(`denied-by:${parent.verb.lemma}`);
        } else {
          rules.push(`reported-by:${parent.verb.lemma}`);
          // "He said he did not think Japan would retaliate", "did not deny that …": what a speaker does not
          // think, say or deny is no one's word for the act; it is only possible.
          if (parent.verb.negated) {
            base = strongerModality(base, 'hypothetical');
            rules.push(`not-held-by:${parent.verb.lemma}`);
          }
        }
        break;
      }
      current = parent;
      continue;
    }
    // "has proposed an impartial inquiry … while Iran and Iraq observe a ceasefire": an act in the present
    // tense, timed by a clause of what was proposed, belongs to the proposal; it is wanted, not done.
    if (
      current.kind === 'adverbial' &&
      current.introducer !== null &&
      PROPOSAL_TIME_INTRODUCERS.has(current.introducer) &&
      // ", while Iraq wants …" after a comma contrasts another side's stand with the proposal.
      tokens[introducerToken(tokens, current) - 1]?.text !== ',' &&
      isProposal(parent) &&
      (isSimplePresent(tokens, current) ||
        (current.verb.modal !== null && SUBJUNCTIVE_MODALS.has(current.verb.modal)))
    ) {
      base = strongerModality(base, 'hypothetical');
      rules.push(`proposed-by:${parent.verb.lemma}:hypothetical`);
      current = parent;
      continue;
    }
    // "expected OPEC to raise prices to 20 dlrs when it meets on December 9", "will act once Congress votes": an
    // act in the simple present that times a future or expected act is itself to come; so is one whose verb can
    // only be present ("before the U.S. imposes tariffs"), whatever the tense of the act it times.
    if (
      current.kind === 'adverbial' &&
      current.introducer !== null &&
      FUTURE_TIME_INTRODUCERS.has(current.introducer) &&
      isSimplePresent(tokens, current) &&
      // A parse can hang two clauses on each other ("When … appear to have bottomed out, that will be …"): the
      // depth bounds the climb.
      ((depth < 4 && isToCome(clauseStanding(parent, clauses, tokens, lexicon, depth + 1))) ||
        isPlainPresent(tokens, current))
    ) {
      base = strongerModality(base, 'intended');
      rules.push(`timed-by-future:${current.introducer}`);
    }
    // "Fitzwater said the president was forced to act because Tokyo had failed to fulfill an agreement": a clause
    // of reason or time inside what was said is the speaker's word too; one that modifies the saying itself
    // ("said after the meeting that …") is not, and its governor has no speaker.
    if (current.kind === 'adverbial' && !speakerClause) {
      const speech = reportingClause(parent, clauses, lexicon);
      if (speech) {
        speakerClause = speech;
        rules.push(`reported-within:${current.introducer ?? 'adverbial'}`);
      }
    }
    break;
  }
  if (conditions.length > 0) {
    base = strongerModality(base, 'conditional');
    rules.push('conditional');
  }
  return { base, frameModality, frame, speakerClause, denied, conditions, rules };
}

/**
 * The speech clause whose content holds this clause, climbing through what governs it ("was forced" ← "said"), or
 * null. Parse errors can make parents loop; the climb stops after a few steps.
 */
function reportingClause(
  clause: Clause,
  clauses: readonly Clause[],
  lexicon: ModalityLexicon,
): Clause | null {
  let current = clause;
  for (let steps = 0; steps < 8 && current.parent !== null; steps++) {
    const parent = clauses[current.parent]!;
    if (current.kind === 'complement' && lexicon.speechVerbs.has(parent.verb.lemma)) return parent;
    if (current.kind === 'conditional' || current.kind === 'relative') return null;
    current = parent;
  }
  return null;
}

/**
 * Verbs whose "that" clause is what the speaker wants done, in the subjunctive more often than not: "proposed
 * that the companies ask", "urged that Washington lift", "demanded that Iraq withdraw". ("suggest" is left
 * out: "figures suggest that demand has risen" tells what the figures show.)
 */
const PROPOSAL_VERBS = new Set(['propose', 'recommend', 'urge', 'demand', 'request', 'ask', 'advise']);

/** Passive verbs of hearsay before an infinitive: "is said to", "was reported to", "are believed to". */
const HEARSAY_PASSIVES = new Set([
  'say',
  'report',
  'allege',
  'rumour',
  'rumor',
  'believe',
  'think',
  'understand',
  'claim',
  'suspect',
]);

/** Verbs whose object is said to have done what the -ing clause after them tells: "accused X of attacking". */
const ACCUSATION_VERBS = new Set([
  'accuse',
  'charge',
  'blame',
  'fault',
  'criticise',
  'criticize',
  'condemn',
  'denounce',
  'rebuke',
  'reproach',
  'castigate',
  'censure',
  // "arrested four Serbs suspected of attacking a police patrol", "suspects Hamas of planning the attack".
  'suspect',
]);

/** Verbs of punishing, whose "for" gerund is the punished actor's alleged act: "punished Iraq for attacking". */
const PUNISHING_VERBS = new Set([
  'punish',
  'penalise',
  'penalize',
  'sanction',
  'fine',
  'retaliate',
  'impose',
  'take',
]);

/**
 * Wrongs a punishment is given for, which its reason charges: breaking a rule or a pact, dumping, attacking.
 * "threatened to impose 25% tariffs on India for buying Russian oil" gives India's buying as a plain fact.
 */
const CHARGED_WRONGS = new Set([
  'violate',
  'break',
  'breach',
  'flout',
  'defy',
  'contravene',
  'circumvent',
  'evade',
  'dump',
  'renege',
  'attack',
  'invade',
]);

/** Prepositions that name whom a punishment strikes: "sanctions against Japan", "tariffs on Japan". */
const PUNISHED_PREPS = new Set(['against', 'on']);

/**
 * Is this "for" gerund the reason of a punishment, said of whom the punishment strikes? "Reagan punished Japan for
 * violating the pact" (the object), "retaliate against Japan for violating", "impose retaliatory trade action
 * against Japan for breaking its semiconductor agreement" (after "against" or "on"), when the gerund is a wrong
 * (CHARGED_WRONGS). "praised Reagan for retaliating" is no punishment, and "sanctions for Japan's benefit" has no
 * gerund.
 */
function isPunishedFor(current: Clause, parent: Clause): boolean {
  if (current.kind !== 'participle' || current.introducer !== 'for' || current.subject === null) return false;
  if (!PUNISHING_VERBS.has(parent.verb.lemma) || parent.verb.negated) return false;
  if (!CHARGED_WRONGS.has(current.verb.lemma)) return false;
  const subject = current.subject;
  const holds = (phrase: { tokenStart: number; tokenEnd: number }) =>
    phrase.tokenStart <= subject.tokenStart && phrase.tokenEnd >= subject.tokenEnd;
  // Whom "punish", "penalise", "fine" strike is their object; a sanction imposed or action taken strikes after
  // "against" or "on".
  if (parent.verb.lemma !== 'impose' && parent.verb.lemma !== 'take' && parent.objects.some(holds))
    return true;
  return parent.preps.some((prep) => PUNISHED_PREPS.has(prep.prep) && holds(prep.phrase));
}

/** What introduces the alleged act after the accused: "of", "for", "with". */
const ACCUSATION_INTRODUCERS = new Set(['of', 'for', 'with']);

/** Introducers of a clause that times what a proposal asks for: "a truce while talks go on", "until Iraq withdraws". */
const PROPOSAL_TIME_INTRODUCERS = new Set(['while', 'until', 'once', 'when', 'before', 'after']);

/** Introducers of a clause that times another: with the other to come, the timed act is to come too. */
const FUTURE_TIME_INTRODUCERS = new Set(['when', 'once', 'until', 'before', 'after']);

/** Standings of an act still to come. */
const FUTURE_STANDINGS: ReadonlySet<Modality> = new Set(['intended', 'hypothetical', 'conditional']);

/** Is the act of this standing still to come: planned, expected or wanted ("expected OPEC to raise prices")? */
function isToCome(standing: Standing): boolean {
  return (
    FUTURE_STANDINGS.has(standing.base) ||
    (standing.frameModality !== null && FUTURE_STANDINGS.has(standing.frameModality))
  );
}

/** Modals of an act wanted in a proposal's time clause: "… while both sides would observe a truce". */
const SUBJUNCTIVE_MODALS = new Set(['would', 'should']);

/** A clause that proposes or asks for something: a proposal verb, or "call for", not negated. */
function isProposal(clause: Clause): boolean {
  if (clause.verb.negated) return false;
  const lemma = clause.verb.lemma;
  if (PROPOSAL_VERBS.has(lemma) || lemma === 'suggest') return true;
  return lemma === 'call' && clause.preps.some((prep) => prep.prep === 'for');
}

/**
 * Nouns and verbs whose gerund complement names an act that has not happened: "as a condition for releasing new
 * loans", "a tremendous interest in exporting to Europe", "opposed forgiving developing countries' debt".
 */
const IRREALIS_NOUNS = new Set([
  'condition',
  'conditions',
  'precondition',
  'prerequisite',
  'interest',
  'possibility',
  'prospect',
  'prospects',
  'idea',
  'plan',
  'plans',
  'proposal',
  'proposals',
  'intention',
  'hope',
  'hopes',
  'option',
  'chance',
  'chances',
  'way',
  'ways',
  // "have been negotiating for over a month on methods of protecting Kuwaiti ships": a way talked of, not taken.
  'method',
  'methods',
  'means',
  'view',
  'aim',
  'goal',
  'purpose',
]);
const IRREALIS_VERBS = new Set([
  'oppose',
  'resist',
  'consider',
  'contemplate',
  'discuss',
  'avoid',
  'rule',
  'favor',
  'favour',
  'propose',
  'suggest',
  'recommend',
  'urge',
  'advocate',
]);

/**
 * Nouns of negotiation whose topic gerund is what is negotiated, not done: "agreed to formal talks on signing an
 * economic pact with Hungary", "a real obstacle to reaching agreement on rescheduling Brazil's debt", "a proposed
 * treaty on reducing these weapons". Only a preposition of topic counts: "talks after signing the accord" follow an act.
 */
const NEGOTIATION_NOUNS = new Set([
  'talks',
  'negotiations',
  'discussions',
  'consultations',
  'agreement',
  'agreements',
  'accord',
  'treaty',
  'pact',
]);
const TOPIC_PREPOSITIONS = new Set(['on', 'about', 'over']);

/**
 * Is the clause what another act is done without? "Japan imposed the tariffs without consulting the United
 * States", "if the EC bans imports … without the issue being investigated by a GATT special committee": the act
 * after "without" did not happen. The gerund has "without" as its introducer; the parser makes an absolute ("without
 * the issue being investigated") a clause of its own, with "without" right before its subject.
 */
function isDoneWithout(tokens: readonly Token[], clause: Clause): boolean {
  if (clause.introducer === 'without') return true;
  return !!clause.subject && tokens[clause.subject.tokenStart - 1]?.lower === 'without';
}

/** Verbs whose prepositional gerund is an unrealised act: "are now thinking of expressing their concern". */
const IRREALIS_PREPOSITION_VERBS = new Set(['think', 'dream', 'talk']);

/** The noun or verb that makes a gerund clause an unrealised act ("condition for releasing"), or null. */
function nominalFrame(tokens: readonly Token[], clause: Clause): string | null {
  const start = clause.verb.tokenStart;
  const verb = tokens[start];
  if (!verb || !verb.lower.endsWith('ing') || verb.sentenceStart) return null;
  const before = tokens[start - 1];
  if (!before) return null;
  if (before.pos === 'ADP' || before.pos === 'SCONJ') {
    const noun = tokens[start - 2];
    if (noun && noun.pos === 'NOUN' && IRREALIS_NOUNS.has(noun.lower)) return noun.lower;
    if (noun && NEGOTIATION_NOUNS.has(noun.lower) && TOPIC_PREPOSITIONS.has(before.lower)) return noun.lower;
    const verbBefore = noun && noun.pos === 'VERB' ? noun.lemma.toLowerCase() : '';
    if ((before.lower === 'of' || before.lower === 'about') && IRREALIS_PREPOSITION_VERBS.has(verbBefore))
      return verbBefore;
    return null;
  }
  const lemma = before.lemma.toLowerCase();
  if (before.pos === 'VERB' && IRREALIS_VERBS.has(lemma)) return lemma;
  return null;
}

/**
 * The adverb of habit on a clause's verb, or null: "China traditionally opposes granting dual nationality to
 * its citizens", "Zambian politicians have frequently criticised the fund". Such a clause
 * says what an actor does as a rule, not that an act happened, so it is not asserted. The adverb stands
 * right before the verb, inside its group or right after it.
 */
export function habitualAdverb(
  tokens: readonly Token[],
  clause: Clause,
  lexicon: ModalityLexicon,
): string | null {
  const habitual = (token: Token) =>
    token.pos === 'ADV' &&
    (lexicon.habituals.has(token.lower) ||
      (lexicon.presentHabituals.has(token.lower) && isSimplePresent(tokens, clause)));
  // Only the adverbs next to the verb: in "Britain, normally a keen advocate of …, warned" the adverb is the
  // apposition's.
  let first = clause.verb.tokenStart;
  while (first > 0 && tokens[first - 1]!.pos === 'ADV') first--;
  for (let i = first; i <= clause.verb.tokenEnd && i < tokens.length; i++) {
    const token = tokens[i]!;
    if (habitual(token)) return token.lower;
  }
  return null;
}

/** "supports", "do … support": a verb group in the simple present, with no other auxiliary or modal. */
function isSimplePresent(tokens: readonly Token[], clause: Clause): boolean {
  const verb = clause.verb;
  if (verb.modal || verb.passive) return false;
  for (let i = verb.tokenStart; i < verb.head; i++) {
    const token = tokens[i]!;
    if (token.pos === 'AUX' && !(token.lower === 'do' || token.lower === 'does')) return false;
  }
  const head = tokens[verb.head]!;
  // wink-nlp gives British spellings the American lemma: "recognises" → "recognize".
  const lemma = head.lower.includes('is')
    ? head.lemma.toLowerCase().replace(/iz(e)$/, 'is$1')
    : head.lemma.toLowerCase();
  const thirdPerson = lemma.endsWith('y') ? `${lemma.slice(0, -1)}ies` : `${lemma}s`;
  return (
    head.lower === lemma ||
    head.lower === thirdPerson ||
    head.lower === `${lemma}es` ||
    PRESENT_BE.has(head.lower)
  );
}

const PRESENT_BE = new Set(['is', 'are', 'am']);

/**
 * Verbs whose past is spelled like their base: "after OPEC cut output", "when Iran hit the tanker" tell a past
 * act, so their base form says nothing of the tense.
 */
const SAME_FORM_PASTS = new Set([
  'beat',
  'bet',
  'bid',
  'broadcast',
  'burst',
  'cast',
  'cost',
  'cut',
  'forecast',
  'hit',
  'hurt',
  'let',
  'put',
  'quit',
  'read',
  'rid',
  'set',
  'shed',
  'shut',
  'split',
  'spread',
  'thrust',
  'upset',
]);

/** Is a clause's verb in the present, simple or progressive ("insists", "are insisting")? */
function isPresentGroup(tokens: readonly Token[], clause: Clause): boolean {
  if (isSimplePresent(tokens, clause) && isPlainPresent(tokens, clause)) return true;
  const verb = clause.verb;
  return (
    !verb.modal &&
    verb.head > verb.tokenStart &&
    PRESENT_BE.has(tokens[verb.tokenStart]!.lower) &&
    tokens[verb.head]!.lower.endsWith('ing')
  );
}

/**
 * Is the clause's verb unmistakably in the simple present, not a past spelled alike? In a clause of time the
 * simple present speaks of what is to come (or of a habit), never of a single act done: "with two weeks to go
 * before the U.S. imposes tariffs", "this was expected when EC environment ministers meet next on May 21",
 * "he will not negotiate with Ankara until Turkey recognises Greek rights".
 */
function isPlainPresent(tokens: readonly Token[], clause: Clause): boolean {
  const head = tokens[clause.verb.head]!;
  return !SAME_FORM_PASTS.has(head.lemma.toLowerCase()) && !SAME_FORM_PASTS.has(head.lower);
}

function hasHedge(tokens: readonly Token[], clause: Clause, lexicon: ModalityLexicon): boolean {
  const from =
    clause.subject && !clause.subjectInherited ? clause.subject.tokenStart : clause.verb.tokenStart;
  for (let i = from; i < clause.verb.tokenEnd + 1 && i < tokens.length; i++) {
    if (lexicon.hedges.has(tokens[i]!.lower)) return true;
  }
  return false;
}

/** Nouns of what others say: "reports that …", "allegations that …". */
const REPORT_NOUNS = new Set([
  'report',
  'reports',
  'claim',
  'claims',
  'allegation',
  'allegations',
  'rumour',
  'rumours',
  'rumor',
  'rumors',
  'suggestion',
  'suggestions',
  'speculation',
  'accusation',
  'accusations',
  'charge',
  'charges',
]);

/** Nouns of what shows a thing is so: their "that" clause is reported, or unsupported after "no". */
const EVIDENCE_NOUNS = new Set([
  'evidence',
  'proof',
  'sign',
  'signs',
  'indication',
  'indications',
  'confirmation',
]);

/** Determiners that deny a noun: "no evidence", "little sign". */
const DENYING_DETERMINERS = new Set(['no', 'little', 'nor', 'without']);

/** Is the noun at `at` denied by a determiner before it ("no evidence", "no clear sign", "without proof")? */
function deniesNoun(tokens: readonly Token[], at: number): boolean {
  for (let i = at - 1; i >= 0 && i >= at - 3; i--) {
    const token = tokens[i]!;
    if (DENYING_DETERMINERS.has(token.lower)) return true;
    if (token.pos !== 'ADJ' && token.pos !== 'ADV') return false;
  }
  return false;
}

/** Nouns of what may or may not come: their "that" clause is hypothetical ("fears that it would not pay"). */
const SPECULATIVE_NOUNS = new Set([
  'speculation',
  'fear',
  'fears',
  'hope',
  'hopes',
  'concern',
  'concerns',
  'worry',
  'worries',
  'possibility',
  'likelihood',
  'chance',
  'chances',
  'risk',
  'risks',
  'prospect',
  'prospects',
  'expectation',
  'expectations',
  'suspicion',
  'suspicions',
  'danger',
  'doubt',
  'doubts',
  'rumour',
  'rumours',
  'rumor',
  'rumors',
  'assumption',
  'belief',
]);

/**
 * Predicates of likelihood before a "that" clause, which is then no more than possible: "It is unlikely that we
 * would undertake to do that now", "it is thought highly unlikely that Nakasone and Reagan will agree".
 */
const UNCERTAIN_PREDICATES = new Set([
  'unlikely',
  'likely',
  'possible',
  'probable',
  'doubtful',
  'conceivable',
]);

/** The index of the token that introduces a clause ("that"), or -1. */
function introducerToken(tokens: readonly Token[], clause: Clause): number {
  const span = clause.introducerSpan;
  if (!span) return -1;
  let first = 0;
  let high = tokens.length;
  while (first < high) {
    const mid = (first + high) >> 1;
    if (tokens[mid]!.start < span.start) first = mid + 1;
    else high = mid;
  }
  return first;
}

/** The word right before a clause's introducer: "speculation" in "speculation that …". */
function nounBeforeIntroducer(tokens: readonly Token[], clause: Clause): Token | undefined {
  const first = introducerToken(tokens, clause);
  // The word's tag is not asked: "fears that", "reports that" mean the same as verbs ("Kyiv fears that …").
  return first > 0 ? tokens[first - 1] : undefined;
}

/** Predicates that dismiss a report: "… were baseless", "… are untrue". */
const DISMISSALS = new Set([
  'baseless',
  'groundless',
  'unfounded',
  'untrue',
  'false',
  'incorrect',
  'wrong',
  'nonsense',
  'fabricated',
  'fabrication',
  'lie',
  'lies',
  'absurd',
  'ridiculous',
]);

/**
 * Is this "that" clause the content of a report noun ("reports that it intended …") which the rest of the
 * sentence dismisses ("… were baseless")? Looks at the noun before the introducer and the first adjective or
 * noun after a copula that follows the clause, up to the sentence's end.
 */
function isDismissedReport(tokens: readonly Token[], clause: Clause): boolean {
  const first = introducerToken(tokens, clause);
  if (first < 0) return false;
  const noun = tokens[first - 1];
  if (!noun || !REPORT_NOUNS.has(noun.lower)) return false;
  for (let i = first + 1; i < tokens.length && i < first + 40; i++) {
    const token = tokens[i]!;
    if (token.sentenceStart) return false;
    if (token.pos !== 'AUX' || token.lemma !== 'be') continue;
    for (let k = i + 1; k < tokens.length && k < i + 4; k++) {
      const next = tokens[k]!;
      if (next.pos === 'ADV' || next.pos === 'DET') continue;
      return DISMISSALS.has(next.lower) || DISMISSALS.has(next.lemma.toLowerCase());
    }
    return false;
  }
  return false;
}
