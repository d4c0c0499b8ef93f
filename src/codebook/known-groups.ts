import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { dataPath } from '../dictionaries/data-dir.js';
import { DyadError } from '../errors/dyad-error.js';

/** CAMEO's known-group codes (NAT, EEC, UNO, HMS, …) with their names, from `data/codebook/known-groups.tsv`. */
export function loadKnownGroups(dir: string = dataPath('codebook')): ReadonlyMap<string, string> {
  const file = join(dir, 'known-groups.tsv');
  const groups = new Map<string, string>();
  const lines = readFileSync(file, 'utf8').split('\n');
  lines.forEach((line, index) => {
    if (line === '' || line.startsWith('#') || line.startsWith('code\t')) return;
    const [code, name] = line.split('\t');
    if (!code || !/^[A-Z]{3}$/.test(code) || !name) {
      throw new DyadError(
        'CODEBOOK_INVALID',
        `${file}:${index + 1}: code: expected a 3-letter code and a name, got "${line}"`,
      );
    }
    groups.set(code, name);
  });
  return groups;
}
