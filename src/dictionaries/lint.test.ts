import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lintDictionaries } from './lint.js';

/** Lint the project's dictionaries plus one extra actor file holding `yaml`, on `today`. */
function lintWith(yaml: string, today: string) {
  const file = join(mkdtempSync(join(tmpdir(), 'dyad-lint-')), 'extra.yaml');
  writeFileSync(file, yaml);
  return lintDictionaries({ actorFiles: [file], today }).filter((problem) => problem.file === file);
}

const nauruPrimeMinister = (office: string) => `
- kind: person
  name: Test Holder Of Nauru
  country: NRU
  offices:
    - ${office}
  note: test
`;

describe('the office-holder check of the lint', () => {
  it('asks for the current holder of a key office that nobody holds today', () => {
    const problems = lintWith(
      nauruPrimeMinister('{ role: Prime Minister, code: NRUGOV, from: 2019-01-01, to: 2022-01-01 }'),
      '2026-11-28',
    );
    expect(problems.map((problem) => problem.message)).toEqual([
      'NRU Prime Minister: no holder on 2026-11-28; add the current holder',
    ]);
  });

  it('does not ask for a holder of an office abolished with its last holder', () => {
    const problems = lintWith(
      nauruPrimeMinister(
        '{ role: Prime Minister, code: NRUGOV, from: 2019-01-01, to: 2022-01-01, abolished: 2022-01-01 }',
      ),
      '2026-11-28',
    );
    expect(problems).toEqual([]);
  });

  it('rejects an abolished office without a `to`, or held past its abolition', () => {
    for (const office of [
      '{ role: Prime Minister, code: NRUGOV, from: 2019-01-01, abolished: 2022-01-01 }',
      '{ role: Prime Minister, code: NRUGOV, from: 2019-01-01, to: 2023-01-01, abolished: 2022-01-01 }',
    ]) {
      const problems = lintWith(nauruPrimeMinister(office), '2026-11-28');
      expect(problems.map((problem) => problem.severity)).toContain('error');
      expect(problems.map((problem) => problem.message).join('\n')).toMatch(/abolished/);
    }
  });
});
