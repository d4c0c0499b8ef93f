import type { Quote } from '../../doc/layers.js';
import type { Lexicon } from '../../dictionaries/lexicon.js';
import type { Stage } from '../../pipeline/stage.js';

export interface QuotesStageOptions {
  readonly lexicon: Lexicon;
}

/** The `quotes` layer (being written). */
export function createQuotesStage(options: QuotesStageOptions): Stage<'quotes'> {
  return {
    name: 'quotes',
    version: '0.0.0',
    requires: ['sentences', 'tokens', 'mentions', 'clauses'],
    produces: 'quotes',
    dictionaries: { cues: options.lexicon.version },
    run: () => ({ layer: [] as Quote[], diagnostics: [] }),
  };
}
