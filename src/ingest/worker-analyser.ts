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
  /** Articles after which the pool is replaced by fresh workers; default 20,000. */
  readonly recycleAfter?: number;
}

/**
 * Analyses articles on a pool of worker threads (piscina), a chunk of articles per task. The pool is
 * replaced by a fresh one every `recycleAfter` articles (the old one finishes its tasks first): wink-nlp's
 * tables grow with every document a worker reads (see createWink), and fresh workers bound that.
 */
export function createWorkerAnalyser(filename: string, options: WorkerAnalyserOptions = {}): Analyser {
  const threads = Math.max(1, options.workers ?? availableParallelism());
  const recycleAfter = options.recycleAfter ?? 20_000;
  // A worker needs about 120 MB of heap; capping it makes V8 collect before it grows (it would otherwise take a
  // share of the machine's memory), which keeps a long ingest under 1 GB in all.
  const makePool = () =>
    new Piscina<AnalyseTask, StoredArticle[]>({
      filename,
      minThreads: threads,
      maxThreads: threads,
      idleTimeout: 60_000,
      resourceLimits: { maxOldGenerationSizeMb: 384, maxYoungGenerationSizeMb: 16 },
    });
  let pool = makePool();
  let poolTasks: Promise<unknown>[] = [];
  let sent = 0;
  let ready: Promise<void> = Promise.resolve();
  const retiring: Promise<void>[] = [];
  const chunk = options.chunk ?? 50;
  const pipelineOptions: DefaultPipelineOptions = {
    ...(options.actorFiles ? { actorFiles: options.actorFiles } : {}),
    ...(options.patternFiles ? { patternFiles: options.patternFiles } : {}),
  };
  return {
    async analyse(articles) {
      if (sent >= recycleAfter) {
        // The old pool finishes every task it was given and is destroyed before the new one starts, so that
        // two pools never hold memory at once; analyses asked for meanwhile wait for the new pool.
        const old = pool;
        const oldTasks = poolTasks;
        poolTasks = [];
        sent = 0;
        ready = Promise.allSettled(oldTasks)
          .then(() => old.destroy())
          .then(() => {
            pool = makePool();
          });
        retiring.push(ready);
      }
      sent += articles.length;
      await ready;
      const tasks: Promise<StoredArticle[]>[] = [];
      for (let i = 0; i < articles.length; i += chunk) {
        tasks.push(pool.run({ articles: articles.slice(i, i + chunk), options: pipelineOptions }));
      }
      poolTasks.push(...tasks);
      return (await Promise.all(tasks)).flat();
    },
    async close() {
      await Promise.all(retiring);
      await pool.destroy();
    },
  };
}
