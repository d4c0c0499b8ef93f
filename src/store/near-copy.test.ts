import { beforeAll, describe, expect, it } from 'vitest';
import { sharedPath } from '../../test/shared-data.js';
import type { Article } from '../readers/article.js';
import { readJsonlFile } from '../readers/jsonl-reader.js';
import { articleFingerprint } from './fingerprint.js';
import { NEAR_BANDS, nearKeys, shingles, similarity } from './near-copy.js';

/** Reuters-21578 stories by their Reuters id. */
let byId: Map<string, Article>;
beforeAll(async () => {
  byId = new Map();
  for await (const item of readJsonlFile(sharedPath('corpus', 'reuters21578', 'reuters21578.jsonl')))
    if (item.kind === 'article' && item.article.externalId) byId.set(item.article.externalId, item.article);
});

const body = (id: string) => byId.get(id)!.body;
const shared = (a: string, b: string) => similarity(shingles(body(a))!, shingles(body(b))!);
const sharesBand = (a: string, b: string) =>
  nearKeys(body(a))!.some((key) => nearKeys(body(b))!.includes(key));

describe('near copies', () => {
  // Pairs of Reuters filings of one story under one headline, edited between filings (not exact copies).
  const refiled = [
    ['6343', '6397'], // JAPAN EARTHQUAKE KILLS ONE, CUTS PHONE LINES
    ['14881', '14912'], // JAPAN GIVEN LITTLE HOPE OF AVOIDING U.S. SANCTIONS
    ['13056', '13074'], // IRAQ SAYS ITS FORCES SINK THREE IRANIAN VESSELS
  ] as const;

  it('finds a re-filed story: most of its word 3-grams shared, and a band of its signature', () => {
    for (const [a, b] of refiled) {
      expect(byId.get(a)!.title).toBe(byId.get(b)!.title);
      expect(articleFingerprint(body(a))).not.toBe(articleFingerprint(body(b)));
      expect(shared(a, b)).toBeGreaterThanOrEqual(0.8);
      expect(sharesBand(a, b)).toBe(true);
    }
  });

  it('keeps different stories apart, even on one subject', () => {
    // Two stories of earthquakes in Japan a fortnight apart, and a story of the Iran-Iraq war.
    expect(shared('6343', '13541')).toBeLessThan(0.1);
    expect(shared('13056', '6343')).toBeLessThan(0.05);
    expect(sharesBand('6343', '13541')).toBe(false);
    const first = [...byId.keys()].slice(0, 200).filter((id) => nearKeys(body(id)) !== null);
    let close = 0;
    for (let i = 0; i + 1 < first.length; i++) if (shared(first[i]!, first[i + 1]!) >= 0.8) close++;
    expect(close).toBe(0);
  });

  it('gives a fixed number of band keys, the same in every run, and none for a body too short to tell', () => {
    const keys = nearKeys(body('6343'))!;
    expect(keys).toHaveLength(NEAR_BANDS);
    expect(nearKeys(body('6343'))).toEqual(keys);
    // Band b's key lies in [b * 2^32, (b + 1) * 2^32): bands never collide with each other.
    keys.forEach((key, band) => expect(Math.floor(key / 2 ** 32)).toBe(band));
    expect(nearKeys('Shr 10 cts vs nine cts. Net 1.2 mln vs 1.1 mln.')).toBeNull();
  });

  it('reads past the dateline, case and punctuation: a copy from another desk is the same story', () => {
    const story = body('6343');
    expect(story.startsWith('TOKYO, May 18 - ')).toBe(true);
    const otherDesk = `OSAKA, March 18 - ${story.slice('TOKYO, May 18 - '.length).toUpperCase()}`;
    expect(similarity(shingles(story)!, shingles(otherDesk)!)).toBe(1);
  });
});
