import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
/** The repository root. */
export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
/**
 * The team's shared test data (`../shared` beside the checkout). Tests, benchmarks and evaluations read it;
 * dyad itself never does. `DYAD_SHARED` overrides; a clone elsewhere on this machine finds `/work/shared`.
 * A missing folder is an error, not a skip: the checks that need it must run.
 */
export function sharedDir() {
    const candidates = [process.env['DYAD_SHARED'], join(repoRoot, '..', 'shared'), '/work/shared'];
    for (const candidate of candidates) {
        if (candidate && existsSync(join(candidate, 'acceptance')))
            return candidate;
    }
    throw new Error(`the shared test data was not found (looked in ${candidates.filter(Boolean).join(', ')}); set DYAD_SHARED to its folder`);
}
export function sharedPath(...parts) {
    return join(sharedDir(), ...parts);
}
//# sourceMappingURL=shared-data.js.map