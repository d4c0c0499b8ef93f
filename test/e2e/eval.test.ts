import { describe, expect, it } from 'vitest';
import { evaluateFiles } from '../../src/eval/evaluate.js';
import { runCli } from '../run-cli.js';
import { sharedPath } from '../shared-data.js';

describe('dyad eval on the shared gold files', () => {
  it('finds every required event and quote of the seed article', async () => {
    const [events, quotes] = await evaluateFiles([
      sharedPath('acceptance', 'seed-nato-russia.expected.json'),
      sharedPath('acceptance', 'seed-nato-russia.quotes.json'),
    ]);
    if (events?.kind !== 'article-events' || quotes?.kind !== 'article-quotes')
      throw new Error('unexpected result kinds');
    expect(events.result.requiredFound).toBe(events.result.requiredTotal);
    expect(events.result.forbidden.flatMap((rule) => rule.produced)).toEqual([]);
    expect(quotes.checks.filter((check) => check.required && !check.found)).toEqual([]);
    expect(quotes.scareQuotes).toEqual([]);
  });

  it('reaches an F1 of 0.90 on LitBank direct quotes at 30% overlap', async () => {
    const [litbank] = await evaluateFiles([sharedPath('peer', 'quotes-litbank.jsonl')]);
    if (litbank?.kind !== 'span-quotes') throw new Error('unexpected result kind');
    expect(litbank.at30.f1).toBeGreaterThanOrEqual(0.9);
  });

  it('scores the PETRARCH2 gsr-phoenix and pytest records, at no fewer records right than recorded in the README', async () => {
    const results = await evaluateFiles([sharedPath('peer', 'petrarch2_validation.jsonl')], {
      suites: ['gsr-phoenix', 'pytest'],
    });
    const bySuite = Object.fromEntries(
      results.map((result) => [result.kind === 'sentence-events' ? result.suite : 'other', result]),
    );
    const gsr = bySuite['gsr-phoenix'];
    const pytest = bySuite['pytest'];
    if (gsr?.kind !== 'sentence-events' || pytest?.kind !== 'sentence-events')
      throw new Error('missing suites');
    expect(gsr.score.records).toBe(78);
    expect(pytest.score.levels[0]!.recordsRight).toBe(3);
    // A regression guard, not the goal: issue 4 asks for 66 of 78 (see the README for where the coder stands).
    expect(gsr.score.levels[0]!.recordsRight).toBeGreaterThanOrEqual(50);
  });

  it('prints the tables through the command line and reads the analysts’ simple JSONL', async () => {
    const { writeFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { tempDir } = await import('../run-cli.js');
    const file = join(tempDir(), 'gold.jsonl');
    writeFileSync(
      file,
      [
        JSON.stringify({
          date: '2021-11-18',
          text: 'Poland expelled three Russian diplomats.',
          expected: [{ source: 'POL', target: 'RUSGOV', code: '161' }],
        }),
        JSON.stringify({ date: '2021-11-18', text: 'The weather was fine.', expected: [] }),
      ].join('\n'),
    );
    const result = await runCli(['eval', file, '--verbose']);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/exact code, actor key\s+100\.0\s+100\.0\s+100\.0\s+2\/2/);
  });
});
