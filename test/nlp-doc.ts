import type { Doc } from '../src/doc/doc.js';
import { pipeline, type Pipeline } from '../src/pipeline/pipeline.js';
import { createDefaultPipeline } from '../src/pipeline/default-pipeline.js';
import type { Stage } from '../src/pipeline/stage.js';
import { makeArticle } from '../src/readers/article.js';
import { createParagraphsStage } from '../src/stages/paragraphs/paragraphs-stage.js';
import { createSentencesStage } from '../src/stages/sentences/sentences-stage.js';
import { createTokensStage } from '../src/stages/tokens/tokens-stage.js';
import { createWink, type WinkNlp } from '../src/stages/tokens/wink.js';
import { createActorsStage } from '../src/stages/actors/actors-stage.js';
import { loadActorDictionary } from '../src/dictionaries/actor-dictionary.js';

let shared: WinkNlp | undefined;

/** One wink-nlp instance for a test file (it takes a moment to load). */
export function testWink(): WinkNlp {
  shared ??= createWink();
  return shared;
}

/**
 * A Doc of `paragraphs` (the title is "Test") published on `published`, run through paragraphs, tokens and
 * sentences, then through `more` stages.
 */
export function nlpDoc(paragraphs: string | string[], published = '2021-11-18', more: Stage[] = []): Doc {
  const nlp = testWink();
  const article = makeArticle({
    url: 'https://example.org/test',
    title: 'Test',
    published,
    paragraphs: Array.isArray(paragraphs) ? paragraphs : [paragraphs],
  });
  return pipeline([
    createParagraphsStage(),
    createTokensStage({ nlp }),
    createSentencesStage(),
    ...more,
  ]).analyse(article).doc;
}

let sharedActors: Stage | undefined;

/** The actors stage over the bundled dictionaries, made once per test file. */
export function testActorsStage(): Stage {
  sharedActors ??= createActorsStage({ dictionary: loadActorDictionary(), nlp: testWink() });
  return sharedActors;
}

/** The mentions of `paragraphs` published on `published`, as `[surface text, code]` pairs plus the Doc. */
export function mentionsOf(paragraphs: string | string[], published = '2021-11-18') {
  const doc = nlpDoc(paragraphs, published, [testActorsStage()]);
  const mentions = (doc.layers.mentions ?? []).filter(
    (mention) => mention.start > doc.paragraphSpans[0]!.end,
  );
  return {
    doc,
    mentions,
    pairs: mentions.map((mention) => [doc.text.slice(mention.start, mention.end), mention.code]),
  };
}

let sharedPipeline: Pipeline | undefined;

/** dyad's whole default pipeline, made once per test file. */
export function testPipeline(): Pipeline {
  sharedPipeline ??= createDefaultPipeline();
  return sharedPipeline;
}

/** The fully analysed Doc of `paragraphs` published on `published` (the title is "Test"). */
export function analysed(paragraphs: string | string[], published = '2021-11-18'): Doc {
  const article = makeArticle({
    url: 'https://example.org/test',
    title: 'Test',
    published,
    paragraphs: Array.isArray(paragraphs) ? paragraphs : [paragraphs],
  });
  return testPipeline().analyse(article).doc;
}
