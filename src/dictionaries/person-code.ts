import { DyadError } from '../errors/dyad-error.js';
import type { CodePeriod, PersonEntry } from './actor-schema.js';

/**
 * A person's actor code on a date, and the date-range checks that the dictionary lint runs over person
 * entries. Dates are ISO `YYYY-MM-DD` strings, compared as strings; an office is held from its `from` day up
 * to the day before its `to` (the day the successor takes over), or up to today when `to` is absent.
 *
 * Role names follow one convention so that checks can group offices: the office's title, optionally followed
 * by one parenthesised qualifier, `President (acting)`, `Prime Minister (caretaker)`, `Supreme Leader
 * (Taliban)`. The qualifier does not make a different office: `President (acting)` is a holder of the office
 * `President`. An office belongs to the country (or class, such as IGO) that starts its code: `USAGOV` is
 * a US office, `IGOWSTNAT` an IGO one, so IGO offices need distinct role names ("NATO Secretary General").
 */

export type Office = PersonEntry['offices'][number];

/** The code a person has on a date, and the role that gives it (`null` when they hold no office that day). */
export interface PersonCode {
  readonly code: string;
  readonly office: string | null;
}

/** A half-open range of days `[from, to)`; `to` absent means open-ended. */
export interface DateRange {
  readonly from: string;
  readonly to?: string;
}

/** One office of one person, as the office checks report it. */
export interface Holding {
  readonly name: string;
  readonly office: Office;
}

/**
 * Titles of heads of state and of government (after the qualifier is stripped). When a person holds one of
 * these and another office on the same day, this one gives the code: a prime minister who keeps the
 * foreign ministry is coded as prime minister.
 */
export const HEAD_OF_STATE_OR_GOVERNMENT: ReadonlySet<string> = new Set([
  'President',
  'Acting President',
  'Prime Minister',
  'Acting Prime Minister',
  'Premier',
  'Chancellor',
  'Monarch',
  'King',
  'Emir',
  'Supreme Leader',
  'Head of state',
  'Head of government',
]);

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const QUALIFIER = /\s*\([^()]*\)\s*$/;

/** The office a role names: the title without its trailing `(…)` qualifier. */
export function baseRole(role: string): string {
  return role.replace(QUALIFIER, '').trim();
}

/** The country or class code that an office belongs to: the first segment of its code. */
export function officeCountry(office: Pick<Office, 'code'>): string {
  return office.code.slice(0, 3);
}

/** Whether the office is held on `date`: `from <= date < to`. */
export function holdsOn(office: DateRange, date: string): boolean {
  return office.from <= date && (office.to === undefined || date < office.to);
}

export function isHeadOfStateOrGovernment(office: Pick<Office, 'role' | 'code'>): boolean {
  return officeCountry(office) !== 'IGO' && HEAD_OF_STATE_OR_GOVERNMENT.has(baseRole(office.role));
}

/**
 * The code of `entry` on `date` (`YYYY-MM-DD`, the article's date).
 *
 * - One office held that day: its code.
 * - Several: a head of state or government office wins over any other; among the remaining candidates the
 *   office that started most recently wins (a minister who also becomes crown prince is coded by the newer
 *   office); on a tie, the office listed first.
 * - None: `otherwise` (Trump between his terms is `USAELI`), else the bare `country`, else `---`.
 */
export function personCodeOn(entry: PersonEntry, date: string): PersonCode {
  if (!ISO_DATE.test(date)) {
    throw new DyadError('USAGE', `expected a date written YYYY-MM-DD, got ${JSON.stringify(date)}`, { date });
  }
  const held = entry.offices.filter((office) => holdsOn(office, date));
  const heads = held.filter(isHeadOfStateOrGovernment);
  const candidates = heads.length > 0 ? heads : held;
  let best: Office | undefined;
  for (const office of candidates) {
    if (best === undefined || office.from > best.from) best = office;
  }
  if (best) return { code: best.code, office: best.role };
  return { code: entry.otherwise ?? entry.country ?? '---', office: null };
}

/**
 * The code of an organisation or group on `date` (`YYYY-MM-DD` or a longer ISO string): the code of the
 * period that holds that day, else its own.
 */
export function groupCodeOn(code: string, periods: readonly CodePeriod[] | undefined, date: string): string {
  if (!periods || periods.length === 0) return code;
  const day = date.slice(0, 10);
  return periods.find((period) => holdsOn(period, day))?.code ?? code;
}

