import type { Article } from '../readers/article.js';
import type { Span } from './span.js';
import type { Layers, LayerName } from './layers.js';

/** The article fields a Doc keeps beside its text. */
export interface DocMeta {
  readonly id: string;
  readonly url: string;
  readonly source: string;
  readonly title: string;
  /** Publication date `YYYY-MM-DD`: the anchor of relative dates and of date-restricted actors. */
  readonly published: string;
}

/** `stage@version`, plus the versions of the dictionaries the stage used. */
export interface StageRecord {
  readonly stage: string;
  readonly version: string;
  readonly dictionaries?: Readonly<Record<string, string>>;
}

/**
 * One article under analysis: an immutable normalized `text` and layers of spans over it.
 *
 * `text` is the title, a newline, then the body paragraphs joined by newlines. All spans in all layers are
 * half-open `{ start, end }` offsets into `text` in UTF-16 code units (see `Span`). Stages never edit a
 * Doc: the pipeline makes a new one with the stage's layer added (`withLayer`).
 */
export interface Doc {
  readonly meta: DocMeta;
  readonly text: string;
  /** Paragraph spans as laid out when the text was built: index 0 is the title. */
  readonly paragraphSpans: readonly Span[];
  readonly layers: Readonly<Partial<Layers>>;
  readonly provenance: readonly StageRecord[];
}

/** Builds the Doc of an article, with no layers yet. */
export function createDoc(article: Article): Doc {
  const parts = [article.title, ...article.paragraphs];
  const paragraphSpans: Span[] = [];
  let offset = 0;
  for (const part of parts) {
    paragraphSpans.push({ start: offset, end: offset + part.length });
    offset += part.length + 1;
  }
  return {
    meta: {
      id: article.id,
      url: article.url,
      source: article.source,
      title: article.title,
      published: article.published,
    },
    text: parts.join('\n'),
    paragraphSpans,
    layers: emptyLayers(),
    provenance: [],
  };
}

/**
 * A Doc over a text as it is, with no title, for gold sets that give character offsets into a raw text
 * (LitBank): paragraphs are the stretches between blank lines, and offsets into `text` stay valid.
 */
export function createTextDoc(meta: DocMeta, text: string): Doc {
  const paragraphSpans: Span[] = [{ start: 0, end: 0 }];
  const pattern = /\S[\s\S]*?(?=\n[ \t]*\n|$)/g;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    const end = match.index + match[0].trimEnd().length;
    paragraphSpans.push({ start: match.index, end });
  }
  return { meta, text, paragraphSpans, layers: emptyLayers(), provenance: [] };
}

/** A new Doc with one more layer and one more provenance record. */
export function withLayer<N extends LayerName>(
  doc: Doc,
  name: N,
  layer: Layers[N],
  record: StageRecord,
): Doc {
  const layers = emptyLayers();
  Object.assign(layers, doc.layers);
  (layers as Partial<Layers>)[name] = layer;
  return {
    meta: doc.meta,
    text: doc.text,
    paragraphSpans: doc.paragraphSpans,
    layers,
    provenance: [...doc.provenance, record],
  };
}

/**
 * Layers with every name present, in one order: every Doc's layers object then has one shape, so the stages'
 * reads of `doc.layers.tokens` stay fast (a spread with a computed name gave each stage a shape of its own).
 */
function emptyLayers(): { -readonly [N in LayerName]: Layers[N] | undefined } {
  return {
    paragraphs: undefined,
    tokens: undefined,
    sentences: undefined,
    mentions: undefined,
    clauses: undefined,
    quotes: undefined,
    times: undefined,
    places: undefined,
    events: undefined,
  };
}

/** The layer `name`, or a thrown error naming the stage that should have produced it. */
export function layer<N extends LayerName>(doc: Doc, name: N): Layers[N] {
  const found = doc.layers[name];
  if (found === undefined) {
    throw new Error(`the Doc has no "${name}" layer: add the stage that produces it before this one`);
  }
  return found as Layers[N];
}
