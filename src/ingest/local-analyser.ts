import { createDefaultPipeline, type DefaultPipelineOptions } from '../pipeline/default-pipeline.js';
import { storedArticle } from '../pipeline/records.js';
import { failureOf } from './failure.js';
import type { Analyser } from './ingest.js';

/** Analyses articles in this thread with dyad's default pipeline. */
export function createLocalAnalyser(options: DefaultPipelineOptions = {}): Analyser {
  const pipeline = createDefaultPipeline(options);
  return {
    analyse: async (articles) =>
      articles.map((article) => {
        try {
          return storedArticle(article, pipeline.analyse(article).doc, pipeline);
        } catch (error) {
          return { article, failure: failureOf(error) };
        }
      }),
    close: async () => {},
  };
}
