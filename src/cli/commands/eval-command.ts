import type { Command } from 'commander';
import { evaluateFiles, formatEvaluation } from '../../eval/evaluate.js';
import { writeLine, type CliContext } from '../context.js';

export function evalCommand(program: Command, context: CliContext): void {
  program
    .command('eval')
    .description(
      'score the coder against gold files: events (P/R/F1 by exact, 3-digit and root code) and quotes',
    )
    .argument(
      '<gold...>',
      'article gold (.expected.json), quotes gold (.quotes.json), PETRARCH2 validation JSONL, span-quote JSONL, or {date, text, expected} JSONL',
    )
    .option('--suite <names...>', 'PETRARCH2 suites to score (default: gsr-phoenix and pytest)')
    .option('--verbose', 'list misses and extras per record')
    .option('--json', 'the results as JSON')
    .action(async (gold: string[], options: { suite?: string[]; verbose?: boolean; json?: boolean }) => {
      const results = await evaluateFiles(gold, { suites: options.suite ?? ['gsr-phoenix', 'pytest'] });
      if (options.json) writeLine(context.stdout, JSON.stringify(results));
      else writeLine(context.stdout, formatEvaluation(results, { verbose: options.verbose ?? false }));
    });
}
