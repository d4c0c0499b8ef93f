import fc from 'fast-check';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { sharedPath } from '../../test/shared-data.js';
import { createDoc } from '../doc/doc.js';
import {
  MODALITIES,
  type Actor,
  type CodedEvent,
  type EventRecord,
  type Modality,
  type QuoteRecord,
  type QuoteType,
} from '../doc/layers.js';
import type { TextSpan } from '../doc/span.js';
import { makeArticle, type Article } from '../readers/article.js';
import { readJsonlFile } from '../readers/jsonl-reader.js';
import { readSeedFile } from '../readers/seed-reader.js';
import { articleFingerprint } from './fingerprint.js';
import { actorKeys, type EventFilter, type Store, type StoredArticle, type StoredMention } from './store.js';

/*
 * The contract every Store implementation passes. Articles are real: the seed article and the Reuters-21578
 * stories, read with dyad's own readers. Events, quotes and mentions are made by hand over their text, so
 * that each filter's expected answer is known.
 */

async function readArticles(read: AsyncIterable<{ kind: string; article?: Article }>): Promise<Article[]> {
  const articles: Article[] = [];
  for await (const item of read) if (item.article) articles.push(item.article);
  return articles;
}

/** A `YYYY-MM-DD` date `days` later. */
function shiftDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/** A StoredArticle with the article's Doc text, one sentence per paragraph, and nothing coded yet. */
function stored(article: Article, parts: Partial<Omit<StoredArticle, 'article'>> = {}): StoredArticle {
  const doc = createDoc(article);
  return {
    article,
    text: doc.text,
    sentences: doc.paragraphSpans.map((span, paragraph) => ({ ...span, paragraph })),
    events: [],
    quotes: [],
    mentions: [],
    pipeline: ['sentences@1.0.0', 'tokens@1.0.0'],
    dictionaries: { actors: 'test-1' },
    ...parts,
  };
}

function actor(code: string, country: string | null, knownGroup: string | null = null): Actor {
  return { code, country, knownGroup, roles: [], name: code, text: code, start: 0, end: 0 };
}

/** The span of `words` in the article's Doc text (which must contain them). */
function spanOf(article: Article, words: string): TextSpan {
  const text = createDoc(article).text;
  const start = text.indexOf(words);
  if (start < 0) throw new Error(`"${words}" is not in ${article.id}`);
  return { start, end: start + words.length, text: words };
}

interface EventPlan {
  readonly source: Actor | null;
  readonly target: Actor | null;
  readonly code: string;
  readonly quadClass: 1 | 2 | 3 | 4;
  readonly goldstein: number;
  readonly modality: Modality;
  readonly date: string;
}

function codedEvent(article: Article, n: number, plan: EventPlan): CodedEvent {
  const evidence = spanOf(article, article.paragraphs[0]!.slice(0, 30));
  const record: EventRecord = {
    id: `${article.id}:e${n}`,
    articleId: article.id,
    url: article.url,
    sentenceIndex: 1,
    date: plan.date,
    dateGranularity: 'day',
    publicationDate: article.published,
    source: plan.source,
    target: plan.target,
    code: plan.code,
    rootCode: plan.code.slice(0, 2),
    quadClass: plan.quadClass,
    goldstein: plan.goldstein,
    plover: null,
    modality: plan.modality,
    condition: null,
    speaker: null,
    evidence,
    location: null,
    confidence: 0.8,
    coder: { name: 'contract', version: '1', dictionaries: 'test-1' },
  };
  return { record, trace: { pattern: `test:${plan.code}`, rules: ['hand-made'], verb: evidence } };
}

function quoteRecord(
  article: Article,
  n: number,
  type: QuoteType,
  content: string,
  speaker: Actor | null,
): QuoteRecord {
  return {
    id: `${article.id}:q${n}`,
    articleId: article.id,
    url: article.url,
    date: article.published,
    sentenceIndex: n,
    type,
    content: spanOf(article, content),
    cue: null,
    speaker: null,
    speakerActor: speaker,
    addressee: null,
    addresseeActor: null,
  };
}

const rus = actor('RUS', 'RUS');
const rusGov = actor('RUSGOV', 'RUS');
const rusMil = actor('RUSMIL', 'RUS');
const ukr = actor('UKR', 'UKR');
const ukrGov = actor('UKRGOV', 'UKR');
const ukrMil = actor('UKRMIL', 'UKR');
const nato = actor('IGOWSTNAT', null, 'NAT');
const usaGov = actor('USAGOV', 'USA');
const rebels = actor('---REB', null);

