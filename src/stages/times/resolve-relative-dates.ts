import type { Granularity, Token } from '../../doc/layers.js';
import { afterDateline } from '../actors/wire-dateline.js';
import { addDays, makeDate, monthStart, parseIsoDate, weekday, weekStart, yearStart } from './calendar.js';

/**
 * Resolves the time expressions of news against the publication date.
 *
 * Written by hand rather than on chrono-node: chrono reads "Feb 26" in a wire dateline as February 2026,
 * forward-dates "the March 1 deadline" into the next year, turns durations ("for two years") into dates and
 * has no notion of granularity for "last week" or "in October"; correcting all that cost more than this
 * small grammar over tokens, and it runs on every sentence of every article.
 *
 * News refers to the past by default: a bare weekday or month is the latest one on or before the
 * publication date, unless "next" or "coming" says otherwise, or the words before it speak of what is to come
 * ("will meet Friday", "talks would be held in September", "is scheduled to meet Friday", "an October
 * deadline"; see `speaksOfFuture`): then it is the first one on or after the publication date.
 */
/** The rule of "tomorrow": a day ahead, which the events stage reads as the future though it is only one day. */
export const TOMORROW_RULE = 'tomorrow';
/** The rule of a weekend, dated by its week's Monday: the events stage asks whether its Saturday is ahead. */
export const WEEKEND_RULE = 'weekend';

export interface ResolvedTime {
  readonly tokenStart: number;
  readonly tokenEnd: number;
  readonly date: string;
  readonly granularity: Granularity;
  readonly rule: string;
}

const WEEKDAYS: Record<string, number> = {
  sunday: 0, monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6,
}; // prettier-ignore

const MONTHS: Record<string, number> = {
  january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5, june: 6, jun: 6,
  july: 7, jul: 7, august: 8, aug: 8, september: 9, sep: 9, sept: 9, october: 10, oct: 10, november: 11,
  nov: 11, december: 12, dec: 12,
}; // prettier-ignore

const NUMBER_WORDS: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, several: 3, few: 3,
}; // prettier-ignore

const PART_OF_DAY = new Set(['morning', 'afternoon', 'evening', 'night']);
/** Words before a month name that make "May" or "March" a date and not a name or a verb. */
const MONTH_INTRODUCERS = new Set([
  'in',
  'since',
  'last',
  'this',
  'next',
  'early',
  'late',
  'mid',
  'until',
  'by',
  'during',
  'on',
  'of',
]);

/** The token's lower-case text without a final period ("Sept." → "sept"); runs on every token. */
const clean = (token: Token | undefined): string => {
  if (!token) return '';
  const lower = token.lower;
  return lower.endsWith('.') ? lower.slice(0, -1) : lower;
};

/** The words a time expression can start with. */
const TRIGGERS = new Set([
  ...Object.keys(WEEKDAYS),
  ...Object.keys(MONTHS),
  ...Object.keys(NUMBER_WORDS),
  'yesterday',
  'tomorrow',
  'today',
  'tonight',
  'over',
  'at',
  'overnight',
  'this',
  'last',
  'next',
  'past',
  'in',
  'during',
  'since',
]);

/** Every time expression in tokens `[start, end)`. */
export function resolveRelativeDates(
  tokens: readonly Token[],
  start: number,
  end: number,
  published: string,
): ResolvedTime[] {
  const found: ResolvedTime[] = [];
  let i = start;
  // Bare weekdays and months are rare: the words before one are read only when one is found. One joined to
  // the expression before it ("in June and September") shares its tense.
  const ahead = (at: number, after: number) => {
    const previous = found[found.length - 1];
    if (previous && previous.tokenEnd === at - 1 && /^(and|or|,)$/.test(tokens[at - 1]!.lower))
      return previous.date > published;
    return speaksOfFuture(tokens, start, at, after, end);
  };
  const behind = (at: number, after: number) => speaksOfPast(tokens, start, at, after, end);
  while (i < end) {
    // Only a few words can start a time expression: skip the rest without building strings.
    const word = clean(tokens[i]);
    if (!TRIGGERS.has(word) && !/^\d/.test(tokens[i]!.text) && !YEAR_PART_TOKEN.test(word)) {
      i++;
      continue;
    }
    const match = matchAt(tokens, i, end, published, ahead, behind);
    if (match) {
      if (!isStrayDateline(tokens, start, end, match, published)) found.push(match);
      i = match.tokenEnd;
    } else {
      i++;
    }
  }
  return found;
}

/**
 * Whether the time expression of tokens `[at, after)` is in the future of its sentence (see speaksOfFuture), or
 * in its past (see speaksOfPast).
 */
type TenseTest = (at: number, after: number) => boolean;

