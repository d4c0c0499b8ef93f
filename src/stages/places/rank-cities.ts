/** How a city was found: under its own name (or ASCII name), or under one of its alternate names. */
export type CityMatch = 'name' | 'alternate';

/** The facts a ranking needs about a city. */
export interface RankedCity {
  readonly geonameId: number;
  readonly population: number;
  readonly featureCode: string;
}

/**
 * An alternate spelling is weaker evidence than a city's own name: "Odessa" is first Odesa, Ukraine (1.0M,
 * counted 0.25M) and then Odessa, Texas (0.12M), but "Nisa" is not Nice before Niš.
 */
const ALTERNATE_WEIGHT = 0.25;
/** GeoNames sometimes gives a section of a city (`PPLX`) the whole city's population. */
const SECTION_WEIGHT = 0.1;
/** National capitals and seats of government (The Hague, La Paz). */
const CAPITAL_CODES: ReadonlySet<string> = new Set(['PPLC', 'PPLG']);

/** True for a national capital or seat of government. */
export function isCapital(city: { readonly featureCode: string }): boolean {
  return CAPITAL_CODES.has(city.featureCode);
}

/** The weight by which candidates for one name are ordered: population, discounted as above. */
export function cityRankScore(city: RankedCity, via: CityMatch): number {
  return (
    city.population *
    (via === 'alternate' ? ALTERNATE_WEIGHT : 1) *
    (city.featureCode === 'PPLX' ? SECTION_WEIGHT : 1)
  );
}

/** Orders candidates best first: by rank score, then capital first among equals, then by GeoNames id. */
export function compareCityCandidates(
  a: { readonly city: RankedCity; readonly via: CityMatch },
  b: { readonly city: RankedCity; readonly via: CityMatch },
): number {
  const byScore = cityRankScore(b.city, b.via) - cityRankScore(a.city, a.via);
  if (byScore !== 0) return byScore;
  const byCapital = Number(isCapital(b.city)) - Number(isCapital(a.city));
  return byCapital !== 0 ? byCapital : a.city.geonameId - b.city.geonameId;
}
