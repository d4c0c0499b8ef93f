import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createTextDoc } from '../doc/doc.js';
import type { EventRecord, Modality } from '../doc/layers.js';
import { loadKnownGroups } from '../codebook/known-groups.js';
import { parseActorCode } from '../dictionaries/actor-code.js';
import { loadActorDictionary } from '../dictionaries/actor-dictionary.js';
import { DyadError } from '../errors/dyad-error.js';
import { createDefaultPipeline, type DefaultPipelineOptions } from '../pipeline/default-pipeline.js';
import type { Pipeline } from '../pipeline/pipeline.js';
import { makeArticle } from '../readers/article.js';
import { readInputs } from '../readers/read-inputs.js';
import { formatReadError } from '../errors/read-error.js';
import { articleGoldFile, scoreArticle, type ArticleGoldResult } from './article-gold.js';
import { scoreEvents, type EventScore, type GoldRecord } from './event-scoring.js';
import {
  articleQuotesGoldFile,
  checkArticleQuotes,
  matchSpans,
  prf,
  spanQuotesRecord,
  type ArticleQuoteCheck,
  type PRF,
} from './quote-gold.js';

export interface EvaluateOptions extends DefaultPipelineOptions {
  /** PETRARCH2 validation suites to score. */
  readonly suites?: readonly string[];
  /** Modalities that count as coded events for sentence-level gold with no modality (PETRARCH's). */
  readonly countedModalities?: readonly Modality[];
}

export type EvaluationResult =
  | { kind: 'article-events'; file: string; result: ArticleGoldResult }
  | {
      kind: 'article-quotes';
      file: string;
      checks: ArticleQuoteCheck[];
      scareQuotes: string[];
      content: PRF;
      speakerAccuracy: number;
      cueAccuracy: number;
    }
  | { kind: 'sentence-events'; file: string; suite: string; score: EventScore; errors: number }
  | { kind: 'span-quotes'; file: string; records: number; at30: PRF; at80: PRF; speakerAccuracy: number };

/**
 * PETRARCH's gold expects an event only where both actors are found (its `require_dyad`) and codes
 * intentions and future acts like acts, so these modalities count; conditions, hypotheticals and denials
 * do not.
 */
const PETRARCH_MODALITIES: readonly Modality[] = ['asserted', 'reported', 'intended'];

/** Scores the coder on each gold file, whatever its format. */
export async function evaluateFiles(
  files: readonly string[],
  options: EvaluateOptions = {},
): Promise<EvaluationResult[]> {
  const pipeline = createDefaultPipeline(options);
  const results: EvaluationResult[] = [];
  for (const file of files) results.push(...(await evaluateFile(file, pipeline, options)));
  return results;
}

async function evaluateFile(
  file: string,
  pipeline: Pipeline,
  options: EvaluateOptions,
): Promise<EvaluationResult[]> {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new DyadError('INPUT_NOT_FOUND', `cannot read gold file ${file}: ${(error as Error).message}`);
  }
  const trimmed = text.trimStart();
  if (!trimmed.startsWith('{')) throw new DyadError('GOLD_INVALID', `${file}: expected JSON or JSON Lines`);
  const firstLine = trimmed.split('\n', 1)[0]!;
  let whole: unknown = null;
  try {
    whole = JSON.parse(trimmed);
  } catch {
    whole = null;
  }
  if (whole && typeof whole === 'object' && 'events' in whole && 'forbidden' in whole) {
    const gold = articleGoldFile.parse(whole);
    const doc = await analyseArticleFile(join(dirname(file), gold.article), pipeline);
    return [
      {
        kind: 'article-events',
        file,
        result: scoreArticle(
          gold,
          (doc.layers.events ?? []).map((event) => event.record),
          doc.text,
        ),
      },
    ];
  }
  if (whole && typeof whole === 'object' && 'quotes' in whole && 'scare_quotes' in whole) {
    const gold = articleQuotesGoldFile.parse(whole);
    const doc = await analyseArticleFile(join(dirname(file), gold.article), pipeline);
    const quotes = doc.layers.quotes ?? [];
    const { checks, scareQuotes } = checkArticleQuotes(gold, quotes, doc.layers.mentions ?? [], doc.text);
    const contentOf = (quote: (typeof quotes)[number]) =>
      doc.text.slice(quote.content.start, quote.content.end);
    // Content is matched by the gold's evidence string lying inside the quote's content span.
    const predictedRight = quotes.filter((quote) =>
      gold.quotes.some((q) => contentOf(quote).includes(q.content_evidence)),
    ).length;
    const withContent = checks.filter((check) => !check.problems.includes('content not found'));
    return [
      {
        kind: 'article-quotes',
        file,
        checks,
        scareQuotes: scareQuotes.map(contentOf),
        content: {
          ...prf(withContent.length, quotes.length, gold.quotes.length),
          precision: ratio(predictedRight, quotes.length),
        },
        speakerAccuracy: ratio(
          withContent.filter((check) => !check.problems.some((p) => p.startsWith('speaker'))).length,
          withContent.length,
        ),
        cueAccuracy: ratio(
          withContent.filter((check) => !check.problems.some((p) => p.startsWith('cue'))).length,
          withContent.length,
        ),
      },
    ];
  }
  const lines = text.split('\n').filter((line) => line.trim() !== '');
  const parsedLines = lines.map((line, index) => {
    try {
      return JSON.parse(line) as Record<string, unknown>;
    } catch {
      throw new DyadError('GOLD_INVALID', `${file}:${index + 1}: json: not a JSON object`);
    }
  });
  const first = JSON.parse(firstLine) as Record<string, unknown>;
  if (Array.isArray(first['quotes'])) return [evaluateSpanQuotes(file, parsedLines, pipeline)];
  if ('expected' in first && 'text' in first) return evaluateSentences(file, parsedLines, pipeline, options);
  throw new DyadError(
    'GOLD_INVALID',
    `${file}: not a known gold format (article .expected.json, .quotes.json, PETRARCH2 JSONL, span-quote JSONL, or {date, text, expected} JSONL)`,
  );
}