function matchAt(
  tokens: readonly Token[],
  i: number,
  end: number,
  published: string,
  ahead: TenseTest,
  behind: TenseTest,
): ResolvedTime | undefined {
  const word = clean(tokens[i]);
  const next = clean(tokens[i + 1]);
  const has = (k: number) => i + k < end;

  if (word === 'yesterday')
    return {
      tokenStart: i,
      tokenEnd: i + 1,
      date: addDays(published, -1),
      granularity: 'day',
      rule: 'yesterday',
    };
  if (word === 'tomorrow')
    return {
      tokenStart: i,
      tokenEnd: i + 1,
      date: addDays(published, 1),
      granularity: 'day',
      rule: TOMORROW_RULE,
    };
  // "last night": the evening before a morning's wire.
  if (word === 'last' && next === 'night')
    return {
      tokenStart: i,
      tokenEnd: i + 2,
      date: addDays(published, -1),
      granularity: 'day',
      rule: 'last-night',
    };
  // "over the weekend", "at the weekend", "this weekend", "last weekend", "next weekend": the week that holds it.
  const weekend = weekendAt(tokens, i, end);
  if (weekend) {
    return {
      tokenStart: weekend.tokenStart,
      tokenEnd: weekend.tokenEnd,
      date: weekendWeek(published, weekend.word, ahead(weekend.tokenStart, weekend.tokenEnd)),
      granularity: 'week',
      rule: WEEKEND_RULE,
    };
  }
  if (word === 'today' || word === 'tonight') {
    return { tokenStart: i, tokenEnd: i + 1, date: published, granularity: 'day', rule: word };
  }
  if ((word === 'this' && PART_OF_DAY.has(next)) || word === 'overnight') {
    return {
      tokenStart: i,
      tokenEnd: word === 'this' ? i + 2 : i + 1,
      date: published,
      granularity: 'day',
      rule: 'this-part-of-day',
    };
  }

  // last / this / next / earlier this / later this + week | month | year
  if ((word === 'last' || word === 'this' || word === 'next' || word === 'past') && has(1)) {
    const unit = next;
    const direction = word === 'last' || word === 'past' ? -1 : word === 'next' ? 1 : 0;
    const tokenEnd = i + 2;
    if (unit === 'week')
      return {
        tokenStart: i,
        tokenEnd,
        date: addDays(weekStart(published), 7 * direction),
        granularity: 'week',
        rule: `${word}-week`,
      };
    if (unit === 'month')
      return {
        tokenStart: i,
        tokenEnd,
        date: monthStart(published, direction),
        granularity: 'month',
        rule: `${word}-month`,
      };
    if (unit === 'year')
      return {
        tokenStart: i,
        tokenEnd,
        date: yearStart(published, direction),
        granularity: 'year',
        rule: `${word}-year`,
      };
    if (unit in WEEKDAYS && tokens[i + 1]!.text[0] === tokens[i + 1]!.text[0]!.toUpperCase()) {
      const date = weekdayDate(
        published,
        WEEKDAYS[unit]!,
        direction > 0 ? 'next' : direction < 0 ? 'last' : 'past',
      );
      return {
        tokenStart: i,
        tokenEnd: partOfDayEnd(tokens, tokenEnd, end),
        date,
        granularity: 'day',
        rule: `${word}-weekday`,
      };
    }
    if (unit in MONTHS && direction !== 0) {
      const month = MONTHS[unit]!;
      const date = monthDate(published, month, direction > 0 ? 'next' : 'strict-past');
      // "Reagan announced last March 27", "went to the FBI … last January 15": the latest such day before
      // publication ("the week ended last March 5", written on March 15, is this year's), or the next one after it.
      const day = tokenEnd < end ? tokens[tokenEnd]!.text : '';
      const dated =
        word !== 'past' && DAY_OF_MONTH.test(day)
          ? nearestDay(published, month, parseInt(day, 10), direction)
          : undefined;
      if (dated)
        return {
          tokenStart: i,
          tokenEnd: tokenEnd + 1,
          date: dated,
          granularity: 'day',
          rule: `${word}-month-day`,
        };
      return { tokenStart: i, tokenEnd, date, granularity: 'month', rule: `${word}-month-name` };
    }
  }

  // N days / weeks / months / years ago
  const count = /^\d+$/.test(word) ? Number(word) : NUMBER_WORDS[word];
  if (count !== undefined && has(2) && clean(tokens[i + 2]) === 'ago') {
    const unit = next.replace(/s$/, '');
    if (unit === 'day')
      return {
        tokenStart: i,
        tokenEnd: i + 3,
        date: addDays(published, -count),
        granularity: 'day',
        rule: 'days-ago',
      };
    if (unit === 'week')
      return {
        tokenStart: i,
        tokenEnd: i + 3,
        date: weekStart(addDays(published, -7 * count)),
        granularity: 'week',
        rule: 'weeks-ago',
      };
    if (unit === 'month')
      return {
        tokenStart: i,
        tokenEnd: i + 3,
        date: monthStart(published, -count),
        granularity: 'month',
        rule: 'months-ago',
      };
    if (unit === 'year')
      return {
        tokenStart: i,
        tokenEnd: i + 3,
        date: yearStart(published, -count),
        granularity: 'year',
        rule: 'years-ago',
      };
  }

  // Weekday: "on Thursday", "Wednesday night", "Tuesday"
  if (word in WEEKDAYS && /^[A-Z]/.test(tokens[i]!.text)) {
    // "Sunday, March 1", "Tuesday 3 March": the date says which Sunday.
    const dated = tokens[i + 1]?.text === ',' ? i + 2 : i + 1;
    if (dated < end && (clean(tokens[dated]) in MONTHS || /^\d/.test(tokens[dated]!.text))) {
      const date = matchAt(tokens, dated, end, published, ahead, behind);
      if (date && DAY_OF_MONTH_RULES.has(date.rule)) return { ...date, tokenStart: i };
    }
    const tokenEnd = partOfDayEnd(tokens, i + 1, end);
    const future = ahead(i, tokenEnd);
    return {
      tokenStart: i,
      tokenEnd,
      date: weekdayDate(published, WEEKDAYS[word]!, future ? 'coming' : 'past'),
      granularity: 'day',
      rule: future ? 'weekday-ahead' : 'weekday',
    };
  }

  // "mid-April", "mid-1987": one token for wink-nlp.
  const mid = /^mid-([a-z]+|\d{4})$/.exec(word);
  if (mid) {
    const part = mid[1]!;
    if (/^\d{4}$/.test(part))
      return { tokenStart: i, tokenEnd: i + 1, date: `${part}-01-01`, granularity: 'year', rule: 'mid-year' };
    if (part in MONTHS) return bareMonth(i, MONTHS[part]!, published, ahead, behind);
  }

  // Month name: "October", "Nov. 5", "5 November 2021", "March 11, 1987", "in October 2020"
  if (word in MONTHS && /^[A-Z]/.test(tokens[i]!.text)) {
    const month = MONTHS[word]!;
    const previous = clean(tokens[i - 1]);
    let k = i + 1;
    if (tokens[k]?.text === '.') k++;
    const dayToken = tokens[k];
    if (
      k < end &&
      dayToken &&
      DAY_OF_MONTH.test(dayToken.text) &&
      parseInt(dayToken.text, 10) >= 1 &&
      parseInt(dayToken.text, 10) <= 31
    ) {
      let tokenEnd = k + 1;
      let year: number | undefined;
      let y = tokenEnd;
      if (tokens[y]?.text === ',') y++;
      const named = namedYearAt(tokens, y, end, published);
      if (named) ({ year, tokenEnd } = named);
      const date = dayMonthDate(published, parseInt(dayToken.text, 10), month, year);
      if (date)
        return dayOfMonth({ tokenStart: i, tokenEnd, date, rule: 'month-day' }, year, published, behind);
    }
    // "May" and "March" are also a name and a verb: a bare month needs a word that introduces a date.
    const ambiguous = word === 'may' || word === 'march';
    if (!ambiguous || MONTH_INTRODUCERS.has(previous)) {
      // "October 2020", "June, 1988"; not "In October, 2000 soldiers were deployed".
      const y = tokens[i + 1]?.text === ',' ? i + 2 : i + 1;
      const counted = y > i + 1 && COUNTED.has(tokens[y + 1]?.pos ?? '');
      if (y < end && !counted && /^(1[89]|20)\d\d$/.test(tokens[y]?.text ?? '')) {
        return {
          tokenStart: i,
          tokenEnd: y + 1,
          date: `${tokens[y]!.text}-${String(month).padStart(2, '0')}-01`,
          granularity: 'month',
          rule: 'month-year',
        };
      }
      return bareMonth(i, month, published, ahead, behind);
    }
  }
  // "5 November", "18 November 2021"
  if (
    DAY_OF_MONTH.test(tokens[i]?.text ?? '') &&
    next in MONTHS &&
    has(1) &&
    /^[A-Z]/.test(tokens[i + 1]!.text)
  ) {
    const named = namedYearAt(tokens, i + 2, end, published);
    const tokenEnd = named?.tokenEnd ?? i + 2;
    const year = named?.year;
    const date = dayMonthDate(published, parseInt(tokens[i]!.text, 10), MONTHS[next]!, year);
    if (date)
      return dayOfMonth({ tokenStart: i, tokenEnd, date, rule: 'day-month' }, year, published, behind);
  }
  // "in 2019", "during 2014" (a bare year elsewhere is often an attribute: "the 1994 genocide")
  if (
    (word === 'in' || word === 'during' || word === 'since') &&
    has(1) &&
    /^(1[89]|20)\d\d$/.test(tokens[i + 1]!.text)
  ) {
    return {
      tokenStart: i + 1,
      tokenEnd: i + 2,
      date: `${tokens[i + 1]!.text}-01-01`,
      granularity: 'year',
      rule: 'in-year',
    };
  }
  // "in early 1985", "at the start of 1986", "during the early months of 1987", "at end-1986": a part of a year
  // is dated by its year.
  if (YEAR_PART_PREPOSITIONS.has(word)) {
    const part = partOfYearAt(tokens, i + 1, end);
    if (part)
      return {
        tokenStart: i + 1,
        tokenEnd: part.tokenEnd,
        date: `${part.year}-01-01`,
        granularity: 'year',
        rule: 'part-of-year',
      };
  }
  const ending = /^(?:end|early|late)-((?:1[89]|20)\d\d)$/.exec(word);
  if (ending && YEAR_PART_PREPOSITIONS.has(clean(tokens[i - 1])))
    return {
      tokenStart: i,
      tokenEnd: i + 1,
      date: `${ending[1]}-01-01`,
      granularity: 'year',
      rule: 'part-of-year',
    };
  return undefined;
}

