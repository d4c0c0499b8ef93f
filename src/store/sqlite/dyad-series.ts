import type Database from 'better-sqlite3';
import { DyadError } from '../../errors/dyad-error.js';
import type { DyadPeriod, DyadSeriesOptions, SeriesGranularity } from '../store.js';
import {
  checkActorKey,
  checkDate,
  checkModalities,
  checkRange,
  whereDateRange,
  whereModality,
} from './filter-checks.js';

/** SQL giving the first day of the period of `date` (`YYYY-MM-DD`). Weeks start on Monday, as in ISO 8601. */
const periodOf: Readonly<Record<SeriesGranularity, string>> = {
  day: 'k.date',
  week: "date(k.date, '-6 days', 'weekday 1')",
  month: "substr(k.date, 1, 7) || '-01'",
};

/** The first day of the period after `period`. */
function nextPeriod(period: string, granularity: SeriesGranularity): string {
  const day = new Date(`${period}T00:00:00Z`);
  if (granularity === 'day') day.setUTCDate(day.getUTCDate() + 1);
  else if (granularity === 'week') day.setUTCDate(day.getUTCDate() + 7);
  else day.setUTCMonth(day.getUTCMonth() + 1);
  return day.toISOString().slice(0, 10);
}

function emptyPeriod(period: string): DyadPeriod {
  return { period, events: 0, goldsteinSum: 0, goldsteinMean: 0, byQuadClass: { 1: 0, 2: 0, 3: 0, 4: 0 } };
}

/** Events of a dyad per day, week or month, read from the dyad-key index; periods without events are filled in. */
export function createDyadSeries(db: Database.Database): (options: DyadSeriesOptions) => DyadPeriod[] {
  return function dyadSeries(options) {
    const granularity = options.granularity;
    if (!(granularity in periodOf)) {
      throw new DyadError(
        'USAGE',
        `granularity ${JSON.stringify(granularity)} is not valid: expected day, week or month`,
        {
          granularity,
        },
      );
    }
    const source = checkActorKey('source', options.source);
    const target = checkActorKey('target', options.target);
    if (source === undefined || target === undefined) {
      throw new DyadError('USAGE', 'a dyad series needs both a source and a target actor key', {});
    }
    const since = checkDate('since', options.since);
    const until = checkDate('until', options.until);
    checkRange(since, until);
    const modality = checkModalities(options.modality);

    const where = ['k.source_key = ?', 'k.target_key = ?'];
    const params: unknown[] = [source, target];
    whereDateRange(where, params, 'k.date', since, until);
    whereModality(where, params, modality);
    const rows = db
      .prepare(
        `SELECT ${periodOf[granularity]} AS period, count(*) AS events, total(e.goldstein) AS goldsteinSum,
                sum(e.quad_class = 1) AS q1, sum(e.quad_class = 2) AS q2, sum(e.quad_class = 3) AS q3,
                sum(e.quad_class = 4) AS q4
         FROM event_dyad_keys AS k JOIN events AS e ON e.rowid = k.event_rowid
         WHERE ${where.join(' AND ')}
         GROUP BY period ORDER BY period`,
      )
      .all(...params) as {
      period: string;
      events: number;
      goldsteinSum: number;
      q1: number;
      q2: number;
      q3: number;
      q4: number;
    }[];

    const series: DyadPeriod[] = [];
    for (const row of rows) {
      const last = series.at(-1);
      if (last !== undefined) {
        for (
          let period = nextPeriod(last.period, granularity);
          period < row.period;
          period = nextPeriod(period, granularity)
        ) {
          series.push(emptyPeriod(period));
        }
      }
      series.push({
        period: row.period,
        events: row.events,
        goldsteinSum: row.goldsteinSum,
        goldsteinMean: row.goldsteinSum / row.events,
        byQuadClass: { 1: row.q1, 2: row.q2, 3: row.q3, 4: row.q4 },
      });
    }
    return series;
  };
}
