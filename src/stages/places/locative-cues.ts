/**
 * The words around a place name that say it is used as a place. All lower case; the stage compares a token's
 * `lower` (and, for verbs, its `lemma`) with them.
 */

/** Prepositions after which a place name is where something is or happens. */
export const LOCATIVE_PREPOSITIONS: ReadonlySet<string> = new Set([
  'in',
  'at',
  'near',
  'outside',
  'inside',
  'across',
  'throughout',
  'around',
  'into',
  'towards',
  'toward',
  'within',
  'via',
  'off',
  'along',
  'through',
]);

/**
 * Verbs and nouns of movement, before "to", "for" or "from": "travelled to Kyiv", "left for Geneva",
 * "fled from Mariupol". Base forms and inflections, since hand-made tokens may carry no lemma.
 */
export const MOTION_WORDS: ReadonlySet<string> = new Set(
  (
    'go goes went gone going come comes came coming travel travels travelled traveled travelling traveling ' +
    'trip trips visit visits visited visiting fly flies flew flown flying return returns returned returning ' +
    'move moves moved moving head heads headed heading deploy deploys deployed deploying send sends sent ' +
    'sending flee flees fled fleeing drive drives drove driven march marches marched relocate relocated ' +
    'deport deports deported extradite extradited evacuate evacuated transfer transferred journey journeys ' +
    'flight flights route routes way advance advanced retreat retreated sail sailed leave leaves left ' +
    'leaving depart departs departed bound withdraw withdrew withdrawn arrive arrived arriving escape escaped'
  ).split(' '),
);

/** Nouns naming a kind of place: "the city of Kharkiv" is as sure a place as "in Kharkiv". */
export const PLACE_KIND_NOUNS: ReadonlySet<string> = new Set([
  'city',
  'town',
  'village',
  'capital',
  'port',
  'region',
  'province',
  'district',
  'state',
  'country',
  'island',
]);

/** The points of the compass, as nouns of a part of a place: "the north of Syria", "in Syria's north". */
export const COMPASS_POINTS: readonly string[] = [
  'north',
  'south',
  'east',
  'west',
  'northeast',
  'northwest',
  'southeast',
  'southwest',
];

/** Other nouns before "of" that take a place: "the outskirts of Kyiv", "the mayor of Lviv". */
export const OF_PLACE_NOUNS: ReadonlySet<string> = new Set([
  'outskirts',
  'suburbs',
  'suburb',
  'centre',
  'center',
  'streets',
  'heart',
  ...COMPASS_POINTS,
  'vicinity',
  'environs',
  'edge',
  'gates',
  // "residential areas of Kharkiv", "districts of Khartoum" ("part of" is too often a share: "part of Ecuador's
  // export commitments").
  'area',
  'areas',
  'district',
  'districts',
  'neighbourhood',
  'neighbourhoods',
  'neighborhood',
  'neighborhoods',
  'siege',
  'fall',
  'shelling',
  'bombing',
  'liberation',
]);

/** People of a place before "of": "the mayor of Lviv", "residents of Irpin": the place names who they are. */
export const OF_PEOPLE_NOUNS: ReadonlySet<string> = new Set([
  'mayor',
  'governor',
  'residents',
  'inhabitants',
  'citizens',
]);

/** Nouns after a name that make it a site: "the Brussels headquarters", "its Geneva office". */
export const SITE_NOUNS: ReadonlySet<string> = new Set([
  'headquarters',
  'office',
  'offices',
  'embassy',
  'consulate',
  'bureau',
  'branch',
  'airport',
  'base',
  'court',
  'residence',
  'station',
  'plant',
  'factory',
]);

/**
 * Nouns after a name that make it the place of an event, capitalised or not: "the Beijing Olympics", "the
 * Sochi Games", "the Paris summit", "the Geneva talks". The name is where the event is held.
 */
export const EVENT_NOUNS: ReadonlySet<string> = new Set([
  'olympics',
  'olympic',
  'paralympics',
  'games',
  'summit',
  'talks',
  'meeting',
  'conference',
  'expo',
  'forum',
]);