/** "mid-April", "mid-1987", "end-1986", "early-1986": one token for wink-nlp. */
const YEAR_PART_TOKEN = /^(?:mid-|(?:end|early|late)-\d)/;

/**
 * Prepositions before a part of a year that date what happens in it ("asked banks in early 1985"); not "by" or
 * "through", which bound a period ("by the end of 1987" is a deadline).
 */
const YEAR_PART_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'at', 'during', 'since']);
/** Words before a year that name a part of it, or the calendar year itself: "early 1985", "calendar 1988". */
const YEAR_MODIFIERS: ReadonlySet<string> = new Set(['early', 'late', 'calendar']);
/** Words of a part of a year before "of": "the start of 1986", "the first half of", "the early months of". */
const YEAR_PART_WORDS: ReadonlySet<string> = new Set(
  'start beginning end middle close first second third fourth last early late half quarter months part'.split(
    ' ',
  ),
);

/**
 * A part of a year at token `k`: "early 1985", "calendar 1988", "the start of 1986", "the first half of 1986"; its
 * year and the token after it. Not "fiscal 1986": a fiscal year straddles two.
 */
function partOfYearAt(
  tokens: readonly Token[],
  k: number,
  end: number,
): { year: string; tokenEnd: number } | undefined {
  const isYear = (at: number) => at < end && /^(1[89]|20)\d\d$/.test(tokens[at]!.text);
  if (k < end && YEAR_MODIFIERS.has(tokens[k]!.lower) && isYear(k + 1))
    return { year: tokens[k + 1]!.text, tokenEnd: k + 2 };
  if (k >= end || tokens[k]!.lower !== 'the') return undefined;
  let at = k + 1;
  while (at < Math.min(end, k + 4) && YEAR_PART_WORDS.has(tokens[at]!.lower)) at++;
  if (at === k + 1 || tokens[at]?.lower !== 'of' || !isYear(at + 1)) return undefined;
  return { year: tokens[at + 1]!.text, tokenEnd: at + 2 };
}

