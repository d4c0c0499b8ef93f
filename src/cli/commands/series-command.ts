import type { Command } from 'commander';
import { DyadError } from '../../errors/dyad-error.js';
import { actorKey } from '../../store/store.js';
import { databasePath, list, withStore, writeLine, type CliContext } from '../context.js';
import { parseDateOption, parseModalities } from '../parse-options.js';
import { formatTable } from '../table.js';

export function seriesCommand(program: Command, context: CliContext): void {
  program
    .command('series')
    .description('a dyad over time: events, Goldstein sum and mean per period, by QuadClass')
    .requiredOption('--source <key>', 'source actor key (RUS, NAT, RUSGOV)')
    .requiredOption('--target <key>', 'target actor key')
    .option('--granularity <unit>', 'day, week or month', 'month')
    .option('--since <date>', 'from, YYYY-MM-DD')
    .option('--until <date>', 'until (inclusive), YYYY-MM-DD')
    .option('--modality <list>', 'modalities counted (default asserted,reported)', list)
    .option('--json', 'one JSON object per period')
    .action(
      async (options: {
        source: string;
        target: string;
        granularity: string;
        since?: string;
        until?: string;
        modality?: string[];
        json?: boolean;
      }) => {
        const granularity = options.granularity;
        if (granularity !== 'day' && granularity !== 'week' && granularity !== 'month') {
          throw new DyadError('USAGE', `--granularity "${granularity}" is not one of day, week, month`);
        }
        const db = databasePath(program.opts<{ db?: string }>().db, context.env);
        const periods = await withStore(db, (store) =>
          store.dyadSeries({
            source: actorKey(options.source, '--source'),
            target: actorKey(options.target, '--target'),
            granularity,
            ...(options.since ? { since: parseDateOption(options.since, '--since') } : {}),
            ...(options.until ? { until: parseDateOption(options.until, '--until') } : {}),
            modality: parseModalities(options.modality ?? ['asserted', 'reported']),
          }),
        );
        if (options.json) {
          for (const period of periods) writeLine(context.stdout, JSON.stringify(period));
          return;
        }
        const rows = periods.map((period) => [
          period.period,
          String(period.events),
          period.goldsteinSum.toFixed(1),
          period.goldsteinMean.toFixed(2),
          ...['1', '2', '3', '4'].map((quad) => String(period.byQuadClass[quad] ?? 0)),
        ]);
        writeLine(
          context.stdout,
          formatTable(['period', 'events', 'goldstein', 'mean', 'q1', 'q2', 'q3', 'q4'], rows),
        );
      },
    );
}
