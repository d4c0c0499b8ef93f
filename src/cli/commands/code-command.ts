import type { Command } from 'commander';
import type { EventRecord, Modality } from '../../doc/layers.js';
import { analyseInputs } from '../analyse-inputs.js';
import { list, type CliContext } from '../context.js';
import { formatEvents, TSV_COLUMNS, type EventFormat } from '../event-format.js';
import { parseFormat, parseModalities } from '../parse-options.js';

export function codeCommand(program: Command, context: CliContext): void {
  program
    .command('code')
    .description('code articles into events and print them (nothing is stored)')
    .argument('<paths...>', 'seed .txt files, .jsonl files, folders of them, or - for standard input')
    .option('--format <format>', 'jsonl (one JSON event per line), tsv or table', 'jsonl')
    .option('--modality <list>', 'only these modalities (comma-separated); default: all', list)
    .option('--dict <files...>', 'your own actor dictionary files, added to the bundled ones')
    .addHelpText('after', `\nTSV columns: ${TSV_COLUMNS.join(', ')}`)
    .action(async (paths: string[], options: { format: string; modality?: string[]; dict?: string[] }) => {
      const format: EventFormat = parseFormat(options.format);
      const modalities: readonly Modality[] | null = options.modality
        ? parseModalities(options.modality)
        : null;
      const all: EventRecord[] = [];
      let first = true;
      await analyseInputs(paths, context, options.dict ?? [], (_article, doc) => {
        const records = (doc.layers.events ?? [])
          .map((event) => event.record)
          .filter((record) => !modalities || modalities.includes(record.modality));
        if (format === 'table') {
          all.push(...records);
        } else {
          context.stdout.write(formatEvents(records, format, first));
          first = false;
        }
      });
      if (format === 'table') context.stdout.write(formatEvents(all, 'table'));
    });
}
