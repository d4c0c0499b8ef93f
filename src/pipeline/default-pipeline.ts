import { readFileSync } from 'node:fs';
import { loadCodebook } from '../codebook/codebook.js';
import { loadActorDictionary, type ActorDictionary } from '../dictionaries/actor-dictionary.js';
import { dataPath } from '../dictionaries/data-dir.js';
import { loadLexicon, type Lexicon } from '../dictionaries/lexicon.js';
import { loadPatternDictionary, type PatternDictionary } from '../dictionaries/pattern-dictionary.js';
import { createActorsStage } from '../stages/actors/actors-stage.js';
import { createClausesStage } from '../stages/clauses/clauses-stage.js';
import { actsFramed, modalityLexicon } from '../stages/events/clause-modality.js';
import { compilePatterns } from '../stages/events/pattern-index.js';
import { createEventsStage } from '../stages/events/events-stage.js';
import { createParagraphsStage } from '../stages/paragraphs/paragraphs-stage.js';
import { loadGazetteer } from '../stages/places/gazetteer.js';
import { createPlacesStage } from '../stages/places/places-stage.js';
import { createQuotesStage } from '../stages/quotes/quotes-stage.js';
import { createSentencesStage } from '../stages/sentences/sentences-stage.js';
import { createTimesStage } from '../stages/times/times-stage.js';
import { createTokensStage } from '../stages/tokens/tokens-stage.js';
import { createWink } from '../stages/tokens/wink.js';
import { pipeline, type Pipeline } from './pipeline.js';

export interface DefaultPipelineOptions {
  /** The user's own actor dictionary files (`--dict extra.yaml`). */
  readonly actorFiles?: readonly string[];
  /** The user's own pattern files. */
  readonly patternFiles?: readonly string[];
  /** The dictionaries, already loaded (see `loadDictionaries`); else they are read from their files. */
  readonly dictionaries?: Dictionaries;
}

/** The dictionaries written in YAML, loaded and validated: plain data, so they can be sent to worker threads. */
export interface Dictionaries {
  readonly actors: ActorDictionary;
  readonly lexicon: Lexicon;
  readonly patterns: PatternDictionary;
}

/**
 * Reads and validates the bundled dictionaries and the user's own files. An ingest does this once and hands the
 * result to its worker threads: parsing the YAML took each worker most of a second, and its JIT compiler
 * another second warming up on the YAML parser, for work the parent thread had done already.
 */
export function loadDictionaries(options: DefaultPipelineOptions = {}): Dictionaries {
  return {
    actors: loadActorDictionary({ extra: options.actorFiles ?? [] }),
    lexicon: loadLexicon(),
    patterns: loadPatternDictionary({ extra: options.patternFiles ?? [] }),
  };
}

/** dyad's version, from its package.json: the coder version every event records. */
export function dyadVersion(): string {
  const pkg = JSON.parse(readFileSync(dataPath('..', 'package.json'), 'utf8')) as { version: string };
  return pkg.version;
}

/**
 * dyad's pipeline, spelled out in one place: paragraphs → tokens → sentences → actors → times → places →
 * clauses → quotes → events. Dictionaries and tables are loaded once here; the stages share one wink-nlp
 * instance.
 */
export function createDefaultPipeline(options: DefaultPipelineOptions = {}): Pipeline {
  const nlp = createWink();
  const { actors, lexicon, patterns: patternDictionary } = options.dictionaries ?? loadDictionaries(options);
  // Verbs that take a reported clause; dialogue verbs that are cues only beside a quotation do not.
  const cueVerbs = [
    ...lexicon.cues.verbs.filter((verb) => !verb.quoteOnly).map((verb) => verb.lemma),
    ...lexicon.cues.according.map((cue) => cue.phrase),
  ];
  const patterns = compilePatterns(patternDictionary, cueVerbs);
  const codebook = loadCodebook();
  const gazetteer = loadGazetteer();
  const dictionaries = `actors=${actors.version};patterns=${patternDictionary.version};lexicon=${lexicon.version};codebook=${codebook.version}`;
  return pipeline([
    createParagraphsStage(),
    createTokensStage({ nlp }),
    createSentencesStage(),
    createActorsStage({ dictionary: actors, nlp }),
    createTimesStage(),
    createPlacesStage({ gazetteer }),
    createClausesStage({
      lexicon: patterns.lexicon,
      complementVerbs: new Set(cueVerbs),
      complementNouns: new Set(lexicon.cues.nouns.map((noun) => noun.lemma)),
      frameNouns: actsFramed(modalityLexicon(lexicon)),
    }),
    createQuotesStage({ lexicon }),
    createEventsStage({
      patterns,
      codebook,
      lexicon,
      coder: { name: 'dyad', version: dyadVersion() },
      dictionaries,
    }),
  ]);
}
