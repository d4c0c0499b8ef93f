import { layer, type Doc } from '../../doc/doc.js';
import type { Place, Sentence, Token } from '../../doc/layers.js';
import type { Diagnostic, Stage } from '../../pipeline/stage.js';
import type {
  AmbiguousName,
  CityCandidate,
  CityMatch,
  Gazetteer,
  GazetteerCountry,
  GazetteerRegion,
} from './gazetteer.js';
import {
  CALENDAR_WORDS,
  LONGER_NAME_LINKS,
  NAME_CONNECTORS,
  REGION_NOUNS,
  TITLES_AFTER_PLACE,
} from './locative-cues.js';
import {
  isDatelineHere,
  isEventNoun,
  isLocativePossessive,
  placeContext,
  type ContextView,
  type NameSpan,
  type PlaceContext,
} from './place-context.js';
import { isCapital } from './rank-cities.js';
import { chooseCity, isWorldCity, type CountryHints } from './resolve-place.js';

export interface PlacesStageOptions {
  readonly gazetteer: Gazetteer;
}

const STAGE = 'places';
const VERSION = '1.1.0';
/** Words a place name may have: "Ho Chi Minh City", "Bosnia and Herzegovina", "Saint Kitts and Nevis". */
const MAX_NAME_WORDS = 5;
/** Tokens a place name may span, counting hyphens and periods ("Port-au-Prince", "St. Petersburg"). */
const MAX_NAME_TOKENS = 9;

/** A name found in the text: its tokens, its surface and what the gazetteer files under it. */
interface FoundName extends NameSpan {
  readonly start: number;
  readonly stop: number;
  readonly surface: string;
}

function isCapitalised(token: Token): boolean {
  const first = token.text.charCodeAt(0);
  // ASCII first: this runs on every token of every article.
  if (first < 128) return first >= 65 && first <= 90;
  return /^\p{Lu}/u.test(token.text);
}

/** Every name starts with a capital or ends in "-based" (see findNameAt); most tokens start none. */
function mayStartName(token: Token): boolean {
  return isCapitalised(token) || token.lower.endsWith('-based');
}

function isJoiner(token: Token): boolean {
  return token.text === '-' || token.text === '.' || token.text === "'" || token.text === '’';
}

/**
 * Whether a weak cue is enough for a city that is not a world city, taken under its own name:
 * - a possessive, a title, a site or an event ("Howard's predecessor", "Dome's restructuring", "the Venice summit"):
 *   a city of 100,000 or more in a country the article names;
 * - "from" ("questions from Wright", "maize from Nantes"): a city of 100,000 or more;
 * - "of" after a place noun ("the outskirts of Irpin"): a city of 100,000 or more, or one in a named country.
 */
function weakCueHolds(context: PlaceContext, hinted: boolean, via: CityMatch, population: number): boolean {
  if (via !== 'name') return false;
  const sizeable = population >= 100_000;
  if (context.cue === 'from') return sizeable;
  if (context.cue === 'of' || context.cue === 'of-people') return sizeable || hinted;
  return hinted && sizeable;
}

/**
 * A paragraph in title case or capitals ("Troops Mass Near Ukraine Border"): there, a capitalised word
 * next to a name says nothing about the name.
 */
function isShouting(tokens: readonly Token[], from: number, to: number): boolean {
  let words = 0;
  let capitalised = 0;
  for (let k = from; k < to; k++) {
    const token = tokens[k]!;
    if (token.kind !== 'word' && !/^\p{L}/u.test(token.text)) continue;
    words += 1;
    if (isCapitalised(token)) capitalised += 1;
  }
  return words >= 3 && capitalised / words >= 0.6;
}

/**
 * Creates the `places` stage: place names → country and coordinates from the gazetteer.
 *
 * It reads capitalised token sequences (longest match first, up to five words) that the gazetteer knows as
 * a country or a city, and keeps them only where the context says they are places (see `placeContext`):
 * "Nice weather", "Mobile phones" and "Jackson said" are not places; "talks in Geneva", "from its Brussels
 * headquarters", "Kyiv's mayor" and the dateline `KYIV, Nov 18 (Reuters) -` are. A name inside a longer
 * proper name ("Lake Victoria", "the Washington Post") is not a place.
 *
 * A city name picks the most populous candidate, but a candidate in a country the article names comes first
 * (see `chooseCity`). A first-level region ("in Alaska", "in the Donetsk region", "Punjab, Pakistan") is a
 * place where no country or city of the name is meant (see `judge`). Names that are also words, regions or people ("Nice", "Victoria", "Jackson") need a
 * strong cue and support from the article. Names it skips as ambiguous become diagnostics.
 */