/**
 * How many months back a bare month may lie and still be read as past when its clause says nothing of its tense.
 * News names a month of last year "last June": a bare month further back is the coming one ("Nakasone hopes to
 * meet Reagan in late April", "OPEC may need to hold a meeting in September"), unless a past form says otherwise
 * ("The ministers met in September"). In Reuters-21578 every bare month 7 to 11 months back was the coming one;
 * those up to 6 back were the past ones ("OPEC agreed in December", written in June).
 */
const PAST_MONTHS_BACK = 6;

/** A month with no year at token `i` ("in October", "mid-April"): the last one, or the coming one (see `ahead`). */
function bareMonth(
  i: number,
  month: number,
  published: string,
  ahead: TenseTest,
  behind: TenseTest,
): ResolvedTime {
  const future = ahead(i, i + 1) || (monthsBack(published, month) > PAST_MONTHS_BACK && !behind(i, i + 1));
  return {
    tokenStart: i,
    tokenEnd: i + 1,
    date: monthDate(published, month, future ? 'coming' : 'past'),
    granularity: 'month',
    rule: future ? 'month-ahead' : 'month',
  };
}

/**
 * The year written after a day and month at token `y`: "1987", or "last year" and "next year" ("Between July 1
 * last year and January 31, Britain bought …", "deposits … at June 30 last year"), with the token after it.
 */
