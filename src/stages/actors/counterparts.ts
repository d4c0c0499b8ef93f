import { composeActorCode } from '../../dictionaries/actor-code.js';
import type { DraftMention } from './compose-mentions.js';
import { COUNTERPART } from './resolve-coreference.js';

/**
 * "Chinese Defence Minister Dong Jun told his U.S. counterpart …", "Belousov met his North Korean counterpart": a
 * counterpart holds the office of the official it is the counterpart of, in the country it is named with. The role
 * noun alone says GOV; it takes the roles of the nearest official named before it in its sentence (a defence
 * minister's counterpart is GOVMIL, an army chief's MIL). The country stays the counterpart's own: a bare
 * "his counterpart" stays countryless, as it is another country's official (see resolveCoreference).
 */
export function withCounterpartOffices(drafts: readonly DraftMention[]): DraftMention[] {
  return drafts.map((draft, i) => {
    if (draft.entry !== COUNTERPART) return draft;
    const official = personBefore(drafts, i);
    if (official === undefined) return draft;
    const roles = official.roles;
    return { ...draft, roles, code: composeActorCode(draft.country ?? '---', roles) };
  });
}

/** Mentions of officials: a person the dictionary knows, or a role noun ("Lawmakers", "Bank of England officials"). */
const OFFICIALS: ReadonlySet<DraftMention['kind']> = new Set(['person', 'role']);

/** The nearest official before drafts[i] in its sentence whose office gives roles. */
function personBefore(drafts: readonly DraftMention[], i: number): DraftMention | undefined {
  const { sentence } = drafts[i]!;
  for (let k = i - 1; k >= 0 && drafts[k]!.sentence === sentence; k--) {
    const draft = drafts[k]!;
    if (OFFICIALS.has(draft.kind) && draft.roles.length > 0 && draft.entry !== COUNTERPART) return draft;
  }
  return undefined;
}
