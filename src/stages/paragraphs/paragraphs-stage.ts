import type { Paragraph } from '../../doc/layers.js';
import type { Stage } from '../../pipeline/stage.js';

/** The `paragraphs` layer: the title (index 0) and each body paragraph, as laid out when the Doc was built. */
export function createParagraphsStage(): Stage<'paragraphs'> {
  return {
    name: 'paragraphs',
    version: '1.0.0',
    requires: [],
    produces: 'paragraphs',
    run: function paragraphs(doc) {
      const layer: Paragraph[] = doc.paragraphSpans.map((span, index) => ({
        start: span.start,
        end: span.end,
        index,
        kind: index === 0 ? 'title' : 'body',
      }));
      return { layer, diagnostics: [] };
    },
  };
}
