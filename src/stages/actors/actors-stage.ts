import type { Mention } from '../../doc/layers.js';
import { parseActorCode } from '../../dictionaries/actor-code.js';
import type { ActorDictionary } from '../../dictionaries/actor-dictionary.js';
import { personCodeOn } from '../../dictionaries/person-code.js';
import type { Diagnostic, Stage } from '../../pipeline/stage.js';
import type { WinkNlp } from '../tokens/wink.js';
import { compileActorMatcher, type ActorMatcher } from './actor-matcher.js';
import { composeMentions, type ComposeContext, type DraftMention } from './compose-mentions.js';
import { withCounterpartOffices } from './counterparts.js';
import { withTitledNameSurnames } from './titled-name-surnames.js';
import { findUnits, isCapsText, type UnitMatch } from './find-units.js';
import { resolveCoreference } from './resolve-coreference.js';
import { afterDateline } from './wire-dateline.js';

export interface ActorsStageOptions {
  readonly dictionary: ActorDictionary;
  /** The pipeline's wink-nlp instance: dictionary names are tokenized exactly like the text. */
  readonly nlp: WinkNlp;
}

/** Base known-group codes of CAMEO; the dictionary's organisations add theirs. */
const KNOWN_GROUPS = [
  'NAT',
  'EEC',
  'UNO',
  'HMS',
  'HEZ',
  'TAL',
  'ALQ',
  'FTA',
  'PLO',
  'MBR',
  'OPC',
  'ASN',
  'ARL',
  'GCC',
  'ITP',
  'WHO',
  'IAE',
  'ICC',
  'SCE',
  'IMF',
  'WBK',
  'WTO',
  'GOS',
  'GOE',
  'CIS',
  'COE',
];

/**
 * The `mentions` layer: actor mentions with CAMEO codes, coded as of the article's date. Dictionary names
 * are matched longest first over tokens, neighbouring units are combined (see `composeMentions`), then
 * references and pronouns are resolved across the article (see `resolveCoreference`).
 */
export function createActorsStage(options: ActorsStageOptions): Stage<'mentions'> {
  const { dictionary, nlp } = options;
  const matcher: ActorMatcher = compileActorMatcher(dictionary, (name) =>
    (nlp.readDoc(name).tokens().out() as string[]).filter((token) => token.trim() !== ''),
  );
  const knownGroups = new Set(KNOWN_GROUPS);
  for (const { entry } of dictionary.organisations) if (entry.knownGroup) knownGroups.add(entry.knownGroup);
  const countries = new Set(dictionary.countries.keys());
  const codeCache = new Map<string, ReturnType<typeof parseActorCode>>();
  const parseCode = (code: string) => {
    let parsed = codeCache.get(code);
    if (!parsed) {
      parsed = parseActorCode(code, { knownGroups, countries });
      codeCache.set(code, parsed);
    }
    return parsed;
  };

  return {
    name: 'actors',
    version: '1.0.0',
    requires: ['sentences', 'tokens'],
    produces: 'mentions',
    dictionaries: { actors: dictionary.version },
    run: function actors(doc) {
      const tokens = doc.layers.tokens ?? [];
      const sentences = doc.layers.sentences ?? [];
      const context: ComposeContext = {
        date: doc.meta.published,
        matcher,
        parseCode,
        personCode: personCodeOn,
        companies: new Set(),
        titledPeople: new Map(),
      };
      // "WASHINGTON, March 31 -" says where the story was filed: the sentence is read from after the dateline.
      const starts = sentences.map((sentence) =>
        afterDateline(tokens, sentence.tokenStart, sentence.tokenEnd),
      );
      const caps = sentences.map((sentence, i) => isCapsText(tokens, starts[i]!, sentence.tokenEnd));
      // First pass: whose full names are in the article; their bare surnames may then match anywhere in it,
      // so the sentences that passed over a surname of someone named later are read again.
      const seenPeople = new Set<string>();
      const unseenSurnames: (Set<string> | undefined)[] = [];
      // People whose surname the article gives to someone else ("Mario Branco Peres"): their bare short form
      // ("Peres said") is that other person unless the article names them in full.
      const otherBearers = new Set<string>();
      const onOtherBearer = (entry: string) => otherBearers.add(entry);
      let matches: UnitMatch[][] = sentences.map((sentence, i) =>
        findUnits(tokens, starts[i]!, sentence.tokenEnd, matcher, {
          caps: caps[i]!,
          seenPeople,
          date: doc.meta.published,
          onUnseenSurname: (entry) => (unseenSurnames[i] ??= new Set()).add(entry),
          onOtherBearer,
        }),
      );
      for (const list of matches)
        for (const match of list) if (match.unit.kind === 'person') seenPeople.add(match.unit.entry);
      sentences.forEach((sentence, i) => {
        const unseen = unseenSurnames[i];
        if (unseen === undefined || ![...unseen].some((entry) => seenPeople.has(entry))) return;
        matches[i] = findUnits(tokens, starts[i]!, sentence.tokenEnd, matcher, {
          caps: caps[i]!,
          seenPeople,
          date: doc.meta.published,
        });
      });
      if (otherBearers.size > 0) {
        const namedInFull = new Set<string>();
        for (const list of matches)
          for (const match of list)
            if (match.unit.kind === 'person' && match.unit.via !== 'surname')
              namedInFull.add(match.unit.entry);
        const otherBearer = (match: UnitMatch) =>
          match.unit.via === 'surname' &&
          otherBearers.has(match.unit.entry) &&
          !namedInFull.has(match.unit.entry);
        matches = matches.map((list) =>
          list.some(otherBearer) ? list.filter((m) => !otherBearer(m)) : list,
        );
      }
      const drafts: DraftMention[] = [];
      sentences.forEach((sentence, i) =>
        drafts.push(...composeMentions(tokens, sentence, matches[i]!, context)),
      );
      const { mentions: resolved, diagnostics } = resolveCoreference(
        tokens,
        sentences,
        withCounterpartOffices(withTitledNameSurnames(tokens, sentences, drafts, matcher)),
      );
      const index = new Map<DraftMention, number>();
      resolved.forEach((draft, i) => index.set(draft, i));
      const layer: Mention[] = resolved.map((draft, i) => {
        const antecedent = draft.antecedentDraft ? index.get(draft.antecedentDraft) : undefined;
        return {
          start: draft.start,
          end: draft.end,
          index: i,
          sentence: draft.sentence,
          tokenStart: draft.tokenStart,
          tokenEnd: draft.tokenEnd,
          code: draft.code,
          country: draft.country,
          knownGroup: draft.knownGroup,
          roles: draft.roles,
          entry: draft.entry,
          name: draft.name,
          kind: draft.kind,
          via: draft.via,
          person: draft.person,
          // Always present, even when undefined: every mention then has one shape, which the stages that
          // read mentions by the thousand are compiled for (optional keys made four shapes and deoptimised them).
          gender: draft.gender,
          antecedent,
          guess: draft.guess,
        };
      });
      return { layer, diagnostics: diagnostics as Diagnostic[] };
    },
  };
}
