import { z } from 'zod';
import type { EventRecord } from '../doc/layers.js';

/**
 * The article gold format (`seed-nato-russia.expected.json`): what a careful coder finds in one article.
 * Actors are compared by key (country, or known group for an organisation); codes by accepted prefixes;
 * `evidence` must lie inside the event's evidence span.
 */
export const articleGoldFile = z.object({
  article: z.string(),
  about: z.string().optional(),
  publication_date: z.string(),
  events: z.array(
    z.object({
      id: z.string(),
      evidence: z.string(),
      source: z.string().nullable(),
      target: z.string().nullable(),
      codes: z.array(z.string()),
      modality: z.union([z.string(), z.array(z.string())]),
      condition_evidence: z.string().optional(),
      quote_speaker: z.string().optional(),
      date: z.string().optional(),
      date_before: z.string().optional(),
      date_month: z.string().optional(),
      location_country: z.string().optional(),
      required: z.boolean(),
      why: z.string().optional(),
    }),
  ),
  forbidden: z.array(
    z.object({
      source: z.string().optional(),
      target: z.string().optional(),
      evidence: z.string().optional(),
      quad_class: z.union([z.number(), z.array(z.number())]).optional(),
      modality: z.string().optional(),
      why: z.string().optional(),
    }),
  ),
});

export type ArticleGold = z.infer<typeof articleGoldFile>;
export type ArticleGoldEvent = ArticleGold['events'][number];

/** An actor's comparison key: its known group, else its country. */
export function recordActorKey(actor: EventRecord['source']): string | null {
  if (!actor) return null;
  return actor.knownGroup ?? actor.country ?? null;
}

/** Why a produced event does not satisfy an expected one (empty when it does). */
export function mismatches(gold: ArticleGoldEvent, event: EventRecord, text: string): string[] {
  const problems: string[] = [];
  const sentenceOk = event.evidence.text.includes(gold.evidence);
  if (!sentenceOk) problems.push('evidence');
  if (!gold.codes.some((code) => event.code.startsWith(code)))
    problems.push(`code ${event.code} not in ${gold.codes.join('/')}`);
  if (gold.source !== null && recordActorKey(event.source) !== gold.source)
    problems.push(`source ${recordActorKey(event.source)} ≠ ${gold.source}`);
  if (gold.target !== null && recordActorKey(event.target) !== gold.target)
    problems.push(`target ${recordActorKey(event.target)} ≠ ${gold.target}`);
  const modalities = Array.isArray(gold.modality) ? gold.modality : [gold.modality];
  if (!modalities.includes(event.modality))
    problems.push(`modality ${event.modality} not in ${modalities.join('/')}`);
  if (gold.condition_evidence && !(event.condition && event.condition.text.includes(gold.condition_evidence)))
    problems.push('condition');
  if (gold.date && event.date !== gold.date) problems.push(`date ${event.date} ≠ ${gold.date}`);
  if (gold.date_before && !(event.date < gold.date_before))
    problems.push(`date ${event.date} not before ${gold.date_before}`);
  if (gold.date_month && !event.date.startsWith(gold.date_month))
    problems.push(`date ${event.date} not in ${gold.date_month}`);
  if (gold.location_country && event.location?.country !== gold.location_country)
    problems.push(`location ${event.location?.country ?? 'none'} ≠ ${gold.location_country}`);
  if (
    gold.quote_speaker &&
    recordActorKey(event.speaker) !== gold.quote_speaker &&
    recordActorKey(event.source) !== gold.quote_speaker
  ) {
    problems.push(`speaker ${recordActorKey(event.speaker)} ≠ ${gold.quote_speaker}`);
  }
  if (event.evidence.text !== text.slice(event.evidence.start, event.evidence.end))
    problems.push('evidence span does not slice the text');
  return problems;
}

export interface ArticleGoldResult {
  readonly expected: readonly {
    gold: ArticleGoldEvent;
    found: EventRecord | null;
    nearest: { event: EventRecord; problems: string[] } | null;
  }[];
  readonly forbidden: readonly { rule: ArticleGold['forbidden'][number]; produced: EventRecord[] }[];
  readonly requiredFound: number;
  readonly requiredTotal: number;
  readonly optionalFound: number;
  readonly optionalTotal: number;
}

/** Scores one article's events against its gold file. */
export function scoreArticle(
  gold: ArticleGold,
  events: readonly EventRecord[],
  text: string,
): ArticleGoldResult {
  const expected = gold.events.map((goldEvent) => {
    let nearest: { event: EventRecord; problems: string[] } | null = null;
    for (const event of events) {
      const problems = mismatches(goldEvent, event, text);
      if (problems.length === 0) return { gold: goldEvent, found: event, nearest: null };
      if (!problems.includes('evidence') && (!nearest || problems.length < nearest.problems.length))
        nearest = { event, problems };
    }
    return { gold: goldEvent, found: null, nearest };
  });
  const forbidden = gold.forbidden.map((rule) => {
    const quads =
      rule.quad_class === undefined
        ? null
        : Array.isArray(rule.quad_class)
          ? rule.quad_class
          : [rule.quad_class];
    const produced = events.filter(
      (event) =>
        (rule.source === undefined || recordActorKey(event.source) === rule.source) &&
        (rule.target === undefined || recordActorKey(event.target) === rule.target) &&
        (rule.evidence === undefined || event.evidence.text.includes(rule.evidence)) &&
        (quads === null || quads.includes(event.quadClass)) &&
        (rule.modality === undefined || event.modality === rule.modality),
    );
    return { rule, produced };
  });
  const required = expected.filter((entry) => entry.gold.required);
  const optional = expected.filter((entry) => !entry.gold.required);
  return {
    expected,
    forbidden,
    requiredFound: required.filter((entry) => entry.found).length,
    requiredTotal: required.length,
    optionalFound: optional.filter((entry) => entry.found).length,
    optionalTotal: optional.length,
  };
}
