import type { DefaultPipelineOptions } from '../pipeline/default-pipeline.js';
import type { Analyser } from './ingest.js';
import { createLocalAnalyser } from './local-analyser.js';

export interface AnalyserOptions extends DefaultPipelineOptions {
  /** Worker threads; 0 analyses in the calling thread. */
  readonly workers?: number;
}

/** The analyser `dyad ingest` uses. */
export function createAnalyser(options: AnalyserOptions = {}): Analyser {
  return createLocalAnalyser(options);
}