/** Events spread over three articles, in the order they are stored. */
const eventPlans: readonly (readonly EventPlan[])[] = [
  [
    {
      source: rusGov,
      target: ukr,
      code: '173',
      quadClass: 4,
      goldstein: -5,
      modality: 'asserted',
      date: '2021-11-01',
    },
    {
      source: rusMil,
      target: ukrMil,
      code: '190',
      quadClass: 4,
      goldstein: -10,
      modality: 'hypothetical',
      date: '2021-11-03',
    },
    {
      source: nato,
      target: rusGov,
      code: '036',
      quadClass: 1,
      goldstein: 4,
      modality: 'conditional',
      date: '2021-11-18',
    },
    {
      source: rus,
      target: null,
      code: '016',
      quadClass: 2,
      goldstein: -2,
      modality: 'denied',
      date: '2021-11-18',
    },
  ],
  [
    {
      source: usaGov,
      target: rus,
      code: '16',
      quadClass: 3,
      goldstein: -4,
      modality: 'reported',
      date: '2021-11-15',
    },
    {
      source: usaGov,
      target: rusGov,
      code: '161',
      quadClass: 3,
      goldstein: -4,
      modality: 'asserted',
      date: '2021-11-16',
    },
    {
      source: ukrGov,
      target: rus,
      code: '1621',
      quadClass: 3,
      goldstein: -5.6,
      modality: 'asserted',
      date: '2021-11-29',
    },
    {
      source: rusGov,
      target: ukrGov,
      code: '042',
      quadClass: 1,
      goldstein: 1.9,
      modality: 'intended',
      date: '2021-12-06',
    },
  ],
  [
    {
      source: rusGov,
      target: ukrGov,
      code: '043',
      quadClass: 1,
      goldstein: 2.8,
      modality: 'negated',
      date: '2021-12-07',
    },
    {
      source: rusGov,
      target: ukr,
      code: '042',
      quadClass: 1,
      goldstein: 1.9,
      modality: 'asserted',
      date: '2022-01-10',
    },
    {
      source: rebels,
      target: ukrMil,
      code: '190',
      quadClass: 4,
      goldstein: -10,
      modality: 'asserted',
      date: '2022-01-11',
    },
    {
      source: null,
      target: nato,
      code: '0431',
      quadClass: 1,
      goldstein: 2.8,
      modality: 'asserted',
      date: '2021-11-20',
    },
  ],
];

/** Does `filter` select `record`? The meaning of each filter field, spelled out plainly. */
function selects(filter: EventFilter, record: EventRecord, articleIds: readonly string[]): boolean {
  const has = (who: Actor | null, key: string | undefined): boolean =>
    key === undefined || (who !== null && actorKeys(who).includes(key));
  return (
    has(record.source, filter.source) &&
    has(record.target, filter.target) &&
    (filter.code === undefined || record.code.startsWith(filter.code)) &&
    (filter.since === undefined || record.date >= filter.since) &&
    (filter.until === undefined || record.date <= filter.until) &&
    (filter.modality === undefined || filter.modality.includes(record.modality)) &&
    (filter.articleId === undefined || articleIds.includes(record.articleId))
  );
}

/**
 * Registers the store contract as vitest tests. `open` must give a new, empty store each time it is called;
 * the suite closes every store it opens.
 */
