import { z } from 'zod';

/**
 * The schema of dyad's actor dictionaries (`data/dictionaries/actors/*.yaml`). Each file is a YAML list of
 * entries; `kind` says which section an entry belongs to. Every entry carries a `note` or a `source`, so
 * a reviewer knows where a fact came from. See docs/dictionaries.md for how entries are matched and how
 * role codes combine.
 */

/** A CAMEO actor code: one or more 3-character segments, `---` for an unknown country. */
export const actorCode = z
  .string()
  .regex(
    /^(?:[A-Z]{3}|---)(?:[A-Z]{3})*$/,
    'a CAMEO actor code: 3-letter segments such as RUS, RUSGOV, IGOWSTNAT',
  );

/** A 3-letter country or region code (ISO 3166 alpha-3, or CAMEO's region codes such as WST). */
export const countryCode = z
  .string()
  .regex(/^[A-Z]{3}$/, 'a 3-letter country or region code such as RUS, WST');

/** A 3-letter role (agent) code such as GOV, MIL, SPY. */
export const roleCode = z.string().regex(/^[A-Z]{3}$/, 'a 3-letter role code such as GOV, MIL, SPY');

/** `YYYY-MM-DD`. */
export const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date written YYYY-MM-DD');

const phrases = z.array(z.string().min(1)).default([]);

/** A state that a country's names stood for until a date (exclusive): `{ code: SUN, until: 1991-12-26 }`. */
export const formerState = z
  .object({
    code: countryCode,
    /** Exclusive end: the first day the names stand for the entry's own code. */
    until: isoDate,
  })
  .strict();

const provenance = {
  /** Why the entry is what it is. */
  note: z.string().min(1).optional(),
  /** Where the fact comes from (a package, an official page, a reference work). */
  source: z.string().min(1).optional(),
};

const hasProvenance = (entry: { note?: string | undefined; source?: string | undefined }) =>
  entry.note !== undefined || entry.source !== undefined;
const provenanceMessage = { message: 'every entry needs a `note` or a `source`' };

/**
 * Names that are also common words ("Chad", "Jordan", "Turkey", "China") are listed in `ambiguous`
 * beside `names`: they match only when capitalised in mixed-case text and not part of a longer proper name
 * ("Michael Jordan", "Chad Smith").
 */
export const countryEntry = z
  .object({
    kind: z.enum(['country', 'region']),
    code: countryCode,
    /** Proper names: "Russia", "Russian Federation", "Türkiye". */
    names: phrases,
    /** Names that are also common words. */
    ambiguous: phrases,
    /** Short forms and abbreviations matched case-sensitively: "US", "U.S.", "UK". */
    abbreviations: phrases,
    /** Adjectival forms used as modifiers: "Russian troops", "Emirati officials". */
    adjectives: phrases,
    /** Nouns for the people: "Russians", "Americans", "Brits". */
    demonyms: phrases,
    /** Capitals and other place metonyms: "Moscow said" speaks for Russia's government. */
    capitals: phrases,
    /**
     * The state the entry's names stood for before a date, latest first or in any order: Russia, Moscow and the
     * Kremlin spoke for the Soviet Union until 1991-12-26, so a 1987 "Moscow said" is SUNGOV.
     */
    formerly: z.array(formerState).optional(),
    ...provenance,
  })
  .strict()
  .refine(hasProvenance, provenanceMessage);

/** Seats of power and state bodies: "the Kremlin" (RUSGOV), "the Pentagon" (USAMIL), "the SBU" (UKRSPY). */
export const institutionEntry = z
  .object({
    kind: z.literal('institution'),
    code: actorCode,
    names: phrases,
    abbreviations: phrases,
    /** The day the body came to be: "FSB" in 1987 news is no Russian service (it was founded 1995-04-03). */
    since: isoDate.optional(),
    ...provenance,
  })
  .strict()
  .refine(hasProvenance, provenanceMessage);

/**
 * A code an organisation or group takes for a span of days, in place of its own: the Taliban, an insurgency
 * (AFGREBTAL) until they took Kabul, govern Afghanistan from 2021-08-15 (AFGGOVTAL). `to` is exclusive and
 * absent while the period lasts.
 */
export const codePeriod = z
  .object({
    code: actorCode,
    from: isoDate,
    to: isoDate.optional(),
  })
  .strict();

