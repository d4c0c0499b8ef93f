import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Article } from '../readers/article.js';
import type { StoredArticle } from '../store/store.js';
import type { FailedAnalysis } from './failure.js';
import { readInputs } from '../readers/read-inputs.js';
import { repoRoot, sharedPath } from '../../test/shared-data.js';
import { createLocalAnalyser } from './local-analyser.js';
import { createWorkerAnalyser, workerModule } from './worker-analyser.js';

async function articles(): Promise<Article[]> {
  const found: Article[] = [];
  const paths = [join(repoRoot, 'examples'), sharedPath('acceptance', 'seed-nato-russia.txt')];
  for await (const item of readInputs(paths)) if (item.kind === 'article') found.push(item.article);
  return found;
}

/** What an analysis says of an article, for comparison across threads. */
const summary = (analysed: StoredArticle | FailedAnalysis) =>
  'failure' in analysed
    ? { article: analysed.article.id, failure: analysed.failure }
    : {
        article: analysed.article.id,
        events: analysed.events.map((event) => event.record.id),
        sentences: analysed.sentences.length,
      };

/** The analyses, checked to have none the coder failed on. */
const coded = (analyses: (StoredArticle | FailedAnalysis)[]): StoredArticle[] =>
  analyses.map((analysis) => {
    if ('failure' in analysis)
      throw new Error(`the coder failed on ${analysis.article.url}: ${analysis.failure}`);
    return analysis;
  });

describe('the worker-thread analyser', () => {
  const filename = workerModule();

  it('gives each article back with its own analysis, in order, as this thread would', async () => {
    expect(filename, 'the compiled worker module (npm run build)').not.toBeNull();
    const input = await articles();
    expect(input.length).toBeGreaterThanOrEqual(4);
    const local = createLocalAnalyser();
    const expected = coded(await local.analyse(input)).map(summary);
    const workers = createWorkerAnalyser(filename!, { workers: 2, chunk: 1 });
    try {
      const analysed = coded(await workers.analyse(input));
      expect(analysed.map((item) => item.article)).toEqual(input);
      expect(analysed.map(summary)).toEqual(expected);
      expect(expected.some((item) => (item.events ?? []).length > 0)).toBe(true);
    } finally {
      await workers.close();
    }
  }, 60_000);

  it("codes with the user's own dictionary files, which the parent thread reads and hands to every worker", async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dyad-workers-'));
    const extra = join(dir, 'extra.yaml');
    writeFileSync(
      extra,
      '- kind: organisation\n  code: IGOWLDPWR\n  names: [world powers]\n  note: the P5+1 of the Iran talks\n',
    );
    const input = (await articles()).filter((article) => article.body.includes('world powers'));
    expect(input).toHaveLength(1);
    const local = coded(await createLocalAnalyser({ actorFiles: [extra] }).analyse(input));
    const workers = createWorkerAnalyser(filename!, { workers: 2, chunk: 1, actorFiles: [extra] });
    try {
      const analysed = coded(await workers.analyse(input));
      expect(analysed.map(summary)).toEqual(local.map(summary));
      // "Iran and world powers resumed talks in Vienna": the user's entry is an actor of the talks, both ways.
      const talks = analysed[0]!.events.filter((event) => event.record.code === '046');
      expect(talks.map((event) => [event.record.source?.code, event.record.target?.code])).toEqual(
        expect.arrayContaining([
          ['IRN', 'IGOWLDPWR'],
          ['IGOWLDPWR', 'IRN'],
        ]),
      );
    } finally {
      await workers.close();
    }
  }, 60_000);

  it('replaces its pool after `recycleAfter` articles without losing or mixing up any', async () => {
    const input = await articles();
    const expected = (await createLocalAnalyser().analyse(input)).map(summary);
    const workers = createWorkerAnalyser(filename!, { workers: 1, chunk: 2, recycleAfter: 2 });
    try {
      // Batches asked for at once: later ones wait for the fresh pool while the old one finishes.
      const batches = await Promise.all([
        workers.analyse(input.slice(0, 2)),
        workers.analyse(input.slice(2)),
        workers.analyse(input.slice(0, 1)),
      ]);
      expect(batches.flat().map(summary)).toEqual([...expected, expected[0]]);
    } finally {
      await workers.close();
    }
  }, 60_000);
});
