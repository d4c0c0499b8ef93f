import type { Command } from 'commander';
import { actorKey } from '../../store/store.js';
import { databasePath, list, withStore, type CliContext } from '../context.js';
import { formatEvents, TSV_COLUMNS } from '../event-format.js';
import { MODALITIES } from '../../doc/layers.js';
import { parseDateOption, parseFormat, parseModalities, parsePositive } from '../parse-options.js';

export function eventsCommand(program: Command, context: CliContext): void {
  program
    .command('events')
    .description('query stored events (by default only asserted and reported ones, as analysts count them)')
    .option('--source <key>', 'source actor: a country (RUS), a known group (NAT) or a code prefix (RUSGOV)')
    .option('--target <key>', 'target actor, as --source')
    .option('--code <code>', 'CAMEO code prefix: 16 finds 16, 161, 1612')
    .option('--since <date>', 'event date from, YYYY-MM-DD')
    .option('--until <date>', 'event date until (inclusive), YYYY-MM-DD')
    .option('--modality <list>', `modalities (comma-separated): ${MODALITIES.join(', ')}`, list)
    .option('--all-modalities', 'every modality, conditions and denials included')
    .option('--limit <n>', 'at most this many events', '1000')
    .option('--format <format>', 'jsonl, tsv or table', 'table')
    .addHelpText('after', `\nTSV columns: ${TSV_COLUMNS.join(', ')}`)
    .action(
      async (options: {
        source?: string;
        target?: string;
        code?: string;
        since?: string;
        until?: string;
        modality?: string[];
        allModalities?: boolean;
        limit: string;
        format: string;
      }) => {
        const format = parseFormat(options.format);
        const modality = options.allModalities
          ? undefined
          : parseModalities(options.modality ?? ['asserted', 'reported']);
        const filter = {
          ...(options.source ? { source: actorKey(options.source, '--source') } : {}),
          ...(options.target ? { target: actorKey(options.target, '--target') } : {}),
          ...(options.code ? { code: options.code } : {}),
          ...(options.since ? { since: parseDateOption(options.since, '--since') } : {}),
          ...(options.until ? { until: parseDateOption(options.until, '--until') } : {}),
          ...(modality ? { modality } : {}),
          limit: parsePositive(options.limit, '--limit'),
        };
        const db = databasePath(program.opts<{ db?: string }>().db, context.env);
        const records = await withStore(db, (store) => store.queryEvents(filter));
        context.stdout.write(formatEvents(records, format));
      },
    );
}