/** Pairs of an organisation's or group's code periods that overlap, or a period that ends before it starts. */
export function overlappingPeriods(periods: readonly CodePeriod[]): Array<readonly [CodePeriod, CodePeriod]> {
  const found: Array<readonly [CodePeriod, CodePeriod]> = [];
  periods.forEach((period, i) => {
    if (period.to !== undefined && period.to <= period.from) found.push([period, period]);
    for (const other of periods.slice(i + 1)) if (overlaps(period, other)) found.push([period, other]);
  });
  return found;
}

function overlaps(a: DateRange, b: DateRange): boolean {
  const aEndsAfterBStarts = a.to === undefined || b.from < a.to;
  const bEndsAfterAStarts = b.to === undefined || a.from < b.to;
  return aEndsAfterBStarts && bEndsAfterAStarts;
}

function sameOffice(a: Pick<Office, 'role' | 'code'>, b: Pick<Office, 'role' | 'code'>): boolean {
  return baseRole(a.role) === baseRole(b.role) && officeCountry(a) === officeCountry(b);
}

/**
 * Pairs of one person's offices that are the same office (same title, same country) with overlapping
 * dates: a copy-paste slip, or two terms whose boundary is off by more than the handover day. Offices whose
 * `to` is before their `from`, or equal to it, are reported paired with themselves.
 */
export function overlappingOffices(entry: PersonEntry): Array<readonly [Office, Office]> {
  const found: Array<readonly [Office, Office]> = [];
  entry.offices.forEach((office, i) => {
    if (office.to !== undefined && office.to <= office.from) found.push([office, office]);
    for (const other of entry.offices.slice(i + 1)) {
      if (sameOffice(office, other) && overlaps(office, other)) found.push([office, other]);
    }
  });
  return found;
}

/** Every holding of the office (`role` or any of `roles`, after qualifiers are stripped) in `country`. */
export function officeHolders(
  entries: readonly PersonEntry[],
  role: string | readonly string[],
  country: string,
): Holding[] {
  const roles = new Set((typeof role === 'string' ? [role] : role).map(baseRole));
  const holdings: Holding[] = [];
  for (const entry of entries) {
    for (const office of entry.offices) {
      if (roles.has(baseRole(office.role)) && officeCountry(office) === country) {
        holdings.push({ name: entry.name, office });
      }
    }
  }
  return holdings.sort((a, b) =>
    a.office.from < b.office.from ? -1 : a.office.from > b.office.from ? 1 : 0,
  );
}

/**
 * The spans in which the office did not exist: from each holding's `abolished` day until a later holder
 * re-established it (open-ended when none did).
 */
export function abolitions(holdings: readonly Holding[]): DateRange[] {
  const spans: DateRange[] = [];
  for (const { office } of holdings) {
    const { abolished } = office;
    if (abolished === undefined) continue;
    const revived = holdings.find((later) => later.office.from >= abolished)?.office.from;
    spans.push(revived === undefined ? { from: abolished } : { from: abolished, to: revived });
  }
  return spans;
}

/**
 * The days in `[from, to)` on which nobody holds the office, as half-open ranges. `role` may list several
 * titles that count as one office (Afghanistan's head of state was a `President`, then the Taliban's
 * `Supreme Leader`). Days after the office was abolished (`abolished` on its last holder's office) are no
 * gap. The lint calls it with `to` = tomorrow to find offices with no holder today.
 */
export function officeGaps(
  entries: readonly PersonEntry[],
  role: string | readonly string[],
  country: string,
  from: string,
  to: string,
): DateRange[] {
  const holdings = officeHolders(entries, role, country);
  const covered = [...holdings.map(({ office }) => office), ...abolitions(holdings)].sort((a, b) =>
    a.from < b.from ? -1 : a.from > b.from ? 1 : 0,
  );
  const gaps: DateRange[] = [];
  let cursor = from;
  for (const office of covered) {
    if (office.to !== undefined && office.to <= cursor) continue;
    if (office.from >= to) break;
    if (office.from > cursor) gaps.push({ from: cursor, to: office.from });
    if (office.to === undefined) return gaps;
    if (office.to > cursor) cursor = office.to;
    if (cursor >= to) return gaps;
  }
  if (cursor < to) gaps.push({ from: cursor, to });
  return gaps;
}

/** Pairs of different people who hold the same office on overlapping dates. */
export function officeOverlaps(
  entries: readonly PersonEntry[],
  role: string | readonly string[],
  country: string,
): Array<readonly [Holding, Holding]> {
  const holdings = officeHolders(entries, role, country);
  const found: Array<readonly [Holding, Holding]> = [];
  holdings.forEach((holding, i) => {
    for (const other of holdings.slice(i + 1)) {
      if (other.name !== holding.name && overlaps(holding.office, other.office)) found.push([holding, other]);
    }
  });
  return found;
}
