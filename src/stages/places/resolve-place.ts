import type { CityCandidate, GazetteerCity } from './gazetteer.js';
import type { RegionRef } from './place-context.js';
import { isCapital } from './rank-cities.js';

/** A city big enough that an unqualified mention means it: a national capital or a city of a million. */
export function isWorldCity(city: GazetteerCity): boolean {
  return isCapital(city) || city.population >= 1_000_000;
}

/**
 * Two candidates in different countries are too close to choose between without a hint when the second has
 * at least this fraction of the first's population (Valencia, Venezuela 1.6M and Valencia, Spain 0.8M; but
 * not Geneva, Illinois 22k beside Genève 184k).
 */
const CLOSE_RANK_RATIO = 0.4;
/**
 * A candidate in a country the article names gives way to the best candidate only when the best is this many
 * times as widely known (GeoNames' count of its names): Genève (48 names) against Geneva, Illinois (11) in
 * an article that names the United States, Paris (108) against Paris, Texas (11); but not Libya's Tripoli
 * (72) against Lebanon's (44) in an article that names Lebanon.
 */
const NOTABILITY_RATIO = 2.5;

/**
 * True when GeoNames files the city under the region. Only US admin1 codes are the ISO 3166-2 codes
 * ("GA"); elsewhere GeoNames numbers regions its own way ("Portland, Oregon" is told from Portland, Maine,
 * but a Canadian city only by its country).
 */
function isInRegion(city: GazetteerCity, region: RegionRef): boolean {
  return city.country === 'USA' && region.country === 'USA' && region.code === `US-${city.admin1}`;
}

/**
 * Is a candidate in a named country found only under an alternate name, against a best candidate as widely known
 * under its own? GeoNames lists "Venice" among Dayton, Ohio's names (27 names; Venice, Italy has 64): an
 * article that names the United States ("Kohl will go to Venice", "the Venice meeting") means Italy's.
 */
function isLesserAlternate(hinted: CityCandidate, best: CityCandidate): boolean {
  return hinted.via === 'alternate' && best.via === 'name' && best.city.nameCount >= hinted.city.nameCount;
}

export type CityChoice =
  | { readonly kind: 'chosen'; readonly candidate: CityCandidate; readonly hinted: boolean }
  | { readonly kind: 'ambiguous'; readonly candidates: readonly CityCandidate[] };

/** The countries an article names: near the name in question, and anywhere. */
export interface CountryHints {
  readonly near: ReadonlySet<string>;
  readonly anywhere: ReadonlySet<string>;
}

/**
 * Picks the city a name means, from candidates ranked best first.
 *
 * - `inCountry`: the text says which country ("Victoria, Seychelles"): the best candidate there, if any.
 * - `inRegions`: the text names a region ("Atlanta, Georgia", "Portland, Oregon"): the best candidate in
 *   that region (by GeoNames' admin1 code, which for US states is the ISO code) or else in its country.
 * - Otherwise a candidate in a country the article names is preferred (`hinted`; a country named near the
 *   name first), unless the best candidate is far more widely known (see `NOTABILITY_RATIO`).
 * - Without a hint, two comparable candidates in different countries are ambiguous unless the best is a
 *   national capital ("Valencia" is; "Tripoli" is Libya's capital before Lebanon's Tripoli).
 */
export function chooseCity(
  candidates: readonly CityCandidate[],
  hints: CountryHints,
  inCountry?: string,
  inRegions?: readonly RegionRef[],
): CityChoice {
  const best = candidates[0];
  if (best === undefined) return { kind: 'ambiguous', candidates };
  if (inCountry !== undefined) {
    const there = candidates.find((candidate) => candidate.city.country === inCountry);
    if (there) return { kind: 'chosen', candidate: there, hinted: true };
  }
  if (inRegions !== undefined) {
    const there =
      candidates.find((candidate) => inRegions.some((region) => isInRegion(candidate.city, region))) ??
      candidates.find((candidate) => inRegions.some((region) => region.country === candidate.city.country));
    if (there) return { kind: 'chosen', candidate: there, hinted: true };
  }
  const hinted =
    candidates.find((candidate) => hints.near.has(candidate.city.country)) ??
    candidates.find((candidate) => hints.anywhere.has(candidate.city.country));
  if (hinted !== undefined) {
    if (
      hinted !== best &&
      (best.city.nameCount >= NOTABILITY_RATIO * Math.max(1, hinted.city.nameCount) ||
        isLesserAlternate(hinted, best))
    ) {
      return { kind: 'chosen', candidate: best, hinted: false };
    }
    return { kind: 'chosen', candidate: hinted, hinted: true };
  }
  const rival = candidates.find((candidate) => candidate.city.country !== best.city.country);
  if (
    rival !== undefined &&
    !isCapital(best.city) &&
    rival.city.population >= CLOSE_RANK_RATIO * best.city.population
  ) {
    return { kind: 'ambiguous', candidates: [best, rival] };
  }
  return { kind: 'chosen', candidate: best, hinted: false };
}
