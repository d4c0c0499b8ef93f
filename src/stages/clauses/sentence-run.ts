import type { Clause } from '../../doc/layers.js';

/**
 * The half-open range `[from, to)` of the clauses layer that holds `clause`'s sentence. The layer is in
 * sentence order with each clause at its own index, so a sentence's clauses are one run around the clause;
 * a clause that is not at its index (a hand-made list) gets the whole list.
 */
export function sentenceRun(clauses: readonly Clause[], clause: Clause): [number, number] {
  if (clauses[clause.index] !== clause) return [0, clauses.length];
  let from = clause.index;
  while (from > 0 && clauses[from - 1]!.sentence === clause.sentence) from--;
  let to = clause.index + 1;
  while (to < clauses.length && clauses[to]!.sentence === clause.sentence) to++;
  return [from, to];
}
