import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Piscina } from 'piscina';
import type { DefaultPipelineOptions } from '../pipeline/default-pipeline.js';
import type { StoredArticle } from '../store/store.js';
import type { AnalyseTask } from './analyse-worker.js';
import type { Analyser } from './ingest.js';

/**
 * The compiled worker module. Run from `dist/`, it sits beside this file; run from `src/` (tests, tsx),
 * the worker still needs JavaScript, so the build's copy in `dist/` is used.
 */
export function workerModule(): string | null {
  const here = new URL('./analyse-worker.js', import.meta.url);
  const beside = fileURLToPath(here);
  if (existsSync(beside)) return beside;
  const built = fileURLToPath(new URL('../../dist/ingest/analyse-worker.js', import.meta.url));
  return existsSync(built) ? built : null;
}

export interface WorkerAnalyserOptions extends DefaultPipelineOptions {
  /** Worker threads; default one per CPU core. */
  readonly workers?: number;
  /** Articles per task sent to a worker; default 50. */
  readonly chunk?: number;
}

/** Analyses articles on a pool of worker threads (piscina), a chunk of articles per task. */
export function createWorkerAnalyser(filename: string, options: WorkerAnalyserOptions = {}): Analyser {
  const threads = Math.max(1, options.workers ?? availableParallelism());
  // A worker needs about 200 MB; capping its heap makes V8 collect before it grows (it would otherwise use
  // a share of the machine's memory), which keeps a long ingest under 1 GB in all.
  const pool = new Piscina<AnalyseTask, StoredArticle[]>({
    filename,
    minThreads: threads,
    maxThreads: threads,
    idleTimeout: 60_000,
    resourceLimits: { maxOldGenerationSizeMb: 384, maxYoungGenerationSizeMb: 32 },
  });
  const chunk = options.chunk ?? 50;
  const pipelineOptions: DefaultPipelineOptions = {
    ...(options.actorFiles ? { actorFiles: options.actorFiles } : {}),
    ...(options.patternFiles ? { patternFiles: options.patternFiles } : {}),
  };
  return {
    async analyse(articles) {
      const tasks: Promise<StoredArticle[]>[] = [];
      for (let i = 0; i < articles.length; i += chunk) {
        tasks.push(pool.run({ articles: articles.slice(i, i + chunk), options: pipelineOptions }));
      }
      return (await Promise.all(tasks)).flat();
    },
    close: () => pool.destroy(),
  };
}
