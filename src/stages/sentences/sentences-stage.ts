import type { Sentence } from '../../doc/layers.js';
import type { Stage } from '../../pipeline/stage.js';

/**
 * The `sentences` layer, grouped from the tokens' sentence starts (wink-nlp's sentence boundaries, and
 * always a paragraph break). A sentence spans from its first token's start to its last token's end.
 */
export function createSentencesStage(): Stage<'sentences'> {
  return {
    name: 'sentences',
    version: '1.0.0',
    requires: ['tokens'],
    produces: 'sentences',
    run: function sentences(doc) {
      const tokens = doc.layers.tokens ?? [];
      const layer: Sentence[] = [];
      let first = 0;
      for (let i = 1; i <= tokens.length; i++) {
        if (i === tokens.length || tokens[i]!.sentenceStart) {
          if (i > first) {
            layer.push({
              start: tokens[first]!.start,
              end: tokens[i - 1]!.end,
              index: layer.length,
              paragraph: tokens[first]!.paragraph,
              tokenStart: first,
              tokenEnd: i,
            });
          }
          first = i;
        }
      }
      return { layer, diagnostics: [] };
    },
  };
}