function namedYearAt(
  tokens: readonly Token[],
  y: number,
  end: number,
  published: string,
): { year: number; tokenEnd: number } | undefined {
  if (y >= end) return undefined;
  const text = tokens[y]!.text;
  if (/^(1[89]|20)\d\d$/.test(text)) return { year: Number(text), tokenEnd: y + 1 };
  const which = tokens[y]!.lower;
  if ((which !== 'last' && which !== 'next') || y + 1 >= end || tokens[y + 1]!.lower !== 'year')
    return undefined;
  const year = parseIsoDate(published).getUTCFullYear() + (which === 'last' ? -1 : 1);
  return { year, tokenEnd: y + 2 };
}

/** The rules of a day and month ("March 11", "5 November"), read in the past or moved ahead (see `dayOfMonth`). */
const DAY_OF_MONTH_RULES: ReadonlySet<string> = new Set([
  'month-day',
  'day-month',
  'month-day-ahead',
  'day-month-ahead',
]);

/**
 * A day and month found at `date` (the occurrence from ten months before to two months after publication, see
 * `dayMonthDate`). With no year, one more than half a year back is the coming one, as for a bare month (see
 * `PAST_MONTHS_BACK`), unless its clause speaks of the past: "when EC environment ministers meet next on May 21"
 * (written in March), "after a standstill agreement expires on June 30" (March), "when it meets on December 9"
 * (June) named last year's days; "discharging … mud between September 23 and 30 last year" keeps its own.
 */
function dayOfMonth(
  found: { tokenStart: number; tokenEnd: number; date: string; rule: string },
  year: number | undefined,
  published: string,
  behind: TenseTest,
): ResolvedTime {
  const { tokenStart, tokenEnd, date, rule } = found;
  const farBack = year === undefined && date < monthsBefore(published, PAST_MONTHS_BACK);
  if (!farBack || behind(tokenStart, tokenEnd))
    return { tokenStart, tokenEnd, date, granularity: 'day', rule };
  const d = parseIsoDate(date);
  const coming = nearestDay(published, d.getUTCMonth() + 1, d.getUTCDate(), 1) ?? date;
  return { tokenStart, tokenEnd, date: coming, granularity: 'day', rule: `${rule}-ahead` };
}

/** The date `months` months before `date`, on the same day (or the month's last, when it has fewer days). */
function monthsBefore(date: string, months: number): string {
  const d = parseIsoDate(date);
  const first = monthStart(date, -months);
  const [year, month] = first.split('-').map(Number) as [number, number];
  let day = d.getUTCDate();
  while (makeDate(year, month, day) === undefined) day--;
  return makeDate(year, month, day)!;
}

/** How many months the last `month` on or before the publication month lies back from it (0 to 11). */
function monthsBack(published: string, month: number): number {
  return (parseIsoDate(published).getUTCMonth() + 1 - month + 12) % 12;
}

function partOfDayEnd(tokens: readonly Token[], at: number, end: number): number {
  return at < end && PART_OF_DAY.has(clean(tokens[at])) ? at + 1 : at;
}

/**
 * The weekday on or before the date ("past"), strictly before ("last"), on or after ("coming"), or strictly
 * after ("next").
 */
function weekdayDate(published: string, day: number, mode: 'past' | 'last' | 'coming' | 'next'): string {
  const today = weekday(published);
  if (mode === 'next') return addDays(published, (day - today + 7) % 7 || 7);
  if (mode === 'coming') return addDays(published, (day - today + 7) % 7);
  const back = (today - day + 7) % 7;
  return addDays(published, mode === 'last' && back === 0 ? -7 : -back);
}

/**
 * The month on or before the publication month ("past"), strictly before it ("strict-past"), on or after it
 * ("coming"), or strictly after it ("next").
 */
function monthDate(
  published: string,
  month: number,
  mode: 'past' | 'strict-past' | 'coming' | 'next',
): string {
  const d = parseIsoDate(published);
  let year = d.getUTCFullYear();
  const current = d.getUTCMonth() + 1;
  if (mode === 'next') {
    if (month <= current) year++;
  } else if (mode === 'coming') {
    if (month < current) year++;
  } else if (month > current || (mode === 'strict-past' && month === current)) {
    year--;
  }
  return `${year}-${String(month).padStart(2, '0')}-01`;
}

/** The day and month strictly before publication (`direction` -1) or strictly after it (1), or undefined. */
function nearestDay(published: string, month: number, day: number, direction: number): string | undefined {
  const year = parseIsoDate(published).getUTCFullYear();
  const date = makeDate(year, month, day);
  if (date === undefined) return undefined;
  if (direction < 0) return date < published ? date : makeDate(year - 1, month, day);
  return date > published ? date : makeDate(year + 1, month, day);
}

/** A day and month with no year: the occurrence from ten months before to two months after publication. */
function dayMonthDate(published: string, day: number, month: number, year?: number): string | undefined {
  if (year !== undefined) return makeDate(year, month, day);
  const base = parseIsoDate(published).getUTCFullYear();
  for (const candidate of [base, base - 1, base + 1]) {
    const date = makeDate(candidate, month, day);
    if (!date) continue;
    const diffDays = (parseIsoDate(date).getTime() - parseIsoDate(published).getTime()) / 86_400_000;
    if (diffDays > -305 && diffDays <= 61) return date;
  }
  return makeDate(base, month, day);
}

