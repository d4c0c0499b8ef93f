import type { TimeExpression } from '../../doc/layers.js';
import type { Stage } from '../../pipeline/stage.js';
import { resolveRelativeDates } from './resolve-relative-dates.js';

/** The `times` layer: time expressions of each sentence resolved against the publication date. */
export function createTimesStage(): Stage<'times'> {
  return {
    name: 'times',
    version: '1.0.0',
    requires: ['sentences', 'tokens'],
    produces: 'times',
    run: function times(doc) {
      const tokens = doc.layers.tokens ?? [];
      const layer: TimeExpression[] = [];
      for (const sentence of doc.layers.sentences ?? []) {
        for (const found of resolveRelativeDates(
          tokens,
          sentence.tokenStart,
          sentence.tokenEnd,
          doc.meta.published,
        )) {
          layer.push({
            start: tokens[found.tokenStart]!.start,
            end: tokens[found.tokenEnd - 1]!.end,
            sentence: sentence.index,
            date: found.date,
            granularity: found.granularity,
            rule: found.rule,
          });
        }
      }
      return { layer, diagnostics: [] };
    },
  };
}
