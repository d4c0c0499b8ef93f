import { createHash } from 'node:crypto';
import type { Doc } from '../doc/doc.js';
import type { Actor, Mention, QuoteRecord } from '../doc/layers.js';
import { textSpan } from '../doc/span.js';
import type { Article } from '../readers/article.js';
import type { StoredArticle, StoredMention } from '../store/store.js';
import type { Pipeline } from './pipeline.js';

/** A mention as an Actor of an output record. */
export function mentionActor(text: string, mention: Mention): Actor {
  return {
    code: mention.code,
    country: mention.country,
    knownGroup: mention.knownGroup,
    roles: mention.roles,
    name: mention.name,
    text: text.slice(mention.start, mention.end),
    start: mention.start,
    end: mention.end,
  };
}

/** The quotes of an analysed Doc as output records (`dyad quotes --json`, the store). */
export function quoteRecords(doc: Doc): QuoteRecord[] {
  const mentions = doc.layers.mentions ?? [];
  return (doc.layers.quotes ?? []).map((quote) => {
    const speaker = quote.speakerMention !== null ? mentions[quote.speakerMention] : undefined;
    const addressee = quote.addresseeMention !== null ? mentions[quote.addresseeMention] : undefined;
    const id = createHash('sha256')
      .update(`${doc.meta.id}|${quote.content.start}|${quote.content.end}|${quote.type}`)
      .digest('hex')
      .slice(0, 16);
    return {
      id,
      articleId: doc.meta.id,
      url: doc.meta.url,
      date: doc.meta.published,
      sentenceIndex: quote.sentence,
      type: quote.type,
      content: textSpan(doc.text, quote.content),
      cue: quote.cue ? textSpan(doc.text, quote.cue) : null,
      speaker: quote.speaker ? textSpan(doc.text, quote.speaker) : null,
      speakerActor: speaker ? mentionActor(doc.text, speaker) : null,
      addressee: quote.addressee ? textSpan(doc.text, quote.addressee) : null,
      addresseeActor: addressee ? mentionActor(doc.text, addressee) : null,
    };
  });
}

/** What analysis adds to an article for the store: everything `StoredArticle` holds but the article itself. */
export type ArticleAnalysis = Omit<StoredArticle, 'article'>;

/** Everything the store keeps of an analysed article. */
export function storedArticle(
  article: Article,
  doc: Doc,
  pipeline: Pick<Pipeline, 'versions' | 'dictionaries'>,
): StoredArticle {
  return { article, ...articleAnalysis(doc, pipeline) };
}

/**
 * The analysis part of `storedArticle`. Worker threads send only this back: the article is already in the
 * thread that stores it, and copying its text back between threads is wasted work.
 */
export function articleAnalysis(
  doc: Doc,
  pipeline: Pick<Pipeline, 'versions' | 'dictionaries'>,
): ArticleAnalysis {
  const mentions: StoredMention[] = (doc.layers.mentions ?? []).map((mention) => ({
    start: mention.start,
    end: mention.end,
    text: doc.text.slice(mention.start, mention.end),
    code: mention.code,
    country: mention.country,
    knownGroup: mention.knownGroup,
    roles: mention.roles,
    entry: mention.entry,
  }));
  return {
    text: doc.text,
    sentences: (doc.layers.sentences ?? []).map((sentence) => ({
      start: sentence.start,
      end: sentence.end,
      paragraph: sentence.paragraph,
    })),
    events: doc.layers.events ?? [],
    quotes: quoteRecords(doc),
    mentions,
    pipeline: pipeline.versions,
    dictionaries: pipeline.dictionaries,
  };
}