/** Words that put what follows them in the future: "will meet", "is due to", "plans to", "the coming". */
const FUTURE_WORDS = new Set([
  'will',
  "'ll",
  'shall',
  'would',
  'scheduled',
  'due',
  'expected',
  'planned',
  'plans',
  'intends',
  'upcoming',
  'coming',
]);
/** Past forms: read before any future word (from the time expression back), they put the clause in the past. */
const PAST_WORDS = new Set(['was', 'were', 'had', 'did']);
/** Nouns of a time yet to come that a month or weekday before them names: "an October deadline". */
const FUTURE_NOUNS = new Set(['deadline', 'target', 'expiry', 'maturity']);
/** Words a clause or phrase opens with: the future of what is before one is not that of what follows. */
const BOUNDARIES = new Set([',', ';', ':', '--', 'that', 'which', 'who', 'but', 'and', 'after', 'when']);
/** Forms of "be" and "have" before a participle: "will be announced", "has been postponed". */
const AUXILIARIES = new Set(['be', 'been', 'being', 'is', 'are', 'was', 'were', 'has', 'have', 'had']);
/** How many words before a bare weekday or month are read for its tense. */
const LOOK_BACK = 12;

/**
 * Does a bare weekday or month speak of the future? It does when a noun of a time to come follows it ("an
 * October deadline"), or when the words of its own clause before it say so ("will meet Friday", "talks would
 * be held in September", "will be announced on Friday", "is scheduled to meet Friday", "expected to hold talks
 * in September") before a past form does ("was postponed until …" reads as past: "was" comes first, from the
 * expression back). Future words in their other senses do not count: "more than expected", "due to strikes",
 * "unveiled plans". Written by hand: it reads wink-nlp's tokens within the sentence, a few words back.
 */
function speaksOfFuture(
  tokens: readonly Token[],
  start: number,
  at: number,
  after: number,
  end: number,
): boolean {
  if (after < end && FUTURE_NOUNS.has(tokens[after]!.lower)) return true;
  if (opensClause(tokens, start, at) && isVerbAheadFuture(tokens, after, end)) return true;
  // "begins on Tuesday with February durable goods orders": a month before a noun names a period of figures.
  const attributive = after < end && (tokens[after]!.pos === 'NOUN' || tokens[after]!.pos === 'ADJ');
  let verbBetween = attributive;
  for (let k = at - 1; k >= Math.max(start, at - LOOK_BACK); k--) {
    const token = tokens[k]!;
    const lower = token.lower;
    if (FUTURE_WORDS.has(lower) && isFutureSense(tokens, k)) return true;
    // A timetable verb speaks for the expression only when no other verb stands between them ("housing starts
    // fell in May": "fell" does).
    if (!verbBetween && isScheduledPresent(tokens, k)) return true;
    if (token.pos === 'VERB' || token.pos === 'AUX') verbBetween = true;
    if (PAST_WORDS.has(lower) || BOUNDARIES.has(lower)) return false;
    // A past tense ("met", "agreed") ends the clause's verb group; a participle after "be" or "have" does not
    // ("will be announced").
    if (token.pos === 'VERB' && lower.endsWith('ed') && lower !== 'scheduled' && lower !== 'expected') {
      if (!AUXILIARIES.has(tokens[k - 1]?.lower ?? '')) return false;
    }
  }
  return false;
}

/**
 * Verbs of a timetable: in the present tense, with a bare weekday or month after them, news speaks of what is
 * to come ("Nakasone leaves on Wednesday", "the offer expires in June", "the ministers are meeting on Friday").
 * Verbs of saying and of measure are not among them: "output rises in March" reports a figure.
 */
const SCHEDULE_VERBS = new Set([
  'leave',
  'arrive',
  'depart',
  'travel',
  'fly',
  'visit',
  'return',
  'meet',
  'convene',
  'begin',
  'start',
  'resume',
  'open',
  'expire',
  'vote',
]);

/** Present forms of timetable verbs that are plural nouns as often. */
const NOUNS_TOO = new Set(['starts', 'returns', 'visits', 'votes', 'travels', 'opens']);

/**
 * Is the token at `k` a timetable verb in the present: "leaves", "begins", or "is leaving", "are meeting"? A
 * headline's present tense tells of the past, but a headline rarely names a weekday; the body's does not.
 */