/** Determiners and possessives that may stand before a site or an event: "the", "its", "their". */
export const SITE_DETERMINERS: ReadonlySet<string> = new Set([
  'the',
  'its',
  'their',
  'his',
  'her',
  'our',
  'a',
  'an',
]);

/**
 * Words that may stand between a preposition and the name: "in the Ukrainian capital Kyiv", "in
 * northern Syria", "in war-torn Yemen", "in Russian-occupied Melitopol" (demonyms are recognised apart).
 */
export const SKIPPABLE_MODIFIERS: ReadonlySet<string> = new Set(
  (
    'the a an its their his her our this that these those northern southern eastern western central north ' +
    'south east west northeastern northwestern southeastern southwestern north-eastern north-western ' +
    'south-eastern south-western neighbouring neighboring nearby downtown occupied besieged embattled ' +
    'war torn rebel held controlled hit ravaged annexed disputed coastal frontline front line battered ' +
    'devastated divided capital city town village port region province oil rich - – —'
  ).split(' '),
);

/** How many modifier tokens may stand between a preposition and the name. */
export const MAX_SKIPPED_MODIFIERS = 5;

/**
 * Nouns after a name that make it a region rather than the city of that name: "the Donetsk region",
 * "Washington state", "New York state".
 */
export const REGION_NOUNS: ReadonlySet<string> = new Set([
  'state',
  'province',
  'region',
  'oblast',
  'krai',
  'prefecture',
  'governorate',
]);

/** Capitalised words that may follow a city without making it part of a longer name: "Kyiv Mayor …". */
export const TITLES_AFTER_PLACE: ReadonlySet<string> = new Set([
  'mayor',
  'governor',
  'police',
  'council',
  'authorities',
  'officials',
  'residents',
  'prosecutor',
  'prosecutors',
  'region',
  'oblast',
  'province',
]);

/** Lower-case words that may stand inside a place name: "Rio de Janeiro", "Port-au-Prince", "Dar es Salaam". */
export const NAME_CONNECTORS: ReadonlySet<string> = new Set(
  'de del della di da do dos das du des la le les el al es en and of upon on sur am im an au aux y i the'.split(
    ' ',
  ),
);

/**
 * Lower-case words that bind a name to a capitalised word before it into one longer name: "Punta del Este",
 * "Bank of Japan", "Gulf of Mexico" (not "and": "London and Berlin" are two names).
 */
export const LONGER_NAME_LINKS: ReadonlySet<string> = new Set(
  'de del della di da do dos das du des la le les el al es en of upon sur am im an au aux'.split(' '),
);

/** Month and weekday names: capitalised after "in" ("in March"), never places here. */
export const CALENDAR_WORDS: ReadonlySet<string> = new Set(
  (
    'january february march april may june july august september october november december jan feb mar apr ' +
    'jun jul aug sep sept oct nov dec monday tuesday wednesday thursday friday saturday sunday'
  ).split(' '),
);

/** Dashes that end a wire dateline: `BAGHDAD, March 11 -`, `MOSCOW (Reuters) -`, `KYIV, Ukraine (AP) —`. */
export const DATELINE_DASHES: ReadonlySet<string> = new Set(['-', '–', '—', '--']);

/** Possessive clitics as tokenizers split them: `Kyiv` + `'s`. */
export const POSSESSIVE_CLITICS: ReadonlySet<string> = new Set(["'s", '’s', "'", '’']);

/**
 * Nouns of an attack that take what they strike after "on": "drone attacks on Kharkiv", "air strikes on Beirut",
 * "a missile strike on Kyiv". A name after "on" is otherwise no place ("on Monday", "pressure on Tokyo").
 */
export const STRUCK_ON_NOUNS: ReadonlySet<string> = new Set([
  'attack',
  'attacks',
  'strike',
  'strikes',
  'airstrike',
  'airstrikes',
  'raid',
  'raids',
  'assault',
  'assaults',
  'offensive',
  'bombardment',
  'bombing',
  'bombings',
  'shelling',
]);
