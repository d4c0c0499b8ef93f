import type { PersonEntry } from '../../dictionaries/actor-schema.js';
import { baseRole, holdsOn, type Office } from '../../dictionaries/person-code.js';

/**
 * Which person a title before a bare surname names ("President Bush", "Senator Clinton"), as of the
 * article's date (`YYYY-MM-DD`). `title` is the role noun as the roles dictionary spells it, lower case
 * ("president", "prime minister", "senator").
 *
 * - The one bearer of the surname who holds an office of that title that day: "President Bush" in 2008 is
 *   George W. Bush, "President Clinton" in 1996 is Bill Clinton and "Senator Clinton" in 2008 is Hillary.
 * - Else, when no bearer ever held an office of that title, the one bearer in any office that day (titles
 *   that the dictionary spells otherwise: "Foreign Minister" for a "Minister of Foreign Affairs").
 * - Else, the one bearer who held an office of that title before the date ("President Clinton" in 2008 is
 *   Bill Clinton, coded as of the date).
 * - Otherwise nobody: two bearers fit ("President Bush" in 2012), or none does.
 */
export function personOfTitledSurname(
  bearers: readonly PersonEntry[],
  title: string,
  date: string,
  inOffice: (entry: PersonEntry) => boolean,
): PersonEntry | undefined {
  const fits = (office: Office): boolean => titleFitsOffice(title, office);
  const holding = bearers.filter((entry) => entry.offices.some((o) => fits(o) && holdsOn(o, date)));
  if (holding.length > 0) return holding.length === 1 ? holding[0] : undefined;
  const ever = bearers.filter((entry) => entry.offices.some(fits));
  if (ever.length === 0) {
    const serving = bearers.filter(inOffice);
    return serving.length === 1 ? serving[0] : undefined;
  }
  const before = ever.filter((entry) => entry.offices.some((o) => fits(o) && o.from <= date));
  return before.length === 1 ? before[0] : undefined;
}

/**
 * Whether the title names the office: the office's title is the title or starts with it ("governor" for
 * "Governor of Texas", "secretary" for "Secretary of State"); an acting holder holds the office. "president"
 * does not name "Vice President".
 */
export function titleFitsOffice(title: string, office: Pick<Office, 'role'>): boolean {
  let role = baseRole(office.role).toLowerCase();
  if (role.startsWith('acting ')) role = role.slice('acting '.length);
  return role === title || role.startsWith(`${title} `);
}
