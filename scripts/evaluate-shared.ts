/**
 * `npm run eval`: scores the coder on the team's shared gold files (the seed article's events and quotes,
 * PETRARCH2's validation records, LitBank's direct quotes) and prints the tables `dyad eval` prints.
 */
import { evaluateFiles, formatEvaluation } from '../src/eval/evaluate.js';
import { sharedPath } from '../test/shared-data.js';

const files = [
  sharedPath('acceptance', 'seed-nato-russia.expected.json'),
  sharedPath('acceptance', 'seed-nato-russia.quotes.json'),
  sharedPath('peer', 'petrarch2_validation.jsonl'),
  sharedPath('peer', 'quotes-litbank.jsonl'),
];
const verbose = process.argv.includes('--verbose');
const results = await evaluateFiles(files, { suites: ['gsr-phoenix', 'pytest'] });
console.log(formatEvaluation(results, { verbose }));
