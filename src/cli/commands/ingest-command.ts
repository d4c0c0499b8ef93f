import { SingleBar } from 'cli-progress';
import type { Command } from 'commander';
import { formatReadError } from '../../errors/read-error.js';
import { ingest } from '../../ingest/ingest.js';
import { createAnalyser } from '../../ingest/create-analyser.js';
import { parseCount, parsePositive } from '../parse-options.js';
import { databasePath, withStore, writeLine, type CliContext } from '../context.js';

const MAX_ERRORS_SHOWN = 50;

export function ingestCommand(program: Command, context: CliContext): void {
  program
    .command('ingest')
    .description('read articles, code them and store articles, events, quotes and mentions in the database')
    .argument('<paths...>', 'seed .txt files, .jsonl files, folders of them, or - for standard input')
    .option('--dict <files...>', 'your own actor dictionary files, added to the bundled ones')
    .option('--batch <n>', 'articles per transaction', '200')
    .option(
      '--workers <n>',
      'worker threads analysing articles (default: one per CPU core; 0 analyses in this thread)',
    )
    .option('--json', 'print the summary as JSON')
    .action(
      async (
        paths: string[],
        options: { dict?: string[]; batch: string; workers?: string; json?: boolean },
      ) => {
        const batchSize = parsePositive(options.batch, '--batch');
        const db = databasePath(program.opts<{ db?: string }>().db, context.env);
        const analyser = createAnalyser({
          actorFiles: options.dict ?? [],
          ...(options.workers !== undefined ? { workers: parseCount(options.workers, '--workers') } : {}),
        });
        const bar =
          context.stderr.isTTY && !options.json
            ? new SingleBar({
                format: 'ingest [{bar}] {percentage}% | {articles} articles | {file}',
                stream: context.stderr,
                hideCursor: true,
              })
            : null;
        let shown = 0;
        try {
          const summary = await withStore(db, (store) =>
            ingest({
              paths,
              store,
              analyser,
              batchSize,
              stdin: context.stdin,
              onProgress: (progress) => {
                if (!bar) return;
                if (!bar.isActive) bar.start(Math.max(progress.bytesTotal, 1), 0, { articles: 0, file: '' });
                bar.setTotal(Math.max(progress.bytesTotal, progress.bytesRead, 1));
                bar.update(progress.bytesRead, {
                  articles: progress.articles,
                  file: progress.file.split('/').pop() ?? '',
                });
              },
              onError: (error) => {
                if (shown++ < MAX_ERRORS_SHOWN) writeLine(context.stderr, formatReadError(error));
              },
            }),
          );
          bar?.stop();
          if (shown > MAX_ERRORS_SHOWN)
            writeLine(context.stderr, `… and ${shown - MAX_ERRORS_SHOWN} more errors`);
          for (const skipped of summary.skippedFiles)
            writeLine(context.stderr, `skipped ${skipped.file}: ${skipped.reason}`);
          const seconds = Math.round(summary.seconds * 100) / 100;
          if (options.json) {
            writeLine(
              context.stdout,
              JSON.stringify({
                db,
                read: summary.read,
                stored: summary.stored,
                duplicates: summary.duplicates,
                copies: summary.copies,
                failed: summary.failed,
                skippedFiles: summary.skippedFiles.length,
                events: summary.events,
                sentences: summary.sentences,
                seconds,
              }),
            );
          } else {
            writeLine(
              context.stdout,
              `read ${summary.read}, stored ${summary.stored}, duplicates ${summary.duplicates}, copies ${summary.copies}, ` +
                `failed ${summary.failed}, ` +
                `events ${summary.events}, ${seconds} s (${db})`,
            );
          }
          if (summary.failed > 0) context.exitCode = 1;
        } finally {
          bar?.stop();
          await analyser.close();
        }
      },
    );
}