export function createPlacesStage(options: PlacesStageOptions): Stage<'places'> {
  const { gazetteer } = options;

  function run(doc: Doc): { layer: readonly Place[]; diagnostics: readonly Diagnostic[] } {
    const tokens = layer(doc, 'tokens');
    const sentences = layer(doc, 'sentences');
    const text = doc.text;
    const places: Place[] = [];
    const diagnostics: Diagnostic[] = [];

    const adjacent = (a: Token, b: Token): boolean =>
      b.start === a.end || (b.start === a.end + 1 && text.charCodeAt(a.end) === 32);

    /** The longest name starting at token `first` that the gazetteer knows, within its sentence. */
    const names = new Map<number, FoundName | undefined>();
    const nameAt = (first: number, limit: number): FoundName | undefined => {
      if (!names.has(first)) names.set(first, findNameAt(first, limit));
      return names.get(first);
    };
    const findNameAt = (first: number, limit: number): FoundName | undefined => {
      const head = tokens[first]!;
      const based = head.lower.endsWith('-based') ? /^(\p{Lu}[\p{L}.'’]*)-based$/iu.exec(head.text) : null;
      if (based) {
        const surface = based[1]!;
        if (gazetteer.has(surface)) {
          return {
            first,
            end: first + 1,
            based: true,
            start: head.start,
            stop: head.start + surface.length,
            surface,
          };
        }
        return undefined;
      }
      if (!isCapitalised(head) || CALENDAR_WORDS.has(head.lower) || !gazetteer.startsName(head.text))
        return undefined;
      const ends: number[] = [];
      let words = 0;
      for (let k = first; k < Math.min(limit, first + MAX_NAME_TOKENS); k++) {
        const token = tokens[k]!;
        if (k > first && !adjacent(tokens[k - 1]!, token)) break;
        if (isCapitalised(token)) {
          words += 1;
          if (words > MAX_NAME_WORDS) break;
          ends.push(k + 1);
        } else if (k > first && NAME_CONNECTORS.has(token.text)) {
          words += 1;
        } else if (!(k > first && isJoiner(token))) {
          break;
        }
      }
      for (let i = ends.length - 1; i >= 0; i--) {
        const end = ends[i]!;
        const surface = text.slice(head.start, tokens[end - 1]!.end);
        if (gazetteer.has(surface)) {
          return { first, end, based: false, start: head.start, stop: tokens[end - 1]!.end, surface };
        }
      }
      return undefined;
    };

    // Countries the article names, by name or demonym (never by a name that is also a word, region or
    // person), sentence by sentence.
    const namedCountries = new Set<string>();
    // Countries of the names that are one region and nothing else ("Idaho"): they decide between regions
    // of one name ("in Maryland, Idaho and the District of Columbia": not Maryland County, Liberia).
    const regionCountries = new Set<string>();
    const namedIn = sentences.map((sentence) => {
      const named = new Set<string>();
      for (let k = sentence.tokenStart; k < sentence.tokenEnd; k++) {
        if (!mayStartName(tokens[k]!)) continue;
        const demonym = gazetteer.countriesByDemonym(tokens[k]!.text);
        if (isCapitalised(tokens[k]!) && demonym.length === 1) named.add(demonym[0]!.code);
        const name = nameAt(k, sentence.tokenEnd);
        if (name === undefined) continue;
        const countries = gazetteer.countries(name.surface);
        if (countries.length === 1 && gazetteer.ambiguity(name.surface) === undefined)
          named.add(countries[0]!.code);
        const regions = countries.length === 0 ? gazetteer.regions(name.surface) : [];
        if (regions.length === 1) regionCountries.add(regions[0]!.country);
        k = name.end - 1;
      }
      for (const code of named) namedCountries.add(code);
      return named;
    });
    // A sentence's hints are asked for by each of its names, and twice for a name that is a region too.
    const hints = new Map<number, CountryHints>();
    const hintsFor = (sentence: number): CountryHints => {
      let found = hints.get(sentence);
      if (found === undefined) {
        found = {
          near: new Set([
            ...(namedIn[sentence - 1] ?? []),
            ...(namedIn[sentence] ?? []),
            ...(namedIn[sentence + 1] ?? []),
          ]),
          anywhere: namedCountries,
        };
        hints.set(sentence, found);
      }
      return found;
    };

    const firstBody = tokens.findIndex((token) => token.paragraph >= 1);
    const firstBodyToken = firstBody >= 0 && tokens[firstBody]!.paragraph === 1 ? firstBody : -1;
    const acceptedEnds = new Map<number, PlaceContext>();
    // The place of the wire dateline, once read: what "here" means in the story (see `isDatelineHere`).
    let dateline: Place | undefined;

    const skip = (name: FoundName, rule: string, message: string): void => {
      diagnostics.push({ stage: STAGE, rule, message, start: name.start, end: name.stop });
    };
    const accept = (
      name: FoundName,
      sentence: number,
      found: Omit<Place, 'start' | 'end' | 'sentence' | 'cue'>,
      context: PlaceContext,
    ): void => {
      places.push({ start: name.start, end: name.stop, sentence, ...found, cue: context.cue });
    };
    const countryPlace = (country: GazetteerCountry): Omit<Place, 'start' | 'end' | 'sentence' | 'cue'> => ({
      name: country.name,
      country: country.code,
      lat: country.lat,
      lon: country.lon,
      entry: `country:${country.code}`,
    });

    for (const sentence of sentences) {
      const shouting = isShouting(tokens, sentence.tokenStart, sentence.tokenEnd);
      const view: ContextView = {
        tokens,
        sentenceStart: sentence.tokenStart,
        sentenceEnd: sentence.tokenEnd,
        firstBodyToken,
        isDemonym: (word) => /^\p{Lu}/u.test(word) && gazetteer.countriesByDemonym(word).length > 0,
        countryNameAt: (token) => {
          const name = token < sentence.tokenEnd ? nameAt(token, sentence.tokenEnd) : undefined;
          const countries = name ? gazetteer.countries(name.surface) : [];
          return name && countries.length === 1 ? { code: countries[0]!.code, end: name.end } : undefined;
        },
        regionNameAt: (token) => {
          const name = token < sentence.tokenEnd ? nameAt(token, sentence.tokenEnd) : undefined;
          const regions = name ? gazetteer.regions(name.surface) : [];
          return name && regions.length > 0 ? { regions, end: name.end } : undefined;
        },
        placeEndingAt: (token) => acceptedEnds.get(token),
      };
      for (let k = sentence.tokenStart; k < sentence.tokenEnd; k++) {
        if (dateline !== undefined && isDatelineHere(view, k)) {
          const { start, end } = tokens[k]!;
          places.push({ ...dateline, start, end, sentence: sentence.index, cue: 'locative' });
          continue;
        }
        if (!mayStartName(tokens[k]!)) continue;
        const name = nameAt(k, sentence.tokenEnd);
        if (name === undefined) continue;
        k = name.end - 1;
        const accepted = judge(sentence, name, view, shouting);
        if (accepted === undefined) continue;
        if (accepted.cue === 'dateline') dateline = places[places.length - 1];
        acceptedEnds.set(name.end, accepted);
        // "Victoria, Seychelles", "KYIV, Ukraine (AP) -", "Atlanta, Georgia", "Punjab, India": the country or
        // region qualifies the place; it is no place of its own.
        const place = places[places.length - 1]!;
        if (!place.entry.startsWith('country:') && tokens[name.end]?.text === ',') {
          const qualifier = view.countryNameAt(name.end + 1);
          const region = place.entry.startsWith('geonames:') ? view.regionNameAt(name.end + 1) : undefined;
          if (qualifier?.code === place.country) k = qualifier.end - 1;
          else if (region?.regions.some((r) => r.country === place.country)) k = region.end - 1;
        }
      }
    }

    /**
     * True when the name is part of a longer proper name: "Lake Victoria", "the Washington Post", "Punta
     * del Este", "Bank of Japan". A demonym before it ("Russian Kursk") or a title after it ("Kyiv Mayor")
     * does not count, nor does an event after it ("the Beijing Olympics", "the Paris Summit").
     */
    function inLongerName(sentence: Sentence, name: FoundName, view: ContextView): boolean {
      const at = (k: number): Token | undefined =>
        k >= sentence.tokenStart && k < sentence.tokenEnd ? tokens[k] : undefined;
      const before = at(name.first - 1);
      if (before !== undefined && adjacent(before, tokens[name.first]!)) {
        if (isCapitalised(before) && !view.isDemonym(before.text) && before.index !== sentence.tokenStart)
          return true;
        const beforeThat = at(name.first - 2);
        if (
          LONGER_NAME_LINKS.has(before.text) &&
          beforeThat !== undefined &&
          isCapitalised(beforeThat) &&
          adjacent(beforeThat, before) &&
          !view.isDemonym(beforeThat.text)
        ) {
          return true;
        }
      }
      const after = name.based ? undefined : at(name.end);
      return (
        after !== undefined &&
        isCapitalised(after) &&
        adjacent(tokens[name.end - 1]!, after) &&
        !TITLES_AFTER_PLACE.has(after.lower) &&
        !isEventNoun(after)
      );
    }

    /**
     * Decides one name: a place (pushed), a skipped ambiguity (a diagnostic), or nothing. A country comes
     * first ("Georgia"), then a city ("New York", "Washington"), then a region of the name.
     */
    function judge(
      sentence: Sentence,
      name: FoundName,
      view: ContextView,
      shouting: boolean,
    ): PlaceContext | undefined {
      const context = placeContext(view, name);
      if (context === undefined) return undefined;
      if (!shouting && context.cue !== 'dateline' && inLongerName(sentence, name, view)) return undefined;

      const ambiguity = gazetteer.ambiguity(name.surface);
      const sure = context.cue === 'dateline' || context.cue === 'based' || context.cue === 'comma-country';
      const countries = gazetteer.countries(name.surface);
      if (countries.length > 0) {
        // "the Iran talks", "Russia's army", "the Brazil office": about the country, not where it happens; but
        // "in Nigeria's Niger state" is where.
        if (
          (context.cue === 'possessive' && !isLocativePossessive(view, name)) ||
          context.cue === 'site' ||
          context.cue === 'event' ||
          context.cue === 'title'
        )
          return undefined;
        if (context.cue === 'from') return undefined;
        const named = countries.filter((country) => namedCountries.has(country.code));
        const country = countries.length === 1 ? countries[0] : named.length === 1 ? named[0] : undefined;
        if (country === undefined) {
          skip(
            name,
            'ambiguous-country',
            `"${name.surface}" names ${countries.map((c) => c.code).join(' and ')}`,
          );
          return undefined;
        }
        if (ambiguity !== undefined && !sure && !namedCountries.has(country.code)) {
          skip(
            name,
            'ambiguous-name',
            `"${name.surface}" is also a ${ambiguity.reason}; nothing else in the article names ${country.code}`,
          );
          return undefined;
        }
        accept(name, sentence.index, countryPlace(country), context);
        return context;
      }

      const candidates = gazetteer.cities(name.surface);
      const regions = gazetteer.regions(name.surface);
      if (regions.length === 0)
        return judgeCity(sentence, name, context, candidates, { ambiguity, sure, shouting });
      // A city keeps its name ("in New York", "in Washington") unless the text calls it a region ("the Donetsk
      // region", "Washington state") or the article names the region's country and none of the cities'.
      const sentenceHints = hintsFor(sentence.index);
      const regionNoun = name.end < sentence.tokenEnd && REGION_NOUNS.has(tokens[name.end]!.lower);
      if (
        candidates.length === 0 ||
        regionNoun ||
        (regions.some((region) => sentenceHints.anywhere.has(region.country)) &&
          !candidates.some(({ city }) => sentenceHints.anywhere.has(city.country)))
      ) {
        return judgeRegion(sentence, name, context, regions, { ambiguity, sure, shouting });
      }
      const before = diagnostics.length;
      const asCity = judgeCity(sentence, name, context, candidates, { ambiguity, sure, shouting });
      if (asCity !== undefined) return asCity;
      // Cities of one name in two countries ("in Valencia") stay undecided: the region adds no evidence. A
      // world city the stage doubted (a capitalised list, "in Washington, Presidential will serve Albany,
      // N.Y., …") is not the state either.
      const best = candidates[0]!;
      if (
        (isWorldCity(best.city) && best.via === 'name') ||
        diagnostics.slice(before).some((diagnostic) => diagnostic.rule === 'ambiguous-place')
      )
        return undefined;
      // "in Oregon": not the small city the name is also a region for, but the state.
      const doubted = diagnostics.length;
      const asRegion = judgeRegion(sentence, name, context, regions, { ambiguity, sure, shouting });
      // One diagnostic per name: the city's doubt, unless the region settles it.
      diagnostics.length = asRegion !== undefined ? before : doubted;
      return asRegion;
    }

    /** Decides a name as a region: a place in a strong cue, or a weak one in an article naming its country. */
    function judgeRegion(
      sentence: Sentence,
      name: FoundName,
      context: PlaceContext,
      regions: readonly GazetteerRegion[],
      how: {
        readonly ambiguity: AmbiguousName | undefined;
        readonly sure: boolean;
        readonly shouting: boolean;
      },
    ): PlaceContext | undefined {
      // "Alaska's governor", "the Texas office", "the Crimea talks": about the region, not where it happens.
      if (
        context.cue === 'possessive' ||
        context.cue === 'site' ||
        context.cue === 'event' ||
        context.cue === 'title' ||
        context.cue === 'from'
      )
        return undefined;
      // "interests in KEP": a ticker or an acronym in running text, not Kep, Cambodia.
      if (!how.shouting && context.cue !== 'dateline' && !/\p{Ll}/u.test(name.surface)) return undefined;
      const sentenceHints = hintsFor(sentence.index);
      // "Georgia, Russia" is no region of another country.
      if (context.country !== undefined && !regions.some((r) => r.country === context.country))
        return undefined;
      const region =
        (context.country !== undefined ? regions.find((r) => r.country === context.country) : undefined) ??
        (regions.length === 1 ? regions[0] : undefined) ??
        regions.find((r) => sentenceHints.near.has(r.country)) ??
        regions.find((r) => sentenceHints.anywhere.has(r.country)) ??
        regions.find((r) => regionCountries.has(r.country));
      if (region === undefined) {
        const listed = regions.map((r) => `${r.name} (${r.country})`).join(' or ');
        skip(
          name,
          'ambiguous-region',
          `"${name.surface}" could be ${listed}; no country in the article decides`,
        );
        return undefined;
      }
      const hinted = sentenceHints.anywhere.has(region.country);
      if (!context.strong && !hinted) return undefined;
      if (how.ambiguity !== undefined && how.ambiguity.reason !== 'region' && !how.sure && !hinted) {
        skip(
          name,
          'ambiguous-name',
          `"${name.surface}" is also a ${how.ambiguity.reason}; nothing else in the article names ${region.country}`,
        );
        return undefined;
      }
      accept(
        name,
        sentence.index,
        {
          name: region.name,
          country: region.country,
          lat: region.lat,
          lon: region.lon,
          entry: `region:${region.code}`,
        },
        context,
      );
      return context;
    }

    /** Decides a name as a city. */
    function judgeCity(
      sentence: Sentence,
      name: FoundName,
      context: PlaceContext,
      candidates: readonly CityCandidate[],
      how: {
        readonly ambiguity: AmbiguousName | undefined;
        readonly sure: boolean;
        readonly shouting: boolean;
      },
    ): PlaceContext | undefined {
      const { ambiguity, sure, shouting } = how;
      // "through the ICO negotiations": an acronym in running text, not Icó, Brazil.
      if (
        !shouting &&
        context.cue !== 'dateline' &&
        name.surface.length <= 4 &&
        !/\p{Ll}/u.test(name.surface)
      )
        return undefined;
      // "Portland, Oregon" says where a Portland is; a name with no city in the region's country is no place.
      if (
        context.country === undefined &&
        context.regions !== undefined &&
        context.cue === 'comma-country' &&
        !candidates.some(({ city }) => context.regions!.some((region) => region.country === city.country))
      )
        return undefined;
      const choice = chooseCity(candidates, hintsFor(sentence.index), context.country, context.regions);
      if (choice.kind === 'ambiguous') {
        const listed = choice.candidates.map(({ city }) => `${city.name} (${city.country})`).join(' or ');
        skip(
          name,
          'ambiguous-place',
          `"${name.surface}" could be ${listed}; no country in the article decides`,
        );
        return undefined;
      }
      const { city, via } = choice.candidate;
      if (ambiguity !== undefined && !sure) {
        // A name that is also a state or region ("in Oregon", "in Victoria") is read as a city only when it
        // is a capital under its own name ("in Washington"); a word or a person's name needs the article's support.
        const supported =
          ambiguity.reason === 'region'
            ? context.strong && isCapital(city) && via === 'name'
            : context.strong && (choice.hinted || (isWorldCity(city) && via === 'name'));
        if (!supported || shouting) {
          skip(
            name,
            'ambiguous-name',
            `"${name.surface}" is also a ${ambiguity.reason}; skipped for want of a dateline, a "-based", a ", Country" or an article naming ${city.country}`,
          );
          return undefined;
        }
      }
      if (
        !context.strong &&
        !isWorldCity(city) &&
        !weakCueHolds(context, choice.hinted, via, city.population)
      ) {
        return undefined;
      }
      // An alternate spelling of a small town abroad ("Mocha" for Oeiras, Brazil) is too thin a match.
      if (via === 'alternate' && !sure && !choice.hinted && city.population < 50_000) return undefined;
      accept(
        name,
        sentence.index,
        {
          name: city.name,
          country: city.country,
          lat: city.lat,
          lon: city.lon,
          entry: `geonames:${city.geonameId}`,
        },
        context,
      );
      return context;
    }

    return { layer: places, diagnostics };
  }

  return {
    name: STAGE,
    version: VERSION,
    requires: ['sentences', 'tokens'],
    produces: 'places',
    dictionaries: { gazetteer: gazetteer.version },
    run,
  };
}