function ratio(a: number, b: number): number {
  return b === 0 ? 0 : a / b;
}

async function analyseArticleFile(path: string, pipeline: Pipeline) {
  for await (const item of readInputs([path])) {
    if (item.kind === 'article') return pipeline.analyse(item.article).doc;
    if (item.kind === 'error')
      throw new DyadError('GOLD_INVALID', `the gold file's article cannot be read: ${formatReadError(item)}`);
  }
  throw new DyadError('GOLD_INVALID', `the gold file's article ${path} holds no article`);
}

function isoDate(raw: unknown, file: string, line: number): string {
  const value = String(raw ?? '');
  if (/^\d{8}$/.test(value)) return `${value.slice(0, 4)}-${value.slice(4, 6)}-${value.slice(6, 8)}`;
  if (/^\d{4}-\d{2}-\d{2}/.test(value)) return value.slice(0, 10);
  throw new DyadError('GOLD_INVALID', `${file}:${line}: date: "${value}" is not YYYYMMDD or YYYY-MM-DD`);
}

function evaluateSentences(
  file: string,
  lines: Record<string, unknown>[],
  pipeline: Pipeline,
  options: EvaluateOptions,
): EvaluationResult[] {
  const suites = new Map<string, GoldRecord[]>();
  lines.forEach((line, index) => {
    const suite = typeof line['suite'] === 'string' ? line['suite'] : 'gold';
    if (line['suite'] !== undefined && options.suites && !options.suites.includes(suite)) return;
    if (line['evaluate'] === false) return;
    const expected =
      (line['expected'] as { source: string; target: string; code: string; modality?: Modality }[]) ?? [];
    const record: GoldRecord = {
      id: String(line['id'] ?? `${file}:${index + 1}`),
      date: isoDate(line['date'], file, index + 1),
      text: String(line['text'] ?? ''),
      expected,
      ...(line['expected_error'] ? { expectError: true } : {}),
    };
    const list = suites.get(suite) ?? [];
    list.push(record);
    suites.set(suite, list);
  });
  const dictionary = loadActorDictionary();
  const knownGroups = new Set(loadKnownGroups().keys());
  const countries = new Set(dictionary.countries.keys());
  const parse = (code: string) => parseActorCode(code, { knownGroups, countries });
  const counted = options.countedModalities ?? PETRARCH_MODALITIES;
  const results: EvaluationResult[] = [];
  for (const [suite, records] of suites) {
    const produced = new Map<string, EventRecord[]>();
    let errors = 0;
    for (const record of records) {
      const article = makeArticle({
        url: `urn:eval:${record.id}`,
        title: '',
        published: record.date,
        paragraphs: [record.text],
      });
      try {
        const events = (pipeline.analyse(article).doc.layers.events ?? []).map((event) => event.record);
        produced.set(
          record.id,
          events.filter(
            (event) => counted.includes(event.modality) && event.source !== null && event.target !== null,
          ),
        );
      } catch {
        errors++;
        produced.set(record.id, []);
      }
    }
    results.push({
      kind: 'sentence-events',
      file,
      suite,
      score: scoreEvents(records, produced, parse),
      errors,
    });
  }
  return results;
}