function isScheduledPresent(tokens: readonly Token[], k: number): boolean {
  const token = tokens[k]!;
  if (token.pos !== 'VERB') return false;
  const lemma = token.lemma.toLowerCase();
  if (!SCHEDULE_VERBS.has(lemma)) return false;
  // "begins to feel the effects of the December devaluation": the month is not the verb's.
  if (tokens[k + 1]?.lower === 'to') return false;
  const lower = token.lower;
  if (lower === `${lemma}s` || lower === `${lemma}es`) {
    // "housing starts rose in February", "tax returns": these are plural nouns too (wink-nlp tags some verbs);
    // they are verbs after a name, a pronoun or "which" ("the visit, which starts on Friday").
    if (!NOUNS_TOO.has(lower)) return true;
    const before = tokens[k - 1];
    if (before === undefined) return false;
    if (before.pos === 'PRON' || before.lower === 'which') return true;
    // A name, but not a capitalised first word or a headline's capitals ("Housing starts", "HOUSING STARTS").
    return before.pos === 'PROPN' && !before.sentenceStart && before.text !== before.text.toUpperCase();
  }
  if (!lower.endsWith('ing')) return false;
  const before = tokens[k - 1]?.lower;
  return before === 'is' || before === 'are' || before === "'s" || before === "'re";
}

/** Is the future word at `k` used of the future: not "than expected", "due to strikes", "unveiled plans"? */
function isFutureSense(tokens: readonly Token[], k: number): boolean {
  const lower = tokens[k]!.lower;
  const previous = tokens[k - 1];
  if (lower === 'expected') return previous?.lower !== 'than' && previous?.lower !== 'as';
  // "due to meet" is a plan; "due to strikes" (wink-nlp may tag "strikes" a verb) a cause: a plan's verb is bare.
  if (lower === 'due') {
    const verb = tokens[k + 2];
    return tokens[k + 1]?.lower !== 'to' || (verb?.pos === 'VERB' && verb.lower === verb.lemma.toLowerCase());
  }
  if (lower === 'plans') return previous === undefined || (previous.pos !== 'DET' && previous.pos !== 'VERB');
  return true;
}

/** Words that bound a time to come: "postponed until June", "by the end of July", "before June". */
const BOUND_WORDS = new Set(['until', 'till', 'by', 'before']);
/** Words between a bound and its month: "by the middle of April", "until late June". */
const BOUND_FILLERS = new Set(['the', 'end', 'middle', 'start', 'beginning', 'of', 'early', 'late', 'mid']);
/**
 * How many words after a clause-opening time expression are read for its verb ("In December, talks collapsed",
 * "that on Thursday and Friday Deputy U.S. Trade Representative Michael Smith would meet").
 */
const LOOK_AHEAD = 10;

/**
 * Does the clause of a bare month put it in the past? It does after "since", or when a past form of its verb
 * comes first, read from the expression back ("The ministers met in September", "which he toured in
 * September", "Talks were held in June"), or, when the expression opens its clause, forward ("In December, talks
 * collapsed"). A bound ("postponed until June", "by the end of July") or an infinitive ("promised to consider
 * again in July") gives the month a verb of its own, which says nothing of the past.
 */
function speaksOfPast(
  tokens: readonly Token[],
  start: number,
  at: number,
  after: number,
  end: number,
): boolean {
  let k = at - 1;
  while (k >= start && BOUND_FILLERS.has(tokens[k]!.lower)) k--;
  if (k >= start && BOUND_WORDS.has(tokens[k]!.lower)) return false;
  if (tokens[at - 1]?.lower === 'since') return true;
  for (let k = at - 1; k >= Math.max(start, at - LOOK_BACK); k--) {
    const token = tokens[k]!;
    if (token.lower === 'to' && tokens[k + 1]?.pos === 'VERB') return false;
    if (FUTURE_WORDS.has(token.lower) && isFutureSense(tokens, k)) return false;
    if (PAST_WORDS.has(token.lower)) return true;
    if (isPastForm(tokens, k)) return true;
    if (BOUNDARIES.has(token.lower)) break;
  }
  // "In December, talks collapsed": an expression before its clause's verb takes that verb's tense.
  if (!opensClause(tokens, start, at)) return false;
  for (let k = after; k < Math.min(end, after + LOOK_AHEAD); k++) {
    const token = tokens[k]!;
    if (PAST_WORDS.has(token.lower) || isPastForm(tokens, k)) return true;
    if (token.pos === 'VERB' || token.pos === 'AUX') return false;
  }
  return false;
}

/**
 * Does the time expression at `at` open its clause, alone or after "on" or "in": at the start of the sentence or
 * of a quotation, or after a clause's first word ("said that on Thursday …")?
 */
function opensClause(tokens: readonly Token[], start: number, at: number): boolean {
  let k = at - 1;
  if (k >= start && MONTH_INTRODUCERS.has(tokens[k]!.lower)) k--;
  if (k < start) return true;
  const before = tokens[k]!;
  return CLAUSE_OPENERS.has(before.lower) || QUOTE_MARKS.has(before.text);
}

