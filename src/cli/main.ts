import { Command, CommanderError } from 'commander';
import { DyadError } from '../errors/dyad-error.js';
import { dyadVersion } from '../pipeline/default-pipeline.js';
import { actorsCommand } from './commands/actors-command.js';
import { codeCommand } from './commands/code-command.js';
import { dictCommand } from './commands/dict-command.js';
import { evalCommand } from './commands/eval-command.js';
import { eventsCommand } from './commands/events-command.js';
import { explainCommand } from './commands/explain-command.js';
import { ingestCommand } from './commands/ingest-command.js';
import { quotesCommand } from './commands/quotes-command.js';
import { searchCommand } from './commands/search-command.js';
import { seriesCommand } from './commands/series-command.js';
import { showCommand } from './commands/show-command.js';
import { statsCommand } from './commands/stats-command.js';
import { writeLine, type CliContext } from './context.js';

export interface MainOptions {
  readonly stdout?: CliContext['stdout'];
  readonly stderr?: CliContext['stderr'];
  readonly stdin?: NodeJS.ReadableStream;
  readonly env?: NodeJS.ProcessEnv;
}

/** The program: every command is a thin adapter over a library function. */
export function buildProgram(context: CliContext): Command {
  const program = new Command('dyad')
    .description(
      'political event data from news articles: who did or said what to whom, when, where, on what evidence',
    )
    .version(dyadVersion())
    .option('--db <path>', 'the SQLite database (default: $DYAD_DB, else ./dyad.db)')
    .showHelpAfterError()
    .exitOverride()
    .configureOutput({
      writeOut: (text) => context.stdout.write(text),
      writeErr: (text) => context.stderr.write(text),
    });
  for (const register of [
    ingestCommand,
    codeCommand,
    eventsCommand,
    explainCommand,
    searchCommand,
    showCommand,
    statsCommand,
    actorsCommand,
    quotesCommand,
    dictCommand,
    evalCommand,
    seriesCommand,
  ]) {
    register(program, context);
  }
  for (const command of program.commands) command.exitOverride();
  return program;
}

/**
 * Runs the `dyad` command line and resolves to its exit code: 0 on success, 1 when the work finished but
 * something failed (unreadable records, dictionary errors), 2 on misuse.
 */
export async function main(argv: readonly string[], options: MainOptions = {}): Promise<number> {
  const context: CliContext = {
    stdout: options.stdout ?? process.stdout,
    stderr: options.stderr ?? process.stderr,
    stdin: options.stdin ?? process.stdin,
    env: options.env ?? process.env,
    exitCode: 0,
  };
  const program = buildProgram(context);
  try {
    await program.parseAsync([...argv]);
    return context.exitCode;
  } catch (error) {
    if (error instanceof CommanderError) {
      return error.exitCode === 0 ||
        error.code === 'commander.helpDisplayed' ||
        error.code === 'commander.version'
        ? 0
        : 2;
    }
    if (error instanceof DyadError) {
      writeLine(context.stderr, `dyad: ${error.message}`);
      return error.code === 'NOT_FOUND' ? 1 : 2;
    }
    throw error;
  }
}
