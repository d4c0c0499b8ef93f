import type { Sentence, Token } from '../../doc/layers.js';
import type { ActorMatcher } from './actor-matcher.js';
import type { DraftMention } from './compose-mentions.js';

/**
 * "Colombia's President Gustavo Petro … Washington revoked Petro's visa", "Brazilian Finance Minister Dilson Funaro
 * … Funaro said": a person the dictionary does not know, named in full after a title, is meant by the bare surname
 * wherever else the article uses it, as wire stories do. The surname takes the titled mention's code, when the
 * title gives a country or a known group. A surname
 * two titled people share, one that is a dictionary word ("Jordan"), one inside a longer name ("Petro Poroshenko")
 * or after another given name ("Nicolas Petro") is left alone. Returns the drafts with the surnames added, in
 * text order.
 */
export function withTitledNameSurnames(
  tokens: readonly Token[],
  sentences: readonly Sentence[],
  drafts: readonly DraftMention[],
  matcher: ActorMatcher,
): DraftMention[] {
  const bySurname = new Map<string, DraftMention | null>();
  for (const draft of drafts) {
    // A title with no country ("Agriculture Minister Mutsuki Kato", "Managing Director Michel Camdessus") says
    // too little to code the bare surname by.
    if (draft.kind !== 'role' || !draft.person || (draft.country === null && draft.knownGroup === null))
      continue;
    const surname = titledSurname(tokens, draft, matcher);
    if (surname === null) continue;
    const known = bySurname.get(surname);
    bySurname.set(surname, known === undefined || known?.code === draft.code ? draft : null);
  }
  if (bySurname.size === 0) return [...drafts];
  const covered = new Set<number>();
  for (const draft of drafts) for (let k = draft.tokenStart; k < draft.tokenEnd; k++) covered.add(k);
  const added: DraftMention[] = [];
  for (const sentence of sentences) {
    for (let k = sentence.tokenStart; k < sentence.tokenEnd; k++) {
      const token = tokens[k]!;
      const titled = bySurname.get(token.text);
      if (!titled || covered.has(k)) continue;
      if (isNameWord(tokens[k - 1]) || isNameWord(tokens[k + 1])) continue;
      added.push({
        start: token.start,
        end: token.end,
        tokenStart: k,
        tokenEnd: k + 1,
        sentence: sentence.index,
        code: titled.code,
        country: titled.country,
        knownGroup: titled.knownGroup,
        roles: titled.roles,
        entry: titled.entry,
        name: token.text,
        kind: titled.kind,
        via: 'surname',
        person: true,
        gender: titled.gender,
        guess: false,
      });
    }
  }
  if (added.length === 0) return [...drafts];
  return [...drafts, ...added].sort((a, b) => a.start - b.start);
}

/**
 * The surname of a titled mention that ends in a full name ("Colombia's President Gustavo Petro" → "Petro"): two
 * or more capitalised proper nouns at its end, none of them a title ("President", "Minister"). Null when the
 * mention ends in a title and a bare surname ("President Petro"), or the surname is a dictionary word.
 */
function titledSurname(tokens: readonly Token[], draft: DraftMention, matcher: ActorMatcher): string | null {
  let words = 0;
  for (let k = draft.tokenEnd - 1; k >= draft.tokenStart; k--) {
    const token = tokens[k]!;
    if (!isNameWord(token) || isTitle(token, matcher)) break;
    words++;
  }
  if (words < 2) return null;
  const surname = tokens[draft.tokenEnd - 1]!;
  // Another person's bare surname, which matches only once that person is named in full, is no dictionary word:
  // "Agriculture Minister Mutsuki Kato … Kato rejected" is Kato, whatever other Katos the dictionary has.
  const units = matcher.root.next.get(surname.lower)?.units ?? [];
  return units.some((unit) => !unit.surnameOnly) ? null : surname.text;
}

/** A capitalised proper noun: "Gustavo", "Petro", "al-Sharaa". */
function isNameWord(token: Token | undefined): boolean {
  return token !== undefined && token.pos === 'PROPN' && /^(\p{Lu}|[a-z]{1,3}-\p{Lu})/u.test(token.text);
}

/** A word that opens a role of the dictionary ("president", "minister", "general"). */
function isTitle(token: Token, matcher: ActorMatcher): boolean {
  return (matcher.root.next.get(token.lower)?.units ?? []).some((unit) => unit.kind === 'role');
}