/**
 * Words after which a clause opens: "said that on Thursday …", "…, but in June …". Not "after" or "when", whose
 * time is their own: "announced several hours after Tuesday's close it would postpone".
 */
const CLAUSE_OPENERS = new Set([',', ';', ':', '--', 'that', 'but']);

/**
 * Is the verb of the clause a time expression opens in the future: "On Tuesday I shall be going to Washington",
 * "On Wednesday the Court of Appeal will link …"? The first verb after it decides: "On Friday, Taft said it
 * would negotiate" speaks of Friday's saying.
 */
function isVerbAheadFuture(tokens: readonly Token[], after: number, end: number): boolean {
  for (let k = after; k < Math.min(end, after + LOOK_AHEAD); k++) {
    const token = tokens[k]!;
    if (FUTURE_WORDS.has(token.lower) && isFutureSense(tokens, k)) return true;
    if (token.pos === 'VERB' || token.pos === 'AUX') return false;
  }
  return false;
}

/** Quotation marks, after which a quoted clause opens. */
const QUOTE_MARKS = new Set(['"', '“', "'", '‘']);

/**
 * Is the token at `k` a verb's past form that is not a participle after "be" or "have": "met", "agreed", but not
 * "will be held"? wink-nlp gives no tense; a form other than the lemma, its -s form or its -ing form is a past
 * form.
 */
function isPastForm(tokens: readonly Token[], k: number): boolean {
  const token = tokens[k]!;
  if (token.pos !== 'VERB') return false;
  const lemma = token.lemma.toLowerCase();
  const lower = token.lower;
  if (lower === lemma || lower.endsWith('ing') || lower === `${lemma}s` || lower === `${lemma}es`)
    return false;
  if (lower.endsWith('s') && !lower.endsWith('ss')) return false;
  return !AUXILIARIES.has(tokens[k - 1]?.lower ?? '');
}

/** What a number counts ("2000 soldiers", "1800 wounded"): after one, the number is no year. */
const COUNTED = new Set(['NOUN', 'ADJ', 'NUM', 'PROPN']);

/** A day of the month as written: "3", "03", "3rd", "21st". */
const DAY_OF_MONTH = /^\d{1,2}(st|nd|rd|th)?$/i;

/**
 * "over the weekend", "at the weekend", "this weekend", "last weekend", "next weekend", "the weekend" after
 * "during": where it starts and ends, and the word that says which weekend.
 */
function weekendAt(
  tokens: readonly Token[],
  i: number,
  end: number,
): { tokenStart: number; tokenEnd: number; word: string } | undefined {
  const word = clean(tokens[i]);
  if (
    (word === 'this' || word === 'last' || word === 'next') &&
    i + 1 < end &&
    clean(tokens[i + 1]) === 'weekend'
  )
    return { tokenStart: i, tokenEnd: i + 2, word };
  if (
    (word === 'over' || word === 'at' || word === 'during') &&
    i + 2 < end &&
    clean(tokens[i + 1]) === 'the' &&
    clean(tokens[i + 2]) === 'weekend'
  )
    return { tokenStart: i + 1, tokenEnd: i + 3, word };
  return undefined;
}

/** How far a wire dateline's date may stand from the publication date: time zones and a late wire. */
const DATELINE_DAYS = 3;

/**
 * Is this the date of a wire dateline ("TOKYO, May 18 -") that is not the story's, but a slip of the corpus
 * (a story published on March 18)? Its events keep the publication date rather than a date two months away.
 */
function isStrayDateline(
  tokens: readonly Token[],
  start: number,
  end: number,
  time: ResolvedTime,
  published: string,
): boolean {
  if (time.tokenStart <= start || time.tokenEnd > afterDateline(tokens, start, end)) return false;
  const days = (parseIsoDate(time.date).getTime() - parseIsoDate(published).getTime()) / 86_400_000;
  return Math.abs(days) > DATELINE_DAYS;
}

/**
 * The week (its Monday) of the weekend a phrase means. On a Saturday or Sunday "the weekend" and "this
 * weekend" are the one under way, "last weekend" the one before and "next weekend" the one after. On a weekday
 * "last weekend" is the one just past and "next weekend" the coming one; "over the weekend" is the one just past
 * unless the clause speaks of the future; "this weekend" is the coming one, but on a Monday, when news tells of
 * the one just past ("staged rallies this weekend").
 */
function weekendWeek(published: string, word: string, future: boolean): string {
  const week = weekStart(published);
  const day = weekday(published);
  if (day === 0 || day === 6) return addDays(week, word === 'last' ? -7 : word === 'next' ? 7 : 0);
  if (word === 'last') return addDays(week, -7);
  if (word === 'next' || future) return week;
  if (word === 'this') return day === 1 ? addDays(week, -7) : week;
  return addDays(week, -7);
}
