/**
 * CAMEO actor-code grammar: a 3-letter country or region (or `---` when unknown), or a transnational class
 * (IGO, NGO, IMG, MNC, …) optionally followed by a region and a known group, then 3-letter role codes.
 * `RUSGOV` is Russia's government; `IGOWSTNAT` is NATO (an IGO of the West, known group NAT).
 */

/** Role (agent / type) codes, as GDELT's Actor*Type*Code columns carry them. */
export const ROLE_CODES: ReadonlySet<string> = new Set([
  'COP', 'GOV', 'INS', 'JUD', 'MIL', 'OPP', 'REB', 'SEP', 'SPY', 'UAF', 'AGR', 'BUS', 'CRM', 'CVL', 'DEV', 'EDU',
  'ELI', 'ENV', 'HLH', 'HRI', 'LAB', 'LEG', 'MED', 'REF', 'MOD', 'RAD', 'AMN', 'IRC', 'GRP', 'UNO', 'PKO', 'UIS',
  'SET',
]); // prettier-ignore

/** Transnational classes that stand where a country would. */
export const ACTOR_CLASSES: ReadonlySet<string> = new Set(['IGO', 'IMG', 'INT', 'MNC', 'NGM', 'NGO', 'UIS']);

/** Religion segments that can follow a class and must not be read as a country. */
const RELIGION_AFTER_CLASS: ReadonlySet<string> = new Set(['MUS', 'CHR', 'JEW', 'SHI', 'SUN', 'BUD', 'HIN']);

/** The parts of a CAMEO actor code. */
export interface ParsedActorCode {
  readonly country: string | null;
  readonly knownGroup: string | null;
  readonly roles: readonly string[];
  /** The first segment (a country, a region, a class such as IGO, or `---`). */
  readonly head: string;
}

export interface ParseActorCodeOptions {
  /** Known-group codes (NAT, EEC, UNO, HMS, …): a segment in this set is the code's known group. */
  readonly knownGroups?: ReadonlySet<string>;
  /** Country and region codes: after a class such as IGO, a segment in this set is the code's country. */
  readonly countries?: ReadonlySet<string>;
}

export function splitSegments(code: string): string[] {
  const segments: string[] = [];
  for (let i = 0; i + 3 <= code.length; i += 3) segments.push(code.slice(i, i + 3));
  return segments;
}

/**
 * Splits an actor code into country, known group and roles. `UNO` is both a known group and a legacy role
 * code; after `IGO` it is read as the known group.
 */
export function parseActorCode(code: string, options: ParseActorCodeOptions = {}): ParsedActorCode {
  const segments = splitSegments(code);
  const head = segments[0] ?? '---';
  let country: string | null = null;
  let knownGroup: string | null = null;
  const roles: string[] = [];
  const isClass = ACTOR_CLASSES.has(head);
  if (head !== '---' && !isClass && !ROLE_CODES.has(head)) country = head;
  if (ROLE_CODES.has(head) && !isClass) roles.push(head);
  for (const segment of segments.slice(1)) {
    // After a class, MUS is Phoenix's "Muslim" (IMGMUSISI), not Mauritius.
    if (isClass && RELIGION_AFTER_CLASS.has(segment)) continue;
    if (isClass && country === null && knownGroup === null && options.countries?.has(segment)) {
      country = segment;
    } else if (
      knownGroup === null &&
      options.knownGroups?.has(segment) &&
      (isClass || !ROLE_CODES.has(segment))
    ) {
      knownGroup = segment;
    } else if (ROLE_CODES.has(segment)) {
      roles.push(segment);
    }
  }
  return { country, knownGroup, roles, head };
}

/** Joins a country (or `---`) and roles into a code, keeping each role once and at most three. */
export function composeActorCode(base: string, roles: readonly string[]): string {
  const present = new Set(splitSegments(base));
  let code = base;
  let added = splitSegments(base).filter((segment) => ROLE_CODES.has(segment)).length;
  for (const role of roles) {
    if (present.has(role) || added >= 3) continue;
    present.add(role);
    code += role;
    added++;
  }
  return code;
}

/**
 * The key analysts compare actors by: the known group when there is one (NAT for NATO, whatever prefix the
 * code has), else the country, else the code's first segment.
 */
export function actorKey(actor: { knownGroup: string | null; country: string | null; code: string }): string {
  return actor.knownGroup ?? actor.country ?? (actor.code.slice(0, 3) || '---');
}
