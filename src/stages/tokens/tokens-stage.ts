import type { Pos, Token } from '../../doc/layers.js';
import type { Diagnostic, Stage } from '../../pipeline/stage.js';
import { correctSentenceStarts } from './correct-sentence-starts.js';
import { correctTags, type DraftToken } from './correct-tags.js';
import type { WinkNlp } from './wink.js';

export interface TokensStageOptions {
  /** A shared wink-nlp instance (see `createWink`). */
  readonly nlp: WinkNlp;
}

/**
 * The `tokens` layer: wink-nlp's tokens of each paragraph with character offsets, POS, lemma, negation
 * scope and sentence starts. Whitespace is not a token: tokens plus the gaps between them rebuild the text.
 *
 * wink-nlp gives token values and the whitespace before each, not offsets; the offsets are found by
 * locating each value in the paragraph from the previous token's end, so a token wink normalised (it
 * never should) is reported as a diagnostic instead of shifting every later offset.
 */
export function createTokensStage(options: TokensStageOptions): Stage<'tokens'> {
  const { nlp } = options;
  const its = nlp.its;
  return {
    name: 'tokens',
    version: '1.0.0',
    requires: ['paragraphs'],
    produces: 'tokens',
    run: function tokens(doc) {
      const layer: Token[] = [];
      const diagnostics: Diagnostic[] = [];
      const paragraphs = doc.layers.paragraphs ?? [];
      for (const paragraph of paragraphs) {
        const text = doc.text.slice(paragraph.start, paragraph.end);
        if (text.trim() === '') continue;
        const wdoc = nlp.readDoc(text);
        const values = wdoc.tokens().out() as string[];
        const pos = wdoc.tokens().out(its.pos) as Pos[];
        // wink-nlp's typings declare `its.lemma` with an addons parameter that `out` does not accept; it works at run time.
        const lemmas = wdoc.tokens().out(its.lemma as never) as string[];
        const kinds = wdoc.tokens().out(its.type) as string[];
        const negations = wdoc.tokens().out(its.negationFlag) as unknown as boolean[];
        const sentenceSpans = wdoc.sentences().out(its.span) as unknown as [number, number][];
        // The tokens are built in their final shape (one object each: this runs on every token of every
        // article); `correctTags` may still change their POS and lemma.
        const drafts: DraftToken[] = [];
        let nextSentence = 0;
        let cursor = 0;
        let pendingStart = false;
        for (let i = 0; i < values.length; i++) {
          const value = values[i]!;
          const kind = kinds[i]!;
          if (nextSentence < sentenceSpans.length && sentenceSpans[nextSentence]![0] <= i) {
            pendingStart = true;
            while (nextSentence < sentenceSpans.length && sentenceSpans[nextSentence]![0] <= i)
              nextSentence++;
          }
          if (kind === 'tabCRLF' || value.trim() === '') continue;
          const at = text.startsWith(value, cursor) ? cursor : text.indexOf(value, cursor);
          if (at < 0 || (at > cursor && text.slice(cursor, at).trim() !== '')) {
            diagnostics.push({
              stage: 'tokens',
              rule: 'unaligned-token',
              message: `wink-nlp token "${value}" not found at its place in the text; skipped`,
              start: paragraph.start + cursor,
              end: paragraph.start + cursor,
            });
            continue;
          }
          cursor = at + value.length;
          const lower = value.toLowerCase();
          drafts.push({
            start: paragraph.start + at,
            end: paragraph.start + cursor,
            index: layer.length + drafts.length,
            text: value,
            lower,
            lemma: lemmas[i] ?? lower,
            pos: pos[i] ?? 'X',
            kind,
            negated: negations[i] ?? false,
            paragraph: paragraph.index,
            sentenceStart: pendingStart,
          });
          pendingStart = false;
        }
        if (drafts.length > 0) drafts[0]!.sentenceStart = true;
        correctSentenceStarts(drafts);
        correctTags(drafts);
        for (const draft of drafts) layer.push(draft);
      }
      return { layer, diagnostics };
    },
  };
}