export function storeContract(name: string, open: () => Store): void {
  describe(`${name} store`, () => {
    let seed: Article;
    let reuters: Article[];
    const opened: Store[] = [];

    function fresh(): Store {
      const store = open();
      opened.push(store);
      return store;
    }

    beforeAll(async () => {
      [seed] = (await readArticles(readSeedFile(sharedPath('acceptance', 'seed-nato-russia.txt')))) as [
        Article,
      ];
      reuters = await readArticles(readJsonlFile(sharedPath('corpus', 'reuters21578', 'reuters21578.jsonl')));
    });
    afterEach(() => {
      for (const store of opened.splice(0)) store.close();
    });

    /** The seed article with hand-made events, quotes and mentions. */
    function codedSeed(): StoredArticle {
      const mention = (words: string, code: Actor, entry: string): StoredMention => {
        const { start, end, text } = spanOf(seed, words);
        return {
          start,
          end,
          text,
          code: code.code,
          country: code.country,
          knownGroup: code.knownGroup,
          roles: [],
          entry,
        };
      };
      return stored(seed, {
        events: eventPlans[0]!.map((plan, n) => codedEvent(seed, n, plan)),
        quotes: [
          quoteRecord(seed, 0, 'direct', 'We reiterate our long-standing invitation to Russia', nato),
          quoteRecord(
            seed,
            1,
            'indirect',
            'the expansion of the military bloc further eastwards is a red line',
            rusGov,
          ),
          quoteRecord(seed, 2, 'mixed', 'whipping up propaganda', null),
        ],
        mentions: [
          mention('NATO', nato, 'organisation:nato'),
          mention('Maria Zakharova', actor('RUSGOV', 'RUS'), 'person:maria-zakharova'),
        ],
        pipeline: ['sentences@1.0.0', 'tokens@1.0.0', 'actors@0.3.0', 'events@0.2.0'],
        dictionaries: { actors: '2021-11', verbs: '7' },
      });
    }

    /** The three articles that carry `eventPlans`, as stored, in order. */
    function codedThree(): StoredArticle[] {
      const articles = [seed, reuters[100]!, reuters[200]!];
      return articles.map((article, i) =>
        i === 0
          ? codedSeed()
          : stored(article, { events: eventPlans[i]!.map((plan, n) => codedEvent(article, n, plan)) }),
      );
    }

    describe('writing', () => {
      it('gives back an article with its text, sentences, events, quotes, mentions and versions as stored', () => {
        const store = fresh();
        const item = codedSeed();
        expect(store.putBatch([item])).toEqual({
          stored: 1,
          duplicates: 0,
          copies: 0,
          storedIds: [seed.id],
          copyIds: [],
        });
        const back = store.getArticle(seed.id);
        expect(back).toEqual({ ...item, storedAt: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/) });
        expect(back!.article.paragraphs).toHaveLength(10);
        expect(back!.text.slice(back!.mentions[1]!.start, back!.mentions[1]!.end)).toBe('Maria Zakharova');
      });

      it('stores each article once when the same batch is put twice, its events and search entries included', () => {
        const store = fresh();
        const batch = [...codedThree(), ...reuters.slice(300, 600).map((article) => stored(article))];
        const first = store.putBatch(batch);
        expect(first.stored).toBe(303);
        expect(first.duplicates).toBe(0);
        const before = { stats: store.stats(), cocoa: store.search('cocoa').total };
        expect(store.putBatch(batch)).toEqual({
          stored: 0,
          duplicates: 303,
          copies: 0,
          storedIds: [],
          copyIds: [],
        });
        expect({ stats: store.stats(), cocoa: store.search('cocoa').total }).toEqual(before);
        expect(before.stats).toMatchObject({ articles: 303, events: 12, quotes: 3, mentions: 2 });
      });

      it('tells which article ids are already stored', () => {
        const store = fresh();
        const batch = reuters.slice(0, 3).map((article) => stored(article));
        store.putBatch(batch.slice(0, 2));
        const ids = batch.map((item) => item.article.id);
        expect(store.storedIds(ids)).toEqual(new Set(ids.slice(0, 2)));
        expect(store.storedIds([])).toEqual(new Set());
      });

      it('keeps the first version of an article that comes back with other events', () => {
        const store = fresh();
        const firstVersion = codedSeed();
        store.putBatch([firstVersion]);
        const otherEvents = eventPlans[1]!.map((plan, n) => codedEvent(seed, 10 + n, plan));
        const result = store.putBatch([stored(seed, { events: otherEvents, pipeline: ['events@9.9.9'] })]);
        expect(result).toEqual({ stored: 0, duplicates: 1, copies: 0, storedIds: [], copyIds: [] });
        const back = store.getArticle(seed.id)!;
        expect(back.events).toEqual(firstVersion.events);
        expect(back.pipeline).toEqual(firstVersion.pipeline);
        expect(store.getEvent(otherEvents[0]!.record.id)).toBeNull();
        expect(store.stats().events).toBe(firstVersion.events.length);
      });

      it('counts an article that comes twice in one batch as one stored and one duplicate', () => {
        const store = fresh();
        const article = reuters[0]!;
        expect(store.putBatch([stored(article), stored(article)])).toEqual({
          stored: 1,
          duplicates: 1,
          copies: 0,
          storedIds: [article.id],
          copyIds: [],
        });
      });

      it('stores a syndicated copy (the same body under another URL and headline) without its events', () => {
        const store = fresh();
        const original = codedSeed();
        // Another desk's copy: its own URL, headline and dateline, the same story.
        const copy = makeArticle({
          url: 'https://example.org/syndicated/nato-russia',
          title: 'Russia breaks with NATO',
          published: seed.published,
          paragraphs: [`MOSCOW (Wire) - ${seed.paragraphs[0]!}`, ...seed.paragraphs.slice(1)],
        });
        const copyItem = stored(copy, { events: eventPlans[0]!.map((plan, n) => codedEvent(copy, n, plan)) });
        expect(store.putBatch([original, copyItem])).toMatchObject({
          stored: 2,
          copies: 1,
          storedIds: [seed.id, copy.id],
          copyIds: [copy.id],
        });
        expect(store.stats().events).toBe(original.events.length);
        expect(store.getArticle(copy.id)!.events).toEqual([]);
        expect(store.getArticle(copy.id)!.copyOf).toBe(seed.id);
        expect(store.getArticle(seed.id)!.copyOf).toBeUndefined();
        // A later copy, in another batch, is recognised too; a different story is not a copy.
        const later = makeArticle({ ...copy, url: 'https://example.org/later', title: 'Later' });
        expect(store.putBatch([stored(later), stored(reuters[5]!)]).copyIds).toEqual([later.id]);
      });

      it('stores a near copy (a story re-filed with edits) as a copy of its original, but not a story days apart', () => {
        const store = fresh();
        const original = codedSeed();
        const variant = (name: string, paragraphs: readonly string[], days = 0) =>
          makeArticle({
            ...seed,
            url: `https://example.org/${name}`,
            title: `NATO and Russia (${name})`,
            paragraphs: [...paragraphs],
            published: shiftDays(seed.published, days),
          });
        // Another desk's edit two days later: a new headline, the last paragraph cut, a word changed in another.
        const edited = variant(
          'edited',
          seed.paragraphs.slice(0, -1).map((p, i) => (i === 2 ? p.replace(/\bthe\b/, 'a') : p)),
          2,
        );
        expect(articleFingerprint(edited.body)).not.toBe(articleFingerprint(seed.body));
        const editedItem = stored(edited, {
          events: eventPlans[0]!.map((plan, n) => codedEvent(edited, n, plan)),
        });
        expect(store.putBatch([original, editedItem])).toMatchObject({
          stored: 2,
          copies: 1,
          copyIds: [edited.id],
        });
        expect(store.stats()).toMatchObject({ events: original.events.length, copies: 1, nearCopies: 1 });
        const back = store.getArticle(edited.id)!;
        expect(back.copyOf).toBe(seed.id);
        expect(back.copySimilarity).toBeGreaterThanOrEqual(0.8);
        expect(back.copySimilarity).toBeLessThan(1);
        expect(back.events).toEqual([]);
        expect(store.getArticle(seed.id)!.copySimilarity).toBeUndefined();
        // Cut to its first half the day before (an earlier, shorter filing stored after it): every 3-gram is the
        // original's. Half of the story is only a third of both stories' 3-grams, found through a shared band.
        const half = variant('half', seed.paragraphs.slice(0, Math.ceil(seed.paragraphs.length / 2)), -1);
        expect(store.putBatch([stored(half)]).copyIds).toEqual([half.id]);
        expect(store.getArticle(half.id)!.copySimilarity).toBe(1);
        // The edit re-filed again four days after the original, a word changed more: three days from the
        // edit, which it nearly copies, so it is a copy of the original too; word for word a week later, also.
        const again = variant(
          'again',
          edited.paragraphs.map((p, i) => (i === 1 ? p.replace(/\bthe\b/, 'a') : p)),
          4,
        );
        const weekLater = makeArticle({
          ...edited,
          url: 'https://example.org/week-later',
          published: shiftDays(seed.published, 7),
        });
        expect(store.putBatch([stored(again), stored(weekLater)]).copyIds).toEqual([again.id, weekLater.id]);
        for (const copy of [again, weekLater]) expect(store.getArticle(copy.id)!.copyOf).toBe(seed.id);
        // A longer version adds what the original lacks: a story of its own. So is the story cut short a week
        // after anything like it (a daily report with new figures reads much like the last one), and a
        // different story published the same day.
        const addition = reuters.find((article) => article.body.length > seed.body.length)!;
        const longer = variant('longer', [...seed.paragraphs, ...addition.paragraphs]);
        const late = variant('late', seed.paragraphs.slice(1), 12);
        const other = makeArticle({
          ...reuters[7]!,
          url: 'https://example.org/other',
          published: seed.published,
        });
        expect(store.putBatch([stored(longer), stored(late), stored(other)]).copyIds).toEqual([]);
        // The window is three days either side: four days out, a cut of it is an original.
        const store2 = fresh();
        store2.putBatch([codedSeed()]);
        const threeDays = variant('three-days', seed.paragraphs.slice(1), 3);
        const fourDays = variant('four-days', seed.paragraphs.slice(0, -1), -4);
        expect(store2.putBatch([stored(threeDays), stored(fourDays)]).copyIds).toEqual([threeDays.id]);
        // Two real Reuters filings of one story (an earthquake in Japan, re-filed with edits the same day).
        const [first, second] = ['6343', '6397'].map((id) =>
          reuters.find((article) => article.externalId === id)!,
        );
        expect(first!.title).toBe(second!.title);
        const put = store.putBatch([stored(first!), stored(second!)]);
        expect(put.copyIds).toEqual([second!.id]);
        expect(store.getArticle(second!.id)!.copyOf).toBe(first!.id);
        expect(store.getArticle(second!.id)!.copySimilarity).toBeGreaterThan(0.8);
      });

      it('answers which body fingerprints a stored original has, and refuses an unanalysed copy of none', () => {
        const store = fresh();
        const original = codedSeed();
        const print = articleFingerprint(seed.body)!;
        const other = articleFingerprint(reuters[5]!.body)!;
        expect(store.storedFingerprints([print, other])).toEqual(new Set());
        store.putBatch([original]);
        expect(store.storedFingerprints([print, other])).toEqual(new Set([print]));
        // A copy the ingest did not analyse is stored as a copy of the original, without sentences.
        const copy = makeArticle({ ...seed, url: 'https://example.org/copy', title: 'Copy' });
        const unanalysed = { ...stored(copy), sentences: [], mentions: [], unanalysedCopy: true as const };
        expect(store.putBatch([unanalysed]).copyIds).toEqual([copy.id]);
        expect(store.getArticle(copy.id)!.copyOf).toBe(seed.id);
        // One whose original is not stored would lose its events: the batch is refused, and nothing of it stays.
        const stray = makeArticle({ ...reuters[5]!, url: 'https://example.org/stray' });
        const before = store.stats();
        expect(() =>
          store.putBatch([stored(reuters[6]!), { ...stored(stray), unanalysedCopy: true as const }]),
        ).toThrow(/no stored article has its body/);
        expect(store.stats()).toEqual(before);
      });

      it('leaves nothing of a batch that fails midway: no article, event, quote, mention or search entry', () => {
        const store = fresh();
        store.putBatch([stored(reuters[0]!)]);
        const before = store.stats();
        const good = codedSeed();
        const clash = stored(reuters[1]!, {
          events: [{ ...good.events[0]!, record: { ...good.events[0]!.record, articleId: reuters[1]!.id } }],
        });
        expect(() => store.putBatch([good, stored(reuters[2]!), clash])).toThrow();
        expect(store.stats()).toEqual(before);
        expect(store.getArticle(seed.id)).toBeNull();
        expect(store.getArticle(reuters[2]!.id)).toBeNull();
        expect(store.search('"NATO will cooperate"').total).toBe(0);
        expect(store.queryEvents({ source: 'RUS' })).toEqual([]);
        expect(store.putBatch([good]).stored).toBe(1);
        expect(store.search('"NATO will cooperate"').total).toBe(1);
      });

      it('refuses an event filed under another article, with a USAGE error, and stores nothing of its batch', () => {
        const store = fresh();
        const wrong = stored(reuters[5]!, { events: [codedEvent(seed, 0, eventPlans[0]![0]!)] });
        expect(() => store.putBatch([stored(reuters[4]!), wrong])).toThrow(/USAGE: event .* names article/);
        expect(store.stats().articles).toBe(0);
      });
    });

    describe('reading', () => {
      let store: Store;
      beforeAll(() => {
        store = open();
        store.putBatch([
          ...codedThree(),
          ...reuters.filter((a) => a !== reuters[100] && a !== reuters[200]).map((a) => stored(a)),
        ]);
      });
      afterAll(() => store.close());

      describe('search', () => {
        it('finds all words (NATO Russia), a quoted phrase ("red line") and alternatives (Kiev OR Kyiv)', () => {
          expect(store.search('NATO Russia').hits.map((hit) => hit.id)).toEqual([seed.id]);
          const phrase = store.search('"red line"');
          expect(phrase.hits.map((hit) => hit.title)).toContain(seed.title);
          expect(phrase.hits.every((hit) => /\[red line\]/i.test(hit.snippet))).toBe(true);
          expect(store.search('Kiev OR Kyiv').hits.map((hit) => hit.id)).toEqual([seed.id]);
          expect(store.search('kyiv').total).toBe(0);
        });

        it('ranks articles with the words in their title above those with them only in the body', () => {
          const { hits, total } = store.search('cocoa', { limit: 10 });
          expect(total).toBeGreaterThan(50);
          expect(hits.every((hit) => /cocoa/i.test(hit.title))).toBe(true);
          const bodyOnly = store
            .search('cocoa', { limit: 1000 })
            .hits.filter((hit) => !/cocoa/i.test(hit.title));
          expect(bodyOnly.length).toBeGreaterThan(0);
          expect(Math.max(...bodyOnly.map((hit) => hit.rank))).toBeLessThan(hits.at(-1)!.rank);
          expect(hits.every((hit, i) => i === 0 || hit.rank <= hits[i - 1]!.rank)).toBe(true);
        });

        it('ranks a title match first between two articles that differ only in where the word is', () => {
          const own = fresh();
          const body = ['Officials met on Monday.', 'The talks will continue next week in the capital.'];
          const inTitle = makeArticle({
            url: 'https://example.org/1',
            title: 'Zanzibar talks',
            published: '2021-01-01',
            paragraphs: body,
          });
          const inBody = makeArticle({
            url: 'https://example.org/2',
            title: 'Island talks',
            published: '2021-01-01',
            paragraphs: [body[0]!, 'The Zanzibar talks will continue next week.'],
          });
          own.putBatch([stored(inBody), stored(inTitle)]);
          expect(own.search('zanzibar').hits.map((hit) => hit.id)).toEqual([inTitle.id, inBody.id]);
        });

        it('highlights matched terms with the markers the caller chooses', () => {
          const ansi = store.search('Zakharova', { highlight: { open: '\x1b[1m', close: '\x1b[0m' } });
          expect(ansi.hits[0]!.snippet).toContain('\x1b[1mZakharova\x1b[0m');
          const brackets = store.search('Zakharova');
          expect(brackets.hits[0]!.snippet).toContain('[Zakharova]');
          expect(brackets.hits[0]).toMatchObject({
            id: seed.id,
            title: seed.title,
            url: seed.url,
            published: '2021-11-18',
            source: 'europesun.com',
          });
        });

        it('pages through the hits with limit and offset, and counts them all', () => {
          const all = store.search('Iran', { limit: 1000 });
          const page1 = store.search('Iran', { limit: 10 });
          const page2 = store.search('Iran', { limit: 10, offset: 10 });
          expect(page1.total).toBe(all.hits.length);
          expect(page1.hits.map((hit) => hit.id)).toEqual(all.hits.slice(0, 10).map((hit) => hit.id));
          expect(page2.hits.map((hit) => hit.id)).toEqual(all.hits.slice(10, 20).map((hit) => hit.id));
        });

        it('searches words with punctuation as phrases', () => {
          expect(store.search('NATO-Russia').hits.map((hit) => hit.id)).toEqual([seed.id]);
          expect(store.search('U.S. sanctions', { limit: 5 }).hits[0]!.snippet).toMatch(
            /\[U\.S\]|\[sanctions\]/i,
          );
          expect(
            store.search('title:cocoa', { limit: 50 }).hits.every((hit) => /cocoa/i.test(hit.title)),
          ).toBe(true);
        });

        it.each(['"unbalanced', 'AND AND', 'Russia AND', '(NATO', '   '])(
          'answers the malformed query %j with a USAGE error that explains the syntax',
          (query) => {
            expect(() => store.search(query)).toThrow(/^USAGE: the search query .*(not valid|empty)/);
          },
        );
      });

      describe('lookup', () => {
        it('finds an article by full id, by a unique prefix of six hex digits, and by external id', () => {
          const ids = [seed.id, ...reuters.map((article) => article.id)];
          const unique = reuters.find(
            (article) => ids.filter((id) => id.startsWith(article.id.slice(0, 6))).length === 1,
          )!;
          expect(store.getArticle(unique.id)?.article.id).toBe(unique.id);
          expect(store.getArticle(unique.id.slice(0, 6))?.article.title).toBe(unique.title);
          expect(store.getArticle(unique.id.slice(0, 6).toUpperCase())?.article.id).toBe(unique.id);
          expect(store.getArticle('1')?.article).toMatchObject({
            title: 'BAHIA COCOA REVIEW',
            externalId: '1',
          });
          expect(store.getArticle('21578')?.article.title).toBe(
            'AMERICAN EXCHANGE INTRODUCES INSTITUTIONAL INDEX',
          );
        });

        it('lists the candidates of an ambiguous prefix in a USAGE error', () => {
          const ids = [seed.id, ...reuters.map((article) => article.id)].sort();
          const shared = ids.find((id, i) => i > 0 && ids[i - 1]!.slice(0, 6) === id.slice(0, 6))!;
          expect(shared).toBeDefined();
          const prefix = shared.slice(0, 6);
          const candidates = ids.filter((id) => id.startsWith(prefix));
          let error: unknown;
          try {
            store.getArticle(prefix);
          } catch (caught) {
            error = caught;
          }
          expect(error).toMatchObject({ code: 'USAGE', details: { candidates } });
          for (const id of candidates) expect((error as Error).message).toContain(id);
        });

        it('returns null for an id nobody has, and refuses a prefix shorter than six digits', () => {
          expect(store.getArticle('ffffffffffffffffffff')).toBeNull();
          expect(store.getArticle('no-such-external-id')).toBeNull();
          expect(() => store.getArticle('abc12')).toThrow(/USAGE: .*at least 6 hex digits/);
        });
      });

      it('counts articles, events, quotes, mentions, sources, dates, modalities and quad classes', () => {
        expect(store.stats()).toEqual({
          articles: 19_044,
          // Reuters-21578 holds 307 stories a second time under another number (same body, often another title),
          // and 253 re-filed with edits within three days (near copies: cut, corrected, a paragraph added).
          copies: 560,
          nearCopies: 253,
          events: 12,
          quotes: 3,
          mentions: 2,
          sources: 2,
          firstPublished: '1987-02-26',
          lastPublished: '2021-11-18',
          eventsByModality: {
            asserted: 6,
            reported: 1,
            negated: 1,
            conditional: 1,
            hypothetical: 1,
            intended: 1,
            denied: 1,
          },
          eventsByQuadClass: { 1: 5, 2: 1, 3: 3, 4: 3 },
        });
      });

      describe('events', () => {
        const codes = (filter: EventFilter): string[] => store.queryEvents(filter).map((event) => event.code);

        it('matches an actor key by country, by known group, or by a full-code prefix', () => {
          expect(codes({ source: 'RUS' })).toEqual(['173', '190', '016', '042', '043', '042']);
          expect(codes({ source: 'RUSGOV' })).toEqual(['173', '042', '043', '042']);
          expect(codes({ source: 'rusmil' })).toEqual(['190']);
          expect(codes({ source: 'NAT' })).toEqual(['036']);
          expect(codes({ source: 'IGOWST' })).toEqual(['036']);
          expect(codes({ target: 'NAT' })).toEqual(['0431']);
          expect(codes({ source: 'RUS', target: 'UKR' })).toEqual(['173', '190', '042', '043', '042']);
          expect(codes({ source: 'RUSGOV', target: 'UKRGOV' })).toEqual(['042', '043']);
          expect(codes({ target: 'RUS' })).toEqual(['16', '161', '036', '1621']);
          expect(codes({ source: '---', target: 'UKR' })).toEqual(['190']);
        });

        it('matches a code by prefix: 16 finds 16, 161 and 1621, 042 finds 042 only', () => {
          expect(codes({ code: '16' })).toEqual(['16', '161', '1621']);
          expect(codes({ code: '042' })).toEqual(['042', '042']);
          expect(codes({ code: '043' })).toEqual(['0431', '043']);
          expect(codes({ code: '04' })).toEqual(['0431', '042', '043', '042']);
        });

        it('filters by an inclusive date range, modality and article, and follows limit and order', () => {
          expect(
            store.queryEvents({ since: '2021-11-18', until: '2021-11-20' }).map((e) => [e.date, e.code]),
          ).toEqual([
            ['2021-11-18', '036'],
            ['2021-11-18', '016'],
            ['2021-11-20', '0431'],
          ]);
          expect(codes({ since: '20220110' })).toEqual(['042', '190']);
          expect(codes({ modality: ['conditional', 'denied'] })).toEqual(['036', '016']);
          expect(codes({ modality: [] })).toEqual([]);
          expect(codes({ articleId: seed.id.slice(0, 8) })).toEqual(['173', '190', '036', '016']);
          expect(codes({ articleId: 'ffffffffffff' })).toEqual([]);
          expect(codes({ source: 'RUS', limit: 2 })).toEqual(['173', '190']);
          expect(codes({ source: 'RUS', target: 'UKR', order: 'desc', limit: 2 })).toEqual(['042', '043']);
        });

        it('returns the events a plain reading of the filter selects, for any filter', () => {
          const items = codedThree();
          const records = items.flatMap((item) => item.events.map((event) => event.record));
          const keys = [
            'RUS',
            'RUSGOV',
            'RUSMIL',
            'UKR',
            'UKRGOV',
            'NAT',
            'IGO',
            'IGOWSTNAT',
            'USA',
            '---',
            'XYZ',
          ];
          const days = ['2021-11-01', '2021-11-16', '2021-11-18', '2021-11-30', '2021-12-07', '2022-01-11'];
          fc.assert(
            fc.property(
              fc.record(
                {
                  source: fc.constantFrom(...keys),
                  target: fc.constantFrom(...keys),
                  code: fc.constantFrom(
                    '0',
                    '01',
                    '016',
                    '03',
                    '04',
                    '042',
                    '043',
                    '16',
                    '1621',
                    '17',
                    '19',
                    '190',
                  ),
                  since: fc.constantFrom(...days),
                  until: fc.constantFrom(...days),
                  modality: fc.subarray([...MODALITIES]),
                  article: fc.nat(2),
                  limit: fc.integer({ min: 1, max: 6 }),
                  order: fc.constantFrom('asc' as const, 'desc' as const),
                },
                { requiredKeys: [] },
              ),
              ({ article, ...rest }) => {
                if (rest.since !== undefined && rest.until !== undefined && rest.since > rest.until) return;
                const filter: EventFilter = {
                  ...rest,
                  ...(article !== undefined ? { articleId: items[article]!.article.id } : {}),
                };
                const byDate = records
                  .map((record, index) => ({ record, index }))
                  .filter(({ record }) => selects(filter, record, filter.articleId ? [filter.articleId] : []))
                  .sort((a, b) =>
                    a.record.date < b.record.date
                      ? -1
                      : a.record.date > b.record.date
                        ? 1
                        : a.index - b.index,
                  );
                if (filter.order === 'desc') byDate.reverse();
                const expected = byDate.slice(0, filter.limit ?? Infinity).map(({ record }) => record.id);
                expect(store.queryEvents(filter).map((record) => record.id)).toEqual(expected);
              },
            ),
            { numRuns: 300 },
          );
        });

        it('gets one event with its trace and the text of its article', () => {
          const item = codedSeed();
          const [conditional] = store.queryEvents({ modality: ['conditional'] });
          expect(store.getEvent(conditional!.id)).toEqual({
            record: item.events[2]!.record,
            trace: item.events[2]!.trace,
            article: { id: seed.id, title: seed.title, text: item.text, published: '2021-11-18' },
          });
          expect(store.getEvent('no-such-event')).toBeNull();
        });

        it.each<[string, EventFilter]>([
          ['an actor key that is not whole 3-letter parts', { source: 'RUSG' }],
          ['a code that is not 1 to 4 digits', { code: '16a' }],
          ['an impossible date', { since: '2021-02-30' }],
          ['a range that ends before it starts', { since: '2022-01-01', until: '2021-01-01' }],
          ['an unknown modality', { modality: ['certain' as Modality] }],
          ['a limit of zero', { limit: 0 }],
        ])('refuses %s with a USAGE error', (_case, filter) => {
          expect(() => store.queryEvents(filter)).toThrow(/^USAGE: /);
        });
      });

      it('finds quotes by the speaker key, date and article', () => {
        const speakers = (filter: Parameters<Store['queryQuotes']>[0]): (string | null)[] =>
          store.queryQuotes(filter).map((quote) => quote.speakerActor?.code ?? null);
        expect(speakers({ speaker: 'RUS' })).toEqual(['RUSGOV']);
        expect(speakers({ speaker: 'NAT' })).toEqual(['IGOWSTNAT']);
        expect(speakers({ speaker: 'IGO' })).toEqual(['IGOWSTNAT']);
        expect(speakers({ speaker: 'USA' })).toEqual([]);
        expect(speakers({ articleId: seed.id })).toEqual(['IGOWSTNAT', 'RUSGOV', null]);
        expect(speakers({ since: '2021-11-18', until: '2021-11-18', limit: 2 })).toEqual([
          'IGOWSTNAT',
          'RUSGOV',
        ]);
        expect(speakers({ until: '2021-11-17' })).toEqual([]);
        expect(store.queryQuotes({ speaker: 'RUS' })[0]).toEqual(codedSeed().quotes[1]);
        expect(() => store.queryQuotes({ speaker: 'Maria Zakharova' })).toThrow(/^USAGE: /);
      });

      it('sums a dyad per day, week and month, with Goldstein totals and quad classes, filling empty periods', () => {
        const months = store.dyadSeries({ source: 'RUS', target: 'UKR', granularity: 'month' });
        expect(months.map(({ period, events, byQuadClass }) => ({ period, events, byQuadClass }))).toEqual([
          { period: '2021-11-01', events: 2, byQuadClass: { 1: 0, 2: 0, 3: 0, 4: 2 } },
          { period: '2021-12-01', events: 2, byQuadClass: { 1: 2, 2: 0, 3: 0, 4: 0 } },
          { period: '2022-01-01', events: 1, byQuadClass: { 1: 1, 2: 0, 3: 0, 4: 0 } },
        ]);
        expect(months[0]).toMatchObject({ goldsteinSum: -15, goldsteinMean: -7.5 });
        expect(months[1]!.goldsteinSum).toBeCloseTo(4.7);

        const weeks = store.dyadSeries({ source: 'RUS', target: 'UKR', granularity: 'week' });
        expect(weeks.map((week) => week.period)).toEqual([
          '2021-11-01',
          '2021-11-08',
          '2021-11-15',
          '2021-11-22',
          '2021-11-29',
          '2021-12-06',
          '2021-12-13',
          '2021-12-20',
          '2021-12-27',
          '2022-01-03',
          '2022-01-10',
        ]);
        expect(weeks.map((week) => week.events)).toEqual([2, 0, 0, 0, 0, 2, 0, 0, 0, 0, 1]);
        expect(weeks[1]).toEqual({
          period: '2021-11-08',
          events: 0,
          goldsteinSum: 0,
          goldsteinMean: 0,
          byQuadClass: { 1: 0, 2: 0, 3: 0, 4: 0 },
        });

        const days = store.dyadSeries({
          source: 'RUS',
          target: 'UKR',
          granularity: 'day',
          since: '2021-11-02',
          until: '2021-12-06',
        });
        expect(days).toHaveLength(34);
        expect(days[0]).toMatchObject({ period: '2021-11-03', events: 1, goldsteinSum: -10 });
        expect(days.at(-1)).toMatchObject({ period: '2021-12-06', events: 1 });

        const asserted = store.dyadSeries({
          source: 'RUS',
          target: 'UKR',
          granularity: 'month',
          modality: ['asserted'],
        });
        expect(asserted.map((month) => [month.period, month.events])).toEqual([
          ['2021-11-01', 1],
          ['2021-12-01', 0],
          ['2022-01-01', 1],
        ]);
        expect(
          store.dyadSeries({ source: 'UKR', target: 'RUS', granularity: 'month' }).map((m) => m.events),
        ).toEqual([1]);
        expect(() =>
          store.dyadSeries({ source: 'RUS', target: 'UKR', granularity: 'year' as 'month' }),
        ).toThrow(/^USAGE: /);
      });
    });
  });
}
