/** The repository root. */
export declare const repoRoot: string;
/**
 * The team's shared test data (`../shared` beside the checkout). Tests, benchmarks and evaluations read it;
 * dyad itself never does. `DYAD_SHARED` overrides; a clone elsewhere on this machine finds `/work/shared`.
 * A missing folder is an error, not a skip: the checks that need it must run.
 */
export declare function sharedDir(): string;
export declare function sharedPath(...parts: string[]): string;