/**
 * International organisations (`organisation`) and non-state groups (`group`). `knownGroup` is the CAMEO
 * known-group code where one exists (NAT, EEC, UNO, HMS, TAL, …). `references` are the generic nouns a
 * later sentence uses for it ("the alliance", "the bloc"): they resolve to the entry only when the entry
 * itself is named in the same article.
 */
export const organisationEntry = z
  .object({
    kind: z.enum(['organisation', 'group']),
    code: actorCode,
    knownGroup: countryCode.optional(),
    names: phrases,
    abbreviations: phrases,
    references: phrases,
    /**
     * The day the organisation came to be: in text dated before it its names match nothing ("ICC" in 1987 is
     * the Interstate Commerce Commission, not the International Criminal Court, founded 2002-07-01).
     */
    since: isoDate.optional(),
    /** Codes that replace `code` for a span of days (a group that came to govern); none may overlap. */
    periods: z.array(codePeriod).default([]),
    ...provenance,
  })
  .strict()
  .refine(hasProvenance, provenanceMessage);

/**
 * One office a person holds, with the code it gives them while they hold it. `abolished`, on the last
 * holder's office, is the day the office itself ceased to exist (Afghanistan's presidency when the Taliban
 * took Kabul, 2021-08-15): from then on nobody holds it and that is no vacancy, so the lint does not ask for
 * a holder. It needs `to`, on or before it; a later holder of the same office means it was re-established.
 */
export const office = z
  .object({
    role: z.string().min(1),
    code: actorCode,
    from: isoDate,
    /** Exclusive end: the day the next holder takes over. Absent while in office. */
    to: isoDate.optional(),
    /** The day the office was abolished (this holder was its last); `to` must be on or before it. */
    abolished: isoDate.optional(),
  })
  .strict()
  .refine((held) => held.abolished === undefined || (held.to !== undefined && held.to <= held.abolished), {
    message: 'an abolished office needs a `to` on or before its `abolished` day',
    path: ['abolished'],
  });

/**
 * A person. Their code on a date is the code of the office they hold that day; outside every office it is
 * `otherwise` (e.g. Trump `USAELI` between his terms), else their `country`. The full `name` and `aliases`
 * match anywhere; each of `short` (a bare surname such as "Putin") matches anywhere too, and the last word
 * of the name (or `surname`, where the family name comes first: Lee Jae-myung is "Lee", Wang Yi "Wang") matches
 * alone only after the full name appears in the same article.
 */
export const personEntry = z
  .object({
    kind: z.literal('person'),
    name: z.string().min(1),
    aliases: phrases,
    short: phrases,
    /** The family name when it is not the name's last word (Chinese and Korean order): "Lee" for Lee Jae-myung. */
    surname: z.string().min(1).optional(),
    gender: z.enum(['m', 'f']).optional(),
    country: countryCode.optional(),
    offices: z.array(office).default([]),
    otherwise: actorCode.optional(),
    ...provenance,
  })
  .strict()
  .refine(hasProvenance, provenanceMessage);

/**
 * A role (agent) noun: "foreign minister" → GOV, "defence minister" → GOV + MIL, "troops" → MIL. Names are
 * matched on lemmas, so "ministers" and "troops" need no plural entries. `person` marks nouns that name one
 * person ("president", "spokeswoman"), which "he"/"she" may refer to.
 */
export const roleEntry = z
  .object({
    kind: z.literal('role'),
    names: z.array(z.string().min(1)).min(1),
    roles: z.array(roleCode).min(1),
    person: z.boolean().default(false),
    gender: z.enum(['m', 'f']).optional(),
    ...provenance,
  })
  .strict()
  .refine(hasProvenance, provenanceMessage);

export const actorEntry = z.union([
  countryEntry,
  institutionEntry,
  organisationEntry,
  personEntry,
  roleEntry,
]);

export const actorFile = z.array(actorEntry);

export type CountryEntry = z.infer<typeof countryEntry>;
export type FormerState = z.infer<typeof formerState>;
export type CodePeriod = z.infer<typeof codePeriod>;
export type InstitutionEntry = z.infer<typeof institutionEntry>;
export type OrganisationEntry = z.infer<typeof organisationEntry>;
export type PersonEntry = z.infer<typeof personEntry>;
export type RoleEntry = z.infer<typeof roleEntry>;
export type ActorEntry = z.infer<typeof actorEntry>;
