/**
 * The worker-thread side of `createWorkerAnalyser`: each worker builds dyad's pipeline once, on its first
 * task, and analyses the articles it is sent. This module runs inside worker threads only.
 */
import { workerData } from 'piscina';
import { createDefaultPipeline, type Dictionaries } from '../pipeline/default-pipeline.js';
import type { Pipeline } from '../pipeline/pipeline.js';
import { articleAnalysis, type ArticleAnalysis } from '../pipeline/records.js';
import type { Article } from '../readers/article.js';
import { nearKeys } from '../store/near-copy.js';
import { failureOf } from './failure.js';

/** What a worker returns for an article: its analysis, or why the coder failed on it. */
export type WorkerResult = ArticleAnalysis | { readonly failure: string };

export interface AnalyseTask {
  readonly articles: readonly Article[];
}

// One pipeline per worker thread: loading dictionaries and wink-nlp costs a second, analysing an article
// a millisecond, so the worker keeps it for every task it runs.
let pipeline: Pipeline | undefined;

/**
 * The analysis of each article of the task, in order (the article itself stays with the caller), or why the coder
 * failed on it: one article the coder cannot handle does not lose the others of its task.
 */
export default function analyse(task: AnalyseTask): WorkerResult[] {
  // The pool's workerData is the dictionaries its parent loaded (see createWorkerAnalyser).
  pipeline ??= createDefaultPipeline({ dictionaries: workerData as Dictionaries });
  const ready = pipeline;
  return task.articles.map((article) => {
    try {
      // The near-copy keys are computed here too, off the thread that stores (see near-copy.ts).
      return { ...articleAnalysis(ready.analyse(article).doc, ready), nearKeys: nearKeys(article.body) };
    } catch (error) {
      return { failure: failureOf(error) };
    }
  });
}
