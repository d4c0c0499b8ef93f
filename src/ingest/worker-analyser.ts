import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Piscina } from 'piscina';
import { loadDictionaries, type DefaultPipelineOptions } from '../pipeline/default-pipeline.js';
import type { StoredArticle } from '../store/store.js';
import type { AnalyseTask, WorkerResult } from './analyse-worker.js';
import type { FailedAnalysis } from './failure.js';
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
  /** Articles after which the pool is replaced by fresh workers; default 250,000. */
  readonly recycleAfter?: number;
}

/**
 * Analyses articles on a pool of worker threads (piscina), a chunk of articles per task. The pool is
 * replaced by a fresh one every `recycleAfter` articles (the old one finishes its tasks first): wink-nlp's
 * tables grow a little with every document a worker reads (see createWink; about 1 MB of live heap per
 * 10,000 articles), and fresh workers bound that on runs of millions. A replacement costs each worker a
 * second of loading, so it is rare.
 */
export function createWorkerAnalyser(filename: string, options: WorkerAnalyserOptions = {}): Analyser {
  const threads = Math.max(1, options.workers ?? availableParallelism());
  const recycleAfter = options.recycleAfter ?? 250_000;
  // The dictionaries are read here, once, and given to every worker (see loadDictionaries); a bad `--dict` file
  // fails here, before any worker starts.
  const dictionaries = loadDictionaries(options);
  // A worker needs about 120 MB of heap; capping the old generation makes V8 collect before it grows (it would
  // otherwise take a share of the machine's memory), which keeps a long ingest under 1 GB in all. The young
  // generation is V8's usual 48 MB: an article's garbage dies young, and with 16 MB the scavenger ran twice as
  // often and took half as long again (720 vs 474 ms of pauses over 8,000 Reuters articles on one thread,
  // semi-spaces of 5 and 16 MB).
  const makePool = () =>
    new Piscina<AnalyseTask, WorkerResult[]>({
      filename,
      workerData: dictionaries,
      minThreads: threads,
      maxThreads: threads,
      // Two tasks per worker: the next one waits in the worker's own queue, so a worker that finishes a task while
      // this thread is busy storing a batch starts the next at once instead of waiting for this thread to hand
      // it over (4000 Reuters articles: workers idle 2.5-4% of their time instead of 5-10%).
      concurrentTasksPerWorker: 2,
      idleTimeout: 60_000,
      resourceLimits: { maxOldGenerationSizeMb: 384, maxYoungGenerationSizeMb: 48 },
    });
  // The pool new analyses go to: a replacement pool once the old one has finished its work.
  let ready: Promise<Piscina<AnalyseTask, WorkerResult[]>> = Promise.resolve(makePool());
  // The analyses given to the current pool and not yet settled. An analysis joins the set when it is asked
  // for (before it waits for its pool), so a pool is never retired under work meant for it; it leaves when it
  // settles, since holding settled analyses would hold their results, and memory would grow with the input.
  let running = new Set<Promise<unknown>>();
  let sent = 0;
  const retiring: Promise<unknown>[] = [];
  const chunk = options.chunk ?? 50;
  return {
    analyse(articles) {
      if (sent >= recycleAfter) {
        // The old pool finishes every analysis it was given and is destroyed before the new one starts, so
        // that two pools never hold memory at once; analyses asked for meanwhile wait for the new pool.
        const previous = ready;
        const given = [...running];
        running = new Set();
        sent = 0;
        ready = Promise.allSettled(given)
          .then(() => previous)
          .then((old) => old.destroy())
          .then(makePool);
        retiring.push(ready);
      }
      sent += articles.length;
      const pool = ready;
      const work = (async () => {
        const target = await pool;
        const tasks: Promise<(StoredArticle | FailedAnalysis)[]>[] = [];
        for (let i = 0; i < articles.length; i += chunk) {
          const part = articles.slice(i, i + chunk);
          tasks.push(
            target
              .run({ articles: part })
              .then((analyses) =>
                analyses.map(
                  (analysis, k) => ({ article: part[k]!, ...analysis }) as StoredArticle | FailedAnalysis,
                ),
              ),
          );
        }
        return (await Promise.all(tasks)).flat();
      })();
      const tracked = running;
      tracked.add(work);
      const forget = () => tracked.delete(work);
      work.then(forget, forget);
      return work;
    },
    async close() {
      await Promise.allSettled([...retiring, ...running]);
      await (await ready).destroy();
    },
  };
}
