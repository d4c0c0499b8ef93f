import type { DefaultPipelineOptions } from '../pipeline/default-pipeline.js';
import type { Analyser } from './ingest.js';
import { createLocalAnalyser } from './local-analyser.js';
import { createWorkerAnalyser, workerModule } from './worker-analyser.js';

export interface AnalyserOptions extends DefaultPipelineOptions {
  /** Worker threads; 0 analyses in the calling thread; default one per CPU core. */
  readonly workers?: number;
}

/**
 * The analyser `dyad ingest` uses: worker threads when asked for (the default), else this thread. Without a
 * compiled worker module (running from source before `npm run build`) it analyses in this thread.
 */
export function createAnalyser(options: AnalyserOptions = {}): Analyser {
  const filename = options.workers === 0 ? null : workerModule();
  return filename ? createWorkerAnalyser(filename, options) : createLocalAnalyser(options);
}
