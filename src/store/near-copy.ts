import { storyWords } from './fingerprint.js';

/**
 * Near copies: a story another desk re-filed with a new headline, a paragraph cut, a figure corrected. The
 * exact fingerprint (`articleFingerprint`) misses them, and each would count its events again.
 *
 * A body is compared by its word 3-grams (shingles). MinHash estimates the share of shingles two bodies have
 * in common (their Jaccard similarity) from a short signature, and locality-sensitive hashing over bands of the
 * signature finds the stored bodies worth comparing without reading them all; a candidate is then compared
 * exactly, shingle by shingle. Written here because npm's MinHash packages do not fit: `minhash` (0.0.9)
 * re-hashes the string once per permutation and multiplies 32-bit values in doubles beyond 2^53, losing bits.
 *
 * The keys are stored (`article_near_keys`): changing the bands, the hash family or `storyWords` makes new keys
 * miss the stored ones, so such a change needs a migration that computes every stored key again.
 *
 * Only English-like text is read well: words are what `storyWords` splits on spaces and punctuation, so a
 * script written without spaces (Chinese) is a few long "words", and its near copies are rarely found.
 */

/**
 * Bands of the signature, and hashes per band: bodies at 0.8 Jaccard similarity share a band 99.7% of the time
 * (1 - (1 - 0.8^3)^8), at 0.9 all but certainly, at 0.3 one time in five (then compared and found apart). A
 * story cut to two thirds of its length is at 0.67 with its original, found 93% of the time.
 */
export const NEAR_BANDS = 8;
const ROWS = 3;
const HASHES = NEAR_BANDS * ROWS;

/**
 * A near copy has at least this share of its shingles in the original (`containedIn`): a story cut short has
 * all of them, a re-filing with a figure corrected nearly all. A longer version of a stored story is not a copy
 * of it: what it adds would be lost.
 */
export const NEAR_COPY_SHARE = 0.8;
/** And was published within this many days of it: a daily report filled with new figures is a new story. */
export const NEAR_COPY_DAYS = 3;

// Odd multipliers and offsets of the hash family h_i(x) = a_i * x + b_i (mod 2^32), from a fixed generator so that
// signatures stored by one run are comparable with the next.
const MULTIPLIERS = new Int32Array(HASHES);
const OFFSETS = new Int32Array(HASHES);
{
  let state = 0x9e3779b9;
  const next = () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return (t ^ (t >>> 14)) | 0;
  };
  for (let i = 0; i < HASHES; i++) {
    MULTIPLIERS[i] = next() | 1;
    OFFSETS[i] = next();
  }
}

/** A 32-bit finaliser (murmur3's fmix32): spreads every input bit over the output. */
function mix(x: number): number {
  x ^= x >>> 16;
  x = Math.imul(x, 0x85ebca6b);
  x ^= x >>> 13;
  x = Math.imul(x, 0xc2b2ae35);
  return (x ^ (x >>> 16)) >>> 0;
}

/** FNV-1a of a word, 32 bits. */
function wordHash(word: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < word.length; i++) h = Math.imul(h ^ word.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** The hashed word 3-grams of a body (dateline, case and punctuation aside); `null` for a body too short to tell. */
export function shingles(body: string): Set<number> | null {
  const words = storyWords(body);
  if (words === null) return null;
  const hashes = words.split(' ').map(wordHash);
  const set = new Set<number>();
  for (let i = 0; i + 2 < hashes.length; i++) {
    set.add(mix(Math.imul(hashes[i]!, 0x01000193) ^ Math.imul(hashes[i + 1]!, 0x5bd1e995) ^ hashes[i + 2]!));
  }
  return set;
}

/** The exact Jaccard similarity of two shingle sets: shared shingles over all shingles of both. */
export function similarity(a: ReadonlySet<number>, b: ReadonlySet<number>): number {
  const shared = sharedCount(a, b);
  const union = a.size + b.size - shared;
  return union === 0 ? 0 : shared / union;
}

/** The share of `copy`'s shingles that `original` has too. */
export function containedIn(copy: ReadonlySet<number>, original: ReadonlySet<number>): number {
  return copy.size === 0 ? 0 : sharedCount(copy, original) / copy.size;
}

function sharedCount(a: ReadonlySet<number>, b: ReadonlySet<number>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let shared = 0;
  for (const shingle of small) if (large.has(shingle)) shared++;
  return shared;
}

/**
 * The band keys of a body's MinHash signature: one integer per band (its index times 2^32 plus a hash of its
 * values), which two bodies share when that band of their signatures is equal. `null` for a short body.
 */
export function nearKeys(body: string): number[] | null {
  const set = shingles(body);
  if (set === null || set.size === 0) return null;
  const minimum = new Uint32Array(HASHES).fill(0xffffffff);
  for (const shingle of set) {
    for (let i = 0; i < HASHES; i++) {
      // An odd multiplier and an offset, modulo 2^32, permute the (already mixed) shingle hashes.
      const h = (Math.imul(MULTIPLIERS[i]!, shingle) + OFFSETS[i]!) >>> 0;
      if (h < minimum[i]!) minimum[i] = h;
    }
  }
  const keys: number[] = [];
  for (let band = 0; band < NEAR_BANDS; band++) {
    let h = band;
    for (let row = 0; row < ROWS; row++) h = mix(Math.imul(h, 0x01000193) ^ minimum[band * ROWS + row]!);
    keys.push(band * 2 ** 32 + h);
  }
  return keys;
}
