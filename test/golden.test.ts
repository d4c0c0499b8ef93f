import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { goldenOutputs } from './golden.js';
import { testPipeline } from './nlp-doc.js';

describe('golden files (regenerate with `npm run fixtures` and review the diff)', async () => {
  for (const output of await goldenOutputs(testPipeline())) {
    it(`${output.stage} of ${output.name} are as recorded`, () => {
      expect(output.value).toEqual(JSON.parse(readFileSync(output.file, 'utf8')));
    });
  }
});

describe('the seed golden actors', async () => {
  const outputs = await goldenOutputs(testPipeline());
  const actors = outputs.find((output) => output.stage === 'actors' && output.name === 'seed-nato-russia')!
    .value as { text: string; code: string }[];
  const codeOf = (text: string) => actors.filter((actor) => actor.text === text).map((actor) => actor.code);
  it('lists every actor of the seed article with its code', () => {
    expect(codeOf('Putin')).toEqual(['RUSGOV']);
    expect(codeOf('Biden')).toEqual(['USAGOV']);
    expect(codeOf('US counterpart Joe Biden')).toEqual(['USAGOV']);
    expect(codeOf('Zakharova')).toEqual(['RUSGOV']);
    expect(codeOf('Russian Foreign Minister Sergey Lavrov')).toEqual(['RUSGOV']);
    expect(codeOf('Kremlin')).toEqual(['RUSGOV', 'RUSGOV']);
    expect(codeOf('Moscow')).toEqual(expect.arrayContaining(['RUSGOV']));
    expect(codeOf('Kiev')).toEqual(['UKRGOV', 'UKRGOV']);
    expect(codeOf("Ukraine's intelligence service")).toEqual(['UKRSPY']);
    expect(codeOf('Western leaders')).toEqual(['WSTGOV']);
    expect(codeOf('Brussels')).toEqual(['BELGOV']);
    for (const alias of [
      'NATO',
      'bloc',
      'US-led bloc',
      'military bloc',
      'military organization',
      '30-member organisation',
    ]) {
      expect(codeOf(alias).length, alias).toBeGreaterThan(0);
      expect(new Set(codeOf(alias)), alias).toEqual(new Set(['IGOWSTNAT']));
    }
  });
});
