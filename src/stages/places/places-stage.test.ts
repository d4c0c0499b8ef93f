import { describe, expect, it } from 'vitest';
import { createDoc, withLayer, type Doc } from '../../doc/doc.js';
import type { Place, Sentence, Token } from '../../doc/layers.js';
import { makeArticle } from '../../readers/article.js';
import { loadGazetteer } from './gazetteer.js';
import { createPlacesStage } from './places-stage.js';

/**
 * Words (with inner apostrophes: "Sana'a"), abbreviations ("U.S.", "St."), a possessive "'s" apart from its
 * word (as wink-nlp splits "Kyiv's"), numbers, and any other character alone — hyphens included, as wink-nlp
 * splits "Brussels-based".
 */
const TOKEN =
  /\p{L}(?:\.\p{L})+\.?|(?:St|Mr|Mrs|Dr|Gen|Jan|Feb|Aug|Sept|Sep|Oct|Nov|Dec)\.|[\p{L}\p{M}]+(?=['’]s\b)|['’]s\b|[\p{L}\p{M}]+(?:['’][\p{L}\p{M}]+)*|\d+(?:[.,]\d+)*|\S/gu;

/**
 * A hand-made Doc: a simple tokenizer and sentence splitter stand in for the tokens and sentences stages,
 * so that this stage is tested on the layer types alone.
 */
function handDoc(paragraphs: readonly string[], title = 'Test'): Doc {
  const doc = createDoc(
    makeArticle({
      url: 'https://example.org/test',
      title,
      published: '2021-11-18',
      paragraphs: [...paragraphs],
    }),
  );
  const tokens: Token[] = [];
  const sentences: Sentence[] = [];
  doc.paragraphSpans.forEach((span, paragraph) => {
    let sentenceStart = tokens.length;
    const close = (end: number): void => {
      if (end === sentenceStart) return;
      sentences.push({
        index: sentences.length,
        paragraph,
        start: tokens[sentenceStart]!.start,
        end: tokens[end - 1]!.end,
        tokenStart: sentenceStart,
        tokenEnd: end,
      });
      sentenceStart = end;
    };
    for (const match of doc.text.slice(span.start, span.end).matchAll(TOKEN)) {
      const text = match[0];
      const start = span.start + match.index;
      const word = /\p{L}/u.test(text);
      tokens.push({
        index: tokens.length,
        start,
        end: start + text.length,
        text,
        lower: text.toLowerCase(),
        lemma: text.toLowerCase(),
        pos: word ? (/^\p{Lu}/u.test(text) ? 'PROPN' : 'NOUN') : /\d/.test(text) ? 'NUM' : 'PUNCT',
        kind: word ? 'word' : /\d/.test(text) ? 'number' : 'punctuation',
        negated: false,
        paragraph,
        sentenceStart: tokens.length === sentenceStart,
      });
      if (text === '.' || text === '!' || text === '?') close(tokens.length);
    }
    close(tokens.length);
  });
  const record = { stage: 'hand', version: '0' };
  return withLayer(withLayer(doc, 'tokens', tokens, record), 'sentences', sentences, record);
}

const gazetteer = loadGazetteer();
const stage = createPlacesStage({ gazetteer });

function placesOf(paragraphs: readonly string[], title?: string) {
  const doc = handDoc(paragraphs, title);
  const result = stage.run(doc);
  for (const place of result.layer) {
    // Every place lies inside its sentence and slices to a non-empty surface.
    const sentence = doc.layers.sentences![place.sentence]!;
    expect(place.start).toBeGreaterThanOrEqual(sentence.start);
    expect(place.end).toBeLessThanOrEqual(sentence.end);
    expect(place.end).toBeGreaterThan(place.start);
  }
  return {
    doc,
    places: result.layer,
    diagnostics: result.diagnostics,
    surfaces: result.layer.map((place) => doc.text.slice(place.start, place.end)),
  };
}

function only(paragraphs: readonly string[]): Place {
  const { places } = placesOf(paragraphs);
  expect(places).toHaveLength(1);
  return places[0]!;
}

describe('createPlacesStage', () => {
  it('declares its name, version, layers and gazetteer version', () => {
    expect(stage.name).toBe('places');
    expect(stage.version).toMatch(/^\d+\.\d+\.\d+$/);
    expect(stage.requires).toEqual(['sentences', 'tokens']);
    expect(stage.produces).toBe('places');
    expect(stage.dictionaries).toEqual({ gazetteer: gazetteer.version });
  });

  it('places "from its Brussels headquarters" in Brussels, Belgium', () => {
    const { doc, places } = placesOf([
      "The move came as a response to the bloc's expulsion of eight Russian diplomats from its Brussels headquarters, believed to be over claims of espionage.",
    ]);
    expect(places).toHaveLength(1);
    const [brussels] = places;
    expect(doc.text.slice(brussels!.start, brussels!.end)).toBe('Brussels');
    expect(brussels).toMatchObject({
      name: 'Brussels',
      country: 'BEL',
      sentence: 1,
      entry: 'geonames:2800866',
    });
    expect(brussels!.lat).toBeCloseTo(50.85, 1);
    expect(brussels!.lon).toBeCloseTo(4.35, 1);
  });

  it('reads "the Brussels headquarters" and "Brussels-based" as Brussels', () => {
    expect(only(['Diplomats met at the Brussels headquarters on Monday.']).country).toBe('BEL');
    expect(only(['The Brussels-based alliance said it was ready.']).name).toBe('Brussels');
  });

  it('reads a city inside an event name as the place of the event ("the Beijing Olympics")', () => {
    expect(only(['Bush prepared to attend the Beijing Olympics in August.'])).toMatchObject({
      name: 'Beijing',
      country: 'CHN',
    });
    expect(only(['Leaders flew home after the Paris Summit ended.']).country).toBe('FRA');
    // A city that is no capital needs its country named in the article, as any weak cue does.
    expect(placesOf(['Skaters trained for the Sochi Games.']).places).toEqual([]);
    expect(only(['Russia spent billions on the Sochi Games.']).country).toBe('RUS');
    // Unchanged: a country before an event is what the event is about, and other proper names stay names.
    expect(placesOf(['Negotiators resumed the Iran talks on Monday.']).places).toEqual([]);
    expect(placesOf(['He read the Beijing Youth Daily.']).places).toEqual([]);
  });

  it('places "talks in Geneva" in Geneva, Switzerland, not Geneva, Illinois', () => {
    const place = only(['Both sides agreed to hold talks in Geneva next week.']);
    expect(place).toMatchObject({ name: 'Genève', country: 'CHE' });
    expect(place.lat).toBeCloseTo(46.2, 1);
  });

  it('reads the wire dateline that opens the first body paragraph', () => {
    const { places, surfaces, doc } = placesOf([
      'KYIV, Nov 18 (Reuters) - Officials said the talks would go on.',
    ]);
    expect(surfaces).toEqual(['KYIV']);
    expect(places[0]).toMatchObject({ name: 'Kyiv', country: 'UKR', start: doc.paragraphSpans[1]!.start });
    expect(only(['BAGHDAD, March 11 - The government said it had reached a deal.']).country).toBe('IRQ');
    expect(only(['MOSCOW (Reuters) - The Kremlin said it would respond.']).country).toBe('RUS');
    expect(only(['WASHINGTON, Nov 18 (Reuters) - Officials said nothing.'])).toMatchObject({
      name: 'Washington',
      country: 'USA',
    });
  });

  it('does not read a dateline anywhere but at the start of the first body paragraph', () => {
    expect(
      placesOf(['The talks went on.', 'KYIV, Nov 18 (Reuters) - Officials said nothing.']).places,
    ).toEqual([]);
  });

  it('finds the same place under "Kiev" and "Kyiv"', () => {
    const kyiv = only(['Russian troops massed near Kyiv on Thursday.']);
    const kiev = only(['Russian troops massed near Kiev on Thursday.']);
    expect(kiev.entry).toBe(kyiv.entry);
    expect(kiev).toMatchObject({ name: 'Kyiv', country: 'UKR' });
  });

  it('reads the possessive of a city, but not of a country', () => {
    expect(only(["Kyiv's mayor said the shelters were open."]).name).toBe('Kyiv');
    expect(placesOf(["Ukraine's intelligence service issued warnings."]).places).toEqual([]);
  });

  it('finds no place in "Nice weather", "Mobile phones" or "Jackson said"', () => {
    for (const text of [
      'Nice weather is expected on Sunday.',
      'Mobile phones were banned.',
      'Jackson said he would run.',
    ]) {
      const { places, diagnostics } = placesOf([text]);
      expect(places, text).toEqual([]);
      expect(diagnostics, text).toEqual([]);
    }
  });

  it('skips an ambiguous name in a weak context, with a diagnostic', () => {
    const { places, diagnostics, doc } = placesOf(['He received a letter from Jackson on Tuesday.']);
    expect(places).toEqual([]);
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]).toMatchObject({ stage: 'places', rule: 'ambiguous-name' });
    expect(doc.text.slice(diagnostics[0]!.start, diagnostics[0]!.end)).toBe('Jackson');
  });

  it('takes an ambiguous city name when the article names its country', () => {
    expect(placesOf(['Crowds gathered in Nice on Sunday.']).diagnostics[0]?.rule).toBe('ambiguous-name');
    const { places } = placesOf(['France mourned. Crowds gathered in Nice on Sunday.']);
    expect(places.map((place) => [place.name, place.country])).toEqual([['Nice', 'FRA']]);
  });

  it('reads a country after a locative preposition as the country, at its representative point', () => {
    const { places, surfaces } = placesOf(['Russia has massed troops in Ukraine, officials said.']);
    expect(surfaces).toEqual(['Ukraine']);
    expect(places[0]).toMatchObject({
      name: 'Ukraine',
      country: 'UKR',
      lat: 49,
      lon: 32,
      entry: 'country:UKR',
    });
  });

  it('reads "in Washington" as the capital and "Washington said" as nothing', () => {
    expect(only(['Biden met Putin in Washington on Friday.'])).toMatchObject({
      name: 'Washington',
      country: 'USA',
    });
    expect(placesOf(['Washington said it would answer.']).places).toEqual([]);
  });

  it('skips names inside longer proper names', () => {
    expect(placesOf(['Fishermen work on Lake Victoria.']).places).toEqual([]);
    expect(placesOf(['He wrote in the Washington Post.']).places).toEqual([]);
  });

  it('reads a title after a city: "Kyiv Mayor Vitali Klitschko"', () => {
    expect(only(['The shelters opened, Kyiv Mayor Vitali Klitschko said.']).name).toBe('Kyiv');
    expect(placesOf(['The shelters opened, Jackson Police said.']).diagnostics[0]?.rule).toBe(
      'ambiguous-name',
    );
  });

  it('reads what an attack strikes "on" as a place, unless the name modifies what is struck', () => {
    expect(only(['Russia launched drone attacks on Kharkiv.']).name).toBe('Kharkiv');
    expect(placesOf(['Pressure on Kharkiv grew.']).places).toEqual([]);
    // Reuters: "Friday's Iranian missile attack on a U.S. flag tanker" strikes a tanker.
    expect(
      placesOf(["Friday's Iranian missile attack on a U.S. flag tanker was condemned."]).surfaces,
    ).toEqual([]);
  });

  it('reads no place in a compound adjective: "an attack on a U.S.-flagged ship" (round-32 review of Reuters)', () => {
    expect(placesOf(['Iran fired on a U.S.-flagged Kuwaiti ship.']).places).toEqual([]);
    expect(placesOf(['It was an Iranian missile attack on a U.S.- flagged Kuwaiti ship.']).places).toEqual(
      [],
    );
    expect(placesOf(['Iran blamed two missile attacks on U.S.-related tankers.']).places).toEqual([]);
    expect(placesOf(['A Saudi-led coalition struck.']).places).toEqual([]);
    expect(only(['A Brussels-based group met.']).name).toBe('Brussels');
  });

  it('ends a sentence-opening locative phrase at its comma: no list goes on into the clause (round-32 review of Reuters)', () => {
    const { surfaces } = placesOf([
      'In Paris, Britain, Canada, France, Japan, the U.S. And West Germany agreed to cooperate.',
    ]);
    expect(surfaces).toEqual(['Paris']);
    expect(placesOf(['It has offices in Tokyo, Hong Kong and Singapore.']).surfaces).toEqual([
      'Tokyo',
      'Hong Kong',
      'Singapore',
    ]);
    expect(placesOf(['He served in Moscow, Poland, Austria and other posts.']).surfaces).toEqual([
      'Moscow',
      'Poland',
      'Austria',
    ]);
  });

  it('reads places listed after a locative preposition', () => {
    const { surfaces } = placesOf(['Protests were held in Paris, London and Berlin.']);
    expect(surfaces).toEqual(['Paris', 'London', 'Berlin']);
    expect(placesOf(['Sirens sounded in Kyiv and Lviv.']).places.map((place) => place.country)).toEqual([
      'UKR',
      'UKR',
    ]);
  });

  it('reads "in the Ukrainian capital Kyiv" and "in northern Syria"', () => {
    expect(only(['Explosions were heard in the Ukrainian capital Kyiv.']).name).toBe('Kyiv');
    expect(only(['Turkish troops advanced in northern Syria.']).country).toBe('SYR');
  });

  it('reads multi-word names and hyphenated names', () => {
    expect(only(['A quake struck near Port-au-Prince on Saturday.']).country).toBe('HTI');
    expect(only(['The ship docked in Dar es Salaam.']).country).toBe('TZA');
    expect(only(['Voters queued in Ho Chi Minh City.']).country).toBe('VNM');
  });

  it('prefers a candidate in a country the article names', () => {
    expect(placesOf(['Clashes broke out in Valencia.']).diagnostics[0]?.rule).toBe('ambiguous-place');
    expect(only(['Spain is on alert. Clashes broke out in Valencia.']).country).toBe('ESP');
    expect(only(['Venezuela is on alert. Clashes broke out in Valencia.']).country).toBe('VEN');
    expect(only(['Clashes broke out in Tripoli.']).country).toBe('LBY');
    expect(only(['Lebanon is on alert. Clashes broke out in Tripoli.']).country).toBe('LBN');
  });

  it('keeps a city under its own name against an alternate name in a named country (round-32 review of Reuters)', () => {
    // GeoNames lists "Venice" among the names of Dayton, Ohio.
    expect(
      only(['The United States will push for farm reform. Kohl will go to Venice in June.']),
    ).toMatchObject({ name: 'Venice', country: 'ITA' });
  });

  it('reads "here" in a story with a dateline as the dateline\'s place (round-37 review of Reuters)', () => {
    const { places, surfaces } = placesOf([
      'SINGAPORE, April 9 - Officials from Indonesia and Malaysia will meet here tomorrow, sources said.',
      'A banker held private talks here yesterday. He later left here for Tokyo. Here is the plan.',
    ]);
    expect(surfaces).toEqual(['SINGAPORE', 'here', 'here', 'Tokyo']);
    expect(places[1]).toMatchObject({ name: 'Singapore', country: 'SGP', cue: 'locative', sentence: 1 });
    expect(places[2]).toMatchObject({ name: 'Singapore', sentence: 2 });
    // No dateline, no place: "here" is where the writer is, and the story does not say.
    expect(placesOf(['Officials will meet here tomorrow.']).places).toEqual([]);
  });

  it('reads the object of a visit as a place, but not a name that qualifies a noun after "visiting" (round-37 review of Reuters)', () => {
    expect(placesOf(['Funaro and Gros last week visited Washington.']).surfaces).toEqual(['Washington']);
    expect(only(['Thatcher will visit Washington next month for talks.'])).toMatchObject({
      name: 'Washington',
      cue: 'motion',
    });
    expect(only(['A routine IMF mission is visiting Brasilia.'])).toMatchObject({ country: 'BRA' });
    expect(placesOf(['Tamura told visiting U.S. Trade Representative Clayton Yeutter.']).places).toEqual([]);
    expect(placesOf(['He met visiting U.S. officials.']).places).toEqual([]);
  });

  it('keeps a world city against a small namesake in a named country', () => {
    const { places } = placesOf(['The United States sent envoys to talks in Paris.']);
    expect(places.map((place) => [place.name, place.country])).toEqual([['Paris', 'FRA']]);
  });

  it('reads "City, Country" as one place, a city of that country', () => {
    expect(only(['VICTORIA, Seychelles (Reuters) - The island nation voted.'])).toMatchObject({
      name: 'Victoria',
      country: 'SYC',
    });
    // A region after the comma decides too, and is no place of its own.
    expect(only(['He was born in Paris, Texas.'])).toMatchObject({ name: 'Paris', country: 'USA' });
    const { surfaces } = placesOf(['Delegates met in Georgetown, Guyana, last week.']);
    expect(surfaces).toEqual(['Georgetown']);
  });

  it('reads motion towards a place, but not "to" alone', () => {
    expect(only(['The president travelled to Ankara on Monday.']).country).toBe('TUR');
    expect(placesOf(['He spoke to Ankara about it.']).places).toEqual([]);
  });

  it('is not fooled by months or title case', () => {
    expect(placesOf(['The vote was held in March.']).places).toEqual([]);
    const { places } = placesOf(
      ['Officials spoke.'],
      'Troops Mass Near Ukraine Border As Talks In Geneva Stall',
    );
    expect(places.map((place) => place.country)).toEqual(['UKR', 'CHE']);
  });

  it('gives "Congo" alone a diagnostic and no place', () => {
    const { places, diagnostics } = placesOf(['Fighting continued in Congo.']);
    expect(places).toEqual([]);
    expect(diagnostics[0]?.rule).toBe('ambiguous-country');
  });
});

describe('createPlacesStage, on first-level regions', () => {
  it('places "military exercises in Alaska" and "the shootings in South Carolina" in US states', () => {
    expect(only(['Russia is conducting military exercises in Alaska.'])).toMatchObject({
      name: 'Alaska',
      country: 'USA',
      entry: 'region:US-AK',
    });
    const carolina = only(['President Obama expressed sorrow for the horrific shootings in South Carolina.']);
    expect(carolina).toMatchObject({ name: 'South Carolina', country: 'USA', entry: 'region:US-SC' });
    expect(carolina.lat).toBeCloseTo(33.8, 0);
    expect(only(['Unrest spread in Xinjiang.'])).toMatchObject({ country: 'CHN', entry: 'region:CN-XJ' });
    const { surfaces } = placesOf(['Clashes were reported in Sindh and Balochistan.']);
    expect(surfaces).toEqual(['Sindh', 'Balochistan']);
  });

  it('reads "Georgia" as the country, and as the US state only in "Atlanta, Georgia"', () => {
    expect(only(['Georgian officials said Russian troops remain in Georgia.'])).toMatchObject({
      country: 'GEO',
      entry: 'country:GEO',
    });
    const { places, diagnostics } = placesOf(['Protests broke out in Georgia.']);
    expect(places).toEqual([]);
    expect(diagnostics[0]?.rule).toBe('ambiguous-name');
    // The state qualifies the city and is no place of its own.
    expect(only(['He lives in Atlanta, Georgia.'])).toMatchObject({ name: 'Atlanta', country: 'USA' });
    expect(only(['Police in Portland, Oregon, made arrests.'])).toMatchObject({
      name: 'Portland',
      country: 'USA',
      lon: expect.closeTo(-122.7, 0),
    });
  });

  it('keeps "Washington" and "New York" the cities, unless the text says "state"', () => {
    expect(only(['Talks were held in Washington.']).entry).toMatch(/^geonames:/);
    expect(only(['Wildfires spread in Washington state.']).entry).toBe('region:US-WA');
    expect(only(['Police were deployed in New York.'])).toMatchObject({ name: 'New York City' });
    expect(only(['Voters in New York state went to the polls.']).entry).toBe('region:US-NY');
    expect(only(['Fighting continued in Donetsk.']).entry).toMatch(/^geonames:/);
    expect(only(['Fighting continued in the Donetsk region.'])).toMatchObject({
      name: 'Donetsk Oblast',
      entry: 'region:UA-14',
    });
  });

  it('reads a name that is a small city and a state as the state ("in Oregon")', () => {
    expect(only(['Troops were sent to Oregon.']).entry).toBe('region:US-OR');
  });

  it('reads "Victoria" as the Australian state in an article naming Australia', () => {
    expect(only(['Floods hit towns in Victoria.', 'Australia declared an emergency.'])).toMatchObject({
      entry: 'region:AU-VIC',
      country: 'AUS',
    });
    expect(only(['Talks were held in Victoria, Seychelles.']).country).toBe('SYC');
  });

  it('decides a region name of two countries by the article, else gives a diagnostic', () => {
    const { places, diagnostics } = placesOf(['Clashes erupted in Punjab.']);
    expect(places).toEqual([]);
    expect(diagnostics[0]?.rule).toBe('ambiguous-region');
    expect(only(['India said clashes erupted in Punjab.']).entry).toBe('region:IN-PB');
    expect(only(['Pakistani troops moved into Punjab.']).entry).toBe('region:PK-PB');
    // The country after the comma decides, and is no place of its own.
    expect(only(['Floods hit Punjab, Pakistan, on Monday.'])).toMatchObject({ entry: 'region:PK-PB' });
  });

  it('finds no region in a possessive, a site, an acronym or a name with no cue', () => {
    for (const text of [
      "Alaska's governor spoke.",
      'The Texas office closed.',
      'It bought interests in KEP for 6,400 dlrs.',
      'Xinjiang has seen unrest.',
    ]) {
      expect(placesOf([text]).places, text).toEqual([]);
    }
  });
});
