import { basename, join } from 'node:path';
import type { Doc } from '../src/doc/doc.js';
import type { Pipeline } from '../src/pipeline/pipeline.js';
import { readArticles } from './articles.js';
import { repoRoot, sharedPath } from './shared-data.js';

/** The articles golden files are kept for: the seed article and the bundled examples. */
export async function goldenCases(): Promise<{ name: string; path: string }[]> {
  const examples = ['eu-sanctions-2022.txt', 'iran-talks-2021.txt', 'niger-envoy-2023.txt'].map((file) =>
    join(repoRoot, 'examples', file),
  );
  return [sharedPath('acceptance', 'seed-nato-russia.txt'), ...examples].map((path) => ({
    name: basename(path, '.txt'),
    path,
  }));
}

/** What each stage's golden file records of a Doc: the layer in a form a reviewer can read in a diff. */
/**
 * Actor mentions are short names and are kept as text; quotations and evidence are kept as text for our own
 * examples but as offsets for the shared seed article, whose sentences must not be copied into the repository.
 */
export function goldenLayers(doc: Doc, withText = true): Record<'actors' | 'quotes' | 'events', unknown[]> {
  const text = doc.text;
  const passage = (span: { start: number; end: number }) =>
    withText ? text.slice(span.start, span.end) : [span.start, span.end];
  const mentions = doc.layers.mentions ?? [];
  return {
    actors: mentions.map((mention) => ({
      text: text.slice(mention.start, mention.end),
      start: mention.start,
      code: mention.code,
      entry: mention.entry,
      via: mention.via,
      ...(mention.guess ? { guess: true } : {}),
    })),
    quotes: (doc.layers.quotes ?? []).map((quote) => ({
      type: quote.type,
      cue: quote.cue ? text.slice(quote.cue.start, quote.cue.end) : null,
      speaker: quote.speaker ? text.slice(quote.speaker.start, quote.speaker.end) : null,
      speakerCode: quote.speakerMention !== null ? mentions[quote.speakerMention]!.code : null,
      content: passage(quote.content),
    })),
    events: (doc.layers.events ?? []).map(({ record, trace }) => ({
      source: record.source?.code ?? null,
      code: record.code,
      target: record.target?.code ?? null,
      modality: record.modality,
      date: `${record.date}/${record.dateGranularity}`,
      ...(record.condition ? { condition: passage(record.condition) } : {}),
      ...(record.speaker ? { speaker: record.speaker.code } : {}),
      ...(record.location ? { location: record.location.name } : {}),
      evidence: passage(record.evidence),
      pattern: trace.pattern,
    })),
  };
}

export async function goldenOutputs(pipeline: Pipeline) {
  const outputs: { stage: string; name: string; file: string; value: unknown[] }[] = [];
  for (const { name, path } of await goldenCases()) {
    const [article] = await readArticles(path);
    const layers = goldenLayers(pipeline.analyse(article!).doc, !path.includes('seed-nato-russia'));
    for (const [stage, value] of Object.entries(layers)) {
      outputs.push({ stage, name, file: join(repoRoot, 'fixtures', stage, `${name}.json`), value });
    }
  }
  return outputs;
}
