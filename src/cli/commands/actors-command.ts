import type { Command } from 'commander';
import { analyseInputs } from '../analyse-inputs.js';
import { writeLine, type CliContext } from '../context.js';
import { formatTable } from '../table.js';

export function actorsCommand(program: Command, context: CliContext): void {
  program
    .command('actors')
    .description('print the actor mentions of articles with their codes, as of each article date')
    .argument('<paths...>', 'seed .txt files, .jsonl files, folders of them, or - for standard input')
    .option(
      '--json',
      'one JSON object per mention: articleId, url, text, start, end, code, country, knownGroup, roles, entry',
    )
    .option('--dict <files...>', 'your own actor dictionary files, added to the bundled ones')
    .action(async (paths: string[], options: { json?: boolean; dict?: string[] }) => {
      await analyseInputs(paths, context, options.dict ?? [], (article, doc) => {
        const mentions = doc.layers.mentions ?? [];
        if (options.json) {
          for (const mention of mentions) {
            writeLine(
              context.stdout,
              JSON.stringify({
                articleId: article.id,
                url: article.url,
                text: doc.text.slice(mention.start, mention.end),
                start: mention.start,
                end: mention.end,
                code: mention.code,
                country: mention.country,
                knownGroup: mention.knownGroup,
                roles: mention.roles,
                entry: mention.entry,
                name: mention.name,
                via: mention.via,
                guess: mention.guess,
              }),
            );
          }
          return;
        }
        writeLine(context.stdout, `${article.title} (${article.published}, ${article.id})`);
        const rows = mentions.map((mention) => [
          String(mention.start),
          doc.text.slice(mention.start, mention.end),
          mention.code,
          mention.entry,
          mention.via + (mention.guess ? ' (guess)' : ''),
        ]);
        writeLine(context.stdout, formatTable(['at', 'text', 'code', 'entry', 'how'], rows));
        writeLine(context.stdout, '');
      });
    });
}
