import { z } from 'zod';
import type { Mention, Quote } from '../doc/layers.js';
import type { Span } from '../doc/span.js';

/** `seed-nato-russia.quotes.json`: the quotations a careful annotator marks in one article. */
export const articleQuotesGoldFile = z.object({
  article: z.string(),
  about: z.string().optional(),
  quotes: z.array(
    z.object({
      id: z.string(),
      type: z.enum(['direct', 'indirect', 'mixed']),
      content_evidence: z.string(),
      cue: z.string(),
      speaker_text: z.string(),
      speaker: z.string(),
      required: z.boolean(),
    }),
  ),
  scare_quotes: z.object({ about: z.string().optional(), words: z.array(z.string()) }),
});

export type ArticleQuotesGold = z.infer<typeof articleQuotesGoldFile>;

/** A quotation of a span-annotated gold set (LitBank: `{ text, quotes: [{ quote, quote_start, quote_end, speaker }] }`). */
export const spanQuotesRecord = z.object({
  id: z.string(),
  text: z.string(),
  quotes: z.array(
    z.object({
      quote: z.string(),
      quote_start: z.number().int(),
      quote_end: z.number().int(),
      speaker: z.string().nullable().optional(),
      type: z.string().optional(),
    }),
  ),
});

export type SpanQuotesRecord = z.infer<typeof spanQuotesRecord>;

/** Characters two spans share. */
export function overlap(a: Span, b: Span): number {
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
}

/**
 * Whether a predicted quote matches a gold one: they share at least `threshold` of the longer span's
 * characters (the Gender Gap Tracker's evaluation counts a match at 30% overlap; dyad also reports 80%).
 * Quotation marks are ignored: a gold span with its marks and a predicted span without them still match.
 */
export function spansMatch(gold: Span, predicted: Span, threshold: number): boolean {
  const longer = Math.max(gold.end - gold.start, predicted.end - predicted.start);
  return longer > 0 && overlap(gold, predicted) / longer >= threshold;
}

export interface PRF {
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
  readonly truePositives: number;
  readonly predicted: number;
  readonly gold: number;
}

export function prf(truePositives: number, predicted: number, gold: number): PRF {
  const precision = predicted === 0 ? 0 : truePositives / predicted;
  const recall = gold === 0 ? 0 : truePositives / gold;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1, truePositives, predicted, gold };
}

/** One-to-one matching of predicted to gold spans at a threshold, greedy by overlap. */
export function matchSpans(
  gold: readonly Span[],
  predicted: readonly Span[],
  threshold: number,
): [number, number][] {
  const pairs: { g: number; p: number; o: number }[] = [];
  gold.forEach((g, gi) =>
    predicted.forEach((p, pi) => {
      if (spansMatch(g, p, threshold)) pairs.push({ g: gi, p: pi, o: overlap(g, p) });
    }),
  );
  pairs.sort((a, b) => b.o - a.o);
  const usedGold = new Set<number>();
  const usedPredicted = new Set<number>();
  const matched: [number, number][] = [];
  for (const pair of pairs) {
    if (usedGold.has(pair.g) || usedPredicted.has(pair.p)) continue;
    usedGold.add(pair.g);
    usedPredicted.add(pair.p);
    matched.push([pair.g, pair.p]);
  }
  return matched;
}

export interface ArticleQuoteCheck {
  readonly id: string;
  readonly required: boolean;
  readonly found: Quote | null;
  readonly problems: readonly string[];
}

/** Checks each expected quotation of an article: content, type, cue and speaker; and that scare quotes stay out. */
export function checkArticleQuotes(
  gold: ArticleQuotesGold,
  quotes: readonly Quote[],
  mentions: readonly Mention[],
  text: string,
): { checks: ArticleQuoteCheck[]; scareQuotes: Quote[] } {
  const keyOf = (quote: Quote) => {
    const mention = quote.speakerMention !== null ? mentions[quote.speakerMention] : undefined;
    return mention ? (mention.knownGroup ?? mention.country) : null;
  };
  const checks = gold.quotes.map((expected) => {
    let best: { quote: Quote; problems: string[] } | null = null;
    for (const quote of quotes) {
      if (!text.slice(quote.content.start, quote.content.end).includes(expected.content_evidence)) continue;
      const problems: string[] = [];
      if (quote.type !== expected.type) problems.push(`type ${quote.type} ≠ ${expected.type}`);
      const cue = quote.cue ? text.slice(quote.cue.start, quote.cue.end) : '';
      if (cue.toLowerCase() !== expected.cue.toLowerCase()) problems.push(`cue "${cue}" ≠ "${expected.cue}"`);
      if (keyOf(quote) !== expected.speaker) problems.push(`speaker ${keyOf(quote)} ≠ ${expected.speaker}`);
      if (!best || problems.length < best.problems.length) best = { quote, problems };
    }
    if (!best)
      return { id: expected.id, required: expected.required, found: null, problems: ['content not found'] };
    return {
      id: expected.id,
      required: expected.required,
      found: best.problems.length === 0 ? best.quote : null,
      problems: best.problems,
    };
  });
  const scare = new Set(gold.scare_quotes.words.map((word) => word.toLowerCase()));
  const scareQuotes = quotes.filter((quote) =>
    scare.has(
      text
        .slice(quote.content.start, quote.content.end)
        .replace(/[\s.,'"‘’“”]+/g, ' ')
        .trim()
        .toLowerCase(),
    ),
  );
  return { checks, scareQuotes };
}
