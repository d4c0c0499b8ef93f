/** Calendar arithmetic on `YYYY-MM-DD` strings, in UTC so that no time zone shifts a day. */

export function parseIsoDate(date: string): Date {
  return new Date(`${date}T00:00:00Z`);
}

export function formatIsoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

export function addDays(date: string, days: number): string {
  const d = parseIsoDate(date);
  d.setUTCDate(d.getUTCDate() + days);
  return formatIsoDate(d);
}

/** The Monday of the ISO week containing `date`. */
export function weekStart(date: string): string {
  const d = parseIsoDate(date);
  const offset = (d.getUTCDay() + 6) % 7;
  return addDays(date, -offset);
}

/** The first day of the month `months` away from `date`'s month. */
export function monthStart(date: string, months = 0): string {
  const d = parseIsoDate(date);
  const target = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + months, 1));
  return formatIsoDate(target);
}

export function yearStart(date: string, years = 0): string {
  return `${String(parseIsoDate(date).getUTCFullYear() + years).padStart(4, '0')}-01-01`;
}

/** A real calendar date, or undefined ("February 30"). */
export function makeDate(year: number, month: number, day: number): string | undefined {
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day)
    return undefined;
  return formatIsoDate(d);
}

export function weekday(date: string): number {
  return parseIsoDate(date).getUTCDay();
}
