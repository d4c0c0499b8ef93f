import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The package's own `data/` folder. Modules run from `src/` (tests, tsx) and from `dist/` (the installed
 * command), both two levels below the package root, so the folder is found relative to this file.
 */
export function packageDataDir(): string {
  const here = dirname(fileURLToPath(import.meta.url));
  for (const candidate of [resolve(here, '..', '..', 'data'), resolve(here, '..', '..', '..', 'data')]) {
    if (existsSync(candidate)) return candidate;
  }
  return resolve(here, '..', '..', 'data');
}

export function dataPath(...parts: string[]): string {
  return join(packageDataDir(), ...parts);
}