function evaluateSpanQuotes(
  file: string,
  lines: Record<string, unknown>[],
  pipeline: Pipeline,
): EvaluationResult {
  let tp30 = 0;
  let tp80 = 0;
  let predicted = 0;
  let gold = 0;
  let speakerRight = 0;
  let matched = 0;
  lines.forEach((line, index) => {
    const record = spanQuotesRecord.safeParse(line);
    if (!record.success)
      throw new DyadError(
        'GOLD_INVALID',
        `${file}:${index + 1}: ${record.error.issues[0]?.path.join('.')}: ${record.error.issues[0]?.message}`,
      );
    const doc = pipeline.run(
      createTextDoc(
        {
          id: record.data.id,
          url: `urn:eval:${record.data.id}`,
          source: 'eval',
          title: '',
          published: '1900-01-01',
        },
        record.data.text,
      ),
    ).doc;
    const quotes = doc.layers.quotes ?? [];
    const goldSpans = record.data.quotes.map((quote) => ({ start: quote.quote_start, end: quote.quote_end }));
    // Against a gold set of direct speech only (LitBank), only direct quotes are compared.
    const directOnly = record.data.quotes.every((quote) => (quote.type ?? 'direct') === 'direct');
    const compared = directOnly ? quotes.filter((quote) => quote.type === 'direct') : quotes;
    const predictedSpans = compared.map((quote) => quote.content);
    predicted += predictedSpans.length;
    gold += goldSpans.length;
    const pairs30 = matchSpans(goldSpans, predictedSpans, 0.3);
    tp30 += pairs30.length;
    tp80 += matchSpans(goldSpans, predictedSpans, 0.8).length;
    for (const [g, p] of pairs30) {
      matched++;
      const goldSpeaker = (record.data.quotes[g]!.speaker ?? '').toLowerCase();
      const speaker = compared[p]!.speaker;
      const text = speaker ? doc.text.slice(speaker.start, speaker.end).toLowerCase() : '';
      if (
        text &&
        goldSpeaker &&
        (goldSpeaker.includes(text) ||
          text.includes(goldSpeaker) ||
          goldSpeaker.split(' ').some((word) => word.length > 2 && text.includes(word)))
      )
        speakerRight++;
    }
  });
  return {
    kind: 'span-quotes',
    file,
    records: lines.length,
    at30: prf(tp30, predicted, gold),
    at80: prf(tp80, predicted, gold),
    speakerAccuracy: ratio(speakerRight, matched),
  };
}

const pct = (value: number) => (value * 100).toFixed(1).padStart(5);

/** The results as tables for people. */
export function formatEvaluation(
  results: readonly EvaluationResult[],
  options: { verbose: boolean },
): string {
  const out: string[] = [];
  for (const result of results) {
    switch (result.kind) {
      case 'article-events': {
        const r = result.result;
        out.push(
          `${result.file}: article events — required ${r.requiredFound}/${r.requiredTotal}, optional ${r.optionalFound}/${r.optionalTotal}, forbidden produced ${r.forbidden.reduce((n, f) => n + f.produced.length, 0)}`,
        );
        for (const entry of r.expected) {
          if (!entry.found || options.verbose) {
            out.push(
              `  ${entry.gold.id} ${entry.gold.required ? 'required' : 'optional'} ${entry.found ? 'found' : `MISSED${entry.nearest ? ` (nearest: ${entry.nearest.problems.join('; ')})` : ''}`}  "${entry.gold.evidence}"`,
            );
          }
        }
        for (const forbidden of r.forbidden)
          for (const event of forbidden.produced)
            out.push(`  FORBIDDEN ${event.code} ${event.modality} "${event.evidence.text}"`);
        break;
      }
      case 'article-quotes': {
        const found = result.checks.filter((check) => check.found).length;
        out.push(
          `${result.file}: article quotes — ${found}/${result.checks.length} right (type, cue, speaker); content P ${pct(result.content.precision)} R ${pct(result.content.recall)} F1 ${pct(result.content.f1)}; speaker accuracy ${pct(result.speakerAccuracy)}; cue accuracy ${pct(result.cueAccuracy)}; scare quotes extracted ${result.scareQuotes.length}`,
        );
        for (const check of result.checks)
          if (!check.found || options.verbose)
            out.push(
              `  ${check.id} ${check.required ? 'required' : 'optional'} ${check.found ? 'right' : check.problems.join('; ')}`,
            );
        break;
      }
      case 'sentence-events': {
        const score = result.score;
        out.push(
          `${result.file} [${result.suite}]: ${score.records} records${result.errors ? `, ${result.errors} failed to code` : ''}`,
        );
        out.push('  level                          P      R      F1   records right');
        for (const level of score.levels) {
          out.push(
            `  ${level.level.padEnd(28)} ${pct(level.precision)}  ${pct(level.recall)}  ${pct(level.f1)}   ${level.recordsRight}/${score.records}`,
          );
        }
        if (options.verbose) {
          for (const detail of score.details) {
            if (detail.right) continue;
            out.push(`  ✗ ${detail.id}: ${detail.text}`);
            if (detail.misses.length) out.push(`      missed: ${detail.misses.join('  ')}`);
            if (detail.extras.length) out.push(`      extra:  ${detail.extras.join('  ')}`);
          }
        }
        break;
      }
      case 'span-quotes':
        out.push(
          `${result.file}: ${result.records} records — quote content at 30% overlap P ${pct(result.at30.precision)} R ${pct(result.at30.recall)} F1 ${pct(result.at30.f1)}; at 80% P ${pct(result.at80.precision)} R ${pct(result.at80.recall)} F1 ${pct(result.at80.f1)}; speaker accuracy on matched quotes ${pct(result.speakerAccuracy)}`,
        );
        break;
    }
  }
  return out.join('\n');
}
