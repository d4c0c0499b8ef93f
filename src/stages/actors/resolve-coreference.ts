import type { Token } from '../../doc/layers.js';
import type { Diagnostic } from '../../pipeline/stage.js';
import { composeActorCode } from '../../dictionaries/actor-code.js';
import type { DraftMention } from './compose-mentions.js';
import { RELATIONAL_NOUNS } from './relational-nouns.js';
import { isPluralNoun } from '../clauses/phrases.js';

const DETERMINERS = new Set(['the', 'this', 'that']);
/** "the 30-member organisation", "the 27-nation bloc", "the Western alliance". */
const COUNT_NOUNS = new Set(['member', 'nation', 'country', 'state', 'strong']);
const PRONOUNS: ReadonlyMap<string, 'm' | 'f'> = new Map([
  ['he', 'm'],
  ['him', 'm'],
  ['she', 'f'],
  ['her', 'f'],
]);
const POSSESSIVE_OWNERS = new Set(['its', 'their', 'his', 'her']);
/** "his counterpart" is the official of another country: the owner's country is the one it is not. */
export const COUNTERPART = 'role:counterpart';

/** Is a relational noun among the tokens `[from, to)`? */
function namesRelation(tokens: readonly Token[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (RELATIONAL_NOUNS.has(tokens[i]!.lower)) return true;
  return false;
}

export interface CoreferenceResult {
  readonly mentions: DraftMention[];
  readonly diagnostics: Diagnostic[];
}

/**
 * Document-level light coreference, after the dictionary matches:
 * - a reference noun ("the bloc", "the alliance", "the 30-member organisation") takes the code of an
 *   organisation it may stand for that is named in the article: the nearest one before it, else the nearest
 *   after it (paragraphs may come in any order); a guess when several such organisations are named. A
 *   regional reference ("the Gulf state") takes the region's country named most often before it;
 * - "he"/"she" take the nearest person of compatible gender earlier in the same sentence or in the previous
 *   sentence of the same paragraph, always marked as a guess.
 * References with no named organisation and pronouns with no candidate are dropped.
 */
export function resolveCoreference(
  tokens: readonly Token[],
  sentences: readonly { index: number; paragraph: number; tokenStart: number; tokenEnd: number }[],
  drafts: readonly DraftMention[],
): CoreferenceResult {
  const diagnostics: Diagnostic[] = [];
  const named = drafts.filter((draft) => !draft.references);
  const resolved: DraftMention[] = [...named];

  for (const draft of drafts) {
    if (!draft.references) continue;
    let start = draft.tokenStart;
    while (start > 0 && (isCountModifier(tokens, start - 1) || tokens[start - 1]!.pos === 'ADJ')) start--;
    if (start === 0 || !DETERMINERS.has(tokens[start - 1]!.lower)) continue;
    const candidates = named.filter((mention) => draft.references!.includes(mention.entry));
    if (candidates.length === 0) continue;
    const before = candidates.filter((mention) => mention.start < draft.start);
    const antecedent =
      before.length === 0
        ? candidates[0]!
        : draft.entry.startsWith('region:')
          ? mostNamed(before)
          : before[before.length - 1]!;
    const distinct = new Set(candidates.map((mention) => mention.entry));
    const guess = distinct.size > 1;
    const mention: DraftMention = {
      ...draft,
      start: tokens[start]!.start,
      tokenStart: start,
      ...identityOf(antecedent),
      guess,
    };
    delete mention.references;
    mention.antecedentDraft = antecedent;
    resolved.push(mention);
    if (guess) {
      diagnostics.push({
        stage: 'actors',
        rule: 'reference-guess',
        message: `"${tokensText(tokens, start, draft.tokenEnd)}" may name ${[...distinct].join(' or ')}; took ${antecedent.entry}`,
        start: mention.start,
        end: mention.end,
      });
    }
  }

  // "Russia denied that its troops …": a role after "its" / "their" / "his" / "her" belongs to the nearest
  // actor before it in the sentence (or the sentence before, in the same paragraph) that the pronoun can name:
  // "its" names no plural ("The Thai army said Cambodian troops opened fire on its soldiers": the army's).
  for (let m = 0; m < resolved.length; m++) {
    const draft = resolved[m]!;
    if (
      draft.country !== null ||
      draft.knownGroup !== null ||
      draft.roles.length === 0 ||
      draft.kind !== 'role'
    )
      continue;
    let before = draft.tokenStart - 1;
    while (before >= 0 && tokens[before]!.pos === 'ADJ') before--;
    const owner = tokens[before];
    if (!owner || !POSSESSIVE_OWNERS.has(owner.lower)) continue;
    // "The Philippines will offer its commercial bank creditors an innovative pricing plan": a state's creditors,
    // partners or rivals are other parties, not the state's own banks.
    let nounEnd = draft.tokenEnd;
    while (nounEnd < tokens.length && tokens[nounEnd]!.pos === 'NOUN' && !tokens[nounEnd]!.sentenceStart)
      nounEnd++;
    if (namesRelation(tokens, before + 1, nounEnd) || draft.entry === COUNTERPART) continue;
    const sentence = sentences[draft.sentence]!;
    const previous = sentences[draft.sentence - 1];
    const windowStart =
      previous && previous.paragraph === sentence.paragraph
        ? tokens[previous.tokenStart]!.start
        : tokens[sentence.tokenStart]!.start;
    const wantsPerson = owner.lower === 'his' || owner.lower === 'her';
    const antecedent = named
      .filter(
        (mention) =>
          mention.end <= owner.start &&
          mention.start >= windowStart &&
          (mention.country !== null || mention.knownGroup !== null) &&
          (!wantsPerson || mention.person) &&
          !(owner.lower === 'its' && isPluralNoun(tokens[mention.tokenEnd - 1]!)),
      )
      .pop();
    if (!antecedent) continue;
    const code = composeActorCode(antecedent.code, draft.roles);
    resolved[m] = {
      ...draft,
      code,
      country: antecedent.country,
      knownGroup: antecedent.knownGroup,
      roles: [...new Set([...antecedent.roles, ...draft.roles])],
      guess: true,
      antecedentDraft: antecedent,
    };
    diagnostics.push({
      stage: 'actors',
      rule: 'possessive-guess',
      message: `"${owner.text} …" taken as ${antecedent.name}'s (${code})`,
      start: draft.start,
      end: draft.end,
    });
  }

  for (const sentence of sentences) {
    for (let i = sentence.tokenStart; i < sentence.tokenEnd; i++) {
      const token = tokens[i]!;
      if (token.pos !== 'PRON') continue;
      const gender = PRONOUNS.get(token.lower);
      if (!gender || (token.lower === 'her' && isPossessive(tokens, i))) continue;
      const previous = sentences[sentence.index - 1];
      const windowStart =
        previous && previous.paragraph === sentence.paragraph
          ? tokens[previous.tokenStart]!.start
          : tokens[sentence.tokenStart]!.start;
      const antecedent = named
        .filter(
          (mention) =>
            mention.person &&
            mention.start >= windowStart &&
            mention.end <= token.start &&
            (!mention.gender || mention.gender === gender),
        )
        .pop();
      if (!antecedent) continue;
      const mention: DraftMention = {
        start: token.start,
        end: token.end,
        tokenStart: i,
        tokenEnd: i + 1,
        sentence: sentence.index,
        ...identityOf(antecedent),
        via: 'pronoun',
        person: true,
        ...(antecedent.gender ? { gender: antecedent.gender } : {}),
        guess: true,
        antecedentDraft: antecedent,
      };
      resolved.push(mention);
      diagnostics.push({
        stage: 'actors',
        rule: 'pronoun-guess',
        message: `"${token.text}" taken as ${antecedent.name} (${antecedent.code})`,
        start: token.start,
        end: token.end,
      });
    }
  }
  resolved.sort((a, b) => a.start - b.start || b.end - a.end);
  return { mentions: resolved, diagnostics };
}

/**
 * The country a regional reference ("the Gulf state") most likely names among those named before it: the
 * one named most often, the first named on a tie. The story's own country is named first and most; a
 * neighbour named in passing is nearer ("Serbia … would not recognise Kosovo. The Balkan state …").
 */
function mostNamed(before: readonly DraftMention[]): DraftMention {
  const counts = new Map<string, number>();
  for (const mention of before) counts.set(mention.entry, (counts.get(mention.entry) ?? 0) + 1);
  let best = before[0]!;
  for (const mention of before) if (counts.get(mention.entry)! > counts.get(best.entry)!) best = mention;
  return before.findLast((mention) => mention.entry === best.entry)!;
}

function isCountModifier(tokens: readonly Token[], i: number): boolean {
  const token = tokens[i]!;
  if (token.pos === 'NUM' || token.text === '-') return true;
  return COUNT_NOUNS.has(token.lower) && tokens[i - 1]?.text === '-';
}

/** "her country" (a possessive) versus "told her" (an object). */
function isPossessive(tokens: readonly Token[], i: number): boolean {
  const next = tokens[i + 1];
  return !!next && (next.pos === 'NOUN' || next.pos === 'ADJ' || next.pos === 'PROPN');
}

function tokensText(tokens: readonly Token[], from: number, to: number): string {
  return tokens
    .slice(from, to)
    .map((token) => token.text)
    .join(' ');
}

/** What a mention that refers back takes from its antecedent: who it is, not where it stands. */
function identityOf(
  antecedent: DraftMention,
): Pick<DraftMention, 'code' | 'country' | 'knownGroup' | 'roles' | 'entry' | 'name' | 'kind'> {
  const { code, country, knownGroup, roles, entry, name, kind } = antecedent;
  return { code, country, knownGroup, roles, entry, name, kind };
}
