import type { Command } from 'commander';
import { loadActorDictionary } from '../../dictionaries/actor-dictionary.js';
import { lintDictionaries } from '../../dictionaries/lint.js';
import { lookupName } from '../../dictionaries/lookup.js';
import { formatProblem } from '../../dictionaries/read-yaml-file.js';
import { writeLine, type CliContext } from '../context.js';
import { parseDateOption } from '../parse-options.js';

export function dictCommand(program: Command, context: CliContext): void {
  const dict = program.command('dict').description('check and search the dictionaries');
  dict
    .command('lint')
    .description(
      'check every dictionary: schemas, duplicate names, unknown codes, overlapping terms, offices with no holder today, pattern conflicts',
    )
    .option('--dict <files...>', 'your own actor dictionary files, checked with the bundled ones')
    .option('--patterns <files...>', 'your own pattern files, checked with the bundled ones')
    .option('--json', 'one JSON object per problem')
    .action((options: { dict?: string[]; patterns?: string[]; json?: boolean }) => {
      const problems = lintDictionaries({
        actorFiles: options.dict ?? [],
        patternFiles: options.patterns ?? [],
      });
      for (const problem of problems) {
        writeLine(
          context.stdout,
          options.json ? JSON.stringify(problem) : `${problem.severity}: ${formatProblem(problem)}`,
        );
      }
      const errors = problems.filter((problem) => problem.severity === 'error').length;
      if (!options.json)
        writeLine(context.stdout, `${errors} error(s), ${problems.length - errors} warning(s)`);
      if (errors > 0) context.exitCode = 1;
    });
  dict
    .command('lookup')
    .description('find the entries that answer to a name, coded as of a date')
    .argument(
      '<name>',
      'a name, alias, surname, adjective, capital or role noun ("Zakharova", "Kyiv", "spokeswoman")',
    )
    .option('--date <date>', 'code people and groups as of this date, YYYY-MM-DD (default: today)')
    .option('--dict <files...>', 'your own actor dictionary files, searched with the bundled ones')
    .option('--json', 'one JSON object per entry')
    .action((name: string, options: { date?: string; dict?: string[]; json?: boolean }) => {
      const date = options.date
        ? parseDateOption(options.date, '--date')
        : new Date().toISOString().slice(0, 10);
      const hits = lookupName(loadActorDictionary({ extra: options.dict ?? [] }), name, date);
      if (hits.length === 0) {
        writeLine(context.stderr, `no entry answers to "${name}"`);
        context.exitCode = 1;
        return;
      }
      for (const hit of hits) {
        if (options.json) {
          writeLine(context.stdout, JSON.stringify({ ...hit, date }));
          continue;
        }
        const office = hit.kind === 'person' ? ` (${hit.office ?? 'no office'} on ${date})` : '';
        writeLine(
          context.stdout,
          `${hit.code}  ${hit.name}  [${hit.kind}, by ${hit.matched}]${office}  ${hit.origin.file}:${hit.origin.line}`,
        );
        for (const held of hit.offices ?? [])
          writeLine(context.stdout, `    ${held.code}  ${held.role}  ${held.from} … ${held.to ?? 'today'}`);
      }
    });
}
