/** The outcome of `parseDate`: a calendar date `YYYY-MM-DD`, or why the text is not one. */
export type ParsedDate =
  { readonly ok: true; readonly date: string } | { readonly ok: false; readonly message: string };

const monthNames = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

const compact = /^(\d{4})(\d{2})(\d{2})$/;
const isoDate = /^(\d{4})-(\d{2})-(\d{2})$/;
const isoDateTime =
  /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?(Z|[+-](\d{2})(?::?(\d{2}))?)?$/i;

const expected = 'expected YYYYMMDD or an ISO 8601 date such as 2021-11-18 or 2021-11-18T09:30:00Z';

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

function calendarDate(text: string, year: string, month: string, day: string): ParsedDate {
  const y = Number(year);
  const m = Number(month);
  const d = Number(day);
  if (m < 1 || m > 12)
    return { ok: false, message: `"${text}": month ${month} does not exist (${expected})` };
  const name = monthNames[m - 1];
  const days = daysInMonth(y, m);
  if (d < 1 || d > days) {
    const why =
      m === 2 && d === 29
        ? `${year} is not a leap year, so February has 28 days`
        : `${name} has ${days} days`;
    return { ok: false, message: `"${text}": day ${day} does not exist: ${why}` };
  }
  return { ok: true, date: `${year}-${month}-${day}` };
}

/**
 * Reads a publication date written as `YYYYMMDD`, an ISO 8601 date (`2021-11-18`) or an ISO 8601 date-time
 * (`2021-11-18T23:30:00-05:00`). The result is the calendar date *as written*: a time zone offset is checked
 * but not applied, because the date a newsroom printed is the one its relative expressions ("on Thursday")
 * refer to. Impossible dates (`20211341`, `20210229`) are refused with a message that says why.
 */
export function parseDate(text: string): ParsedDate {
  const trimmed = text.trim();
  const short = compact.exec(trimmed) ?? isoDate.exec(trimmed);
  if (short) return calendarDate(trimmed, short[1]!, short[2]!, short[3]!);
  const long = isoDateTime.exec(trimmed);
  if (!long) {
    const shown = trimmed === '' ? 'an empty date' : `"${trimmed.slice(0, 40)}"`;
    return { ok: false, message: `${shown} is not a date (${expected})` };
  }
  const [, year, month, day, hour, minute, second, , offsetHour, offsetMinute] = long;
  if (Number(hour) > 23 || Number(minute) > 59 || Number(second ?? 0) > 60) {
    return {
      ok: false,
      message: `"${trimmed}": the time of day ${hour}:${minute} does not exist (${expected})`,
    };
  }
  if (Number(offsetHour ?? 0) > 23 || Number(offsetMinute ?? 0) > 59) {
    return { ok: false, message: `"${trimmed}": the time zone offset does not exist (${expected})` };
  }
  return calendarDate(trimmed, year!, month!, day!);
}
