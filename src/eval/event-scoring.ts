import type { EventRecord, Modality } from '../doc/layers.js';
import type { ParsedActorCode } from '../dictionaries/actor-code.js';
import { prf, type PRF } from './quote-gold.js';

/** One expected event of a sentence-level gold record: actor codes (full CAMEO codes) and an event code. */
export interface GoldEvent {
  readonly source: string;
  readonly target: string;
  readonly code: string;
  readonly modality?: Modality;
}

export interface GoldRecord {
  readonly id: string;
  /** `YYYY-MM-DD`. */
  readonly date: string;
  readonly text: string;
  readonly expected: readonly GoldEvent[];
  /** A record whose coding is an error (PETRARCH's ERROR cases): passed when nothing is coded. */
  readonly expectError?: boolean;
}

/** How strictly events are compared. */
export interface Level {
  readonly name: string;
  readonly code: (code: string) => string;
  /** Compare actors by key (country or known group) or by full code. */
  readonly actors: 'key' | 'code';
}

export const LEVELS: readonly Level[] = [
  { name: 'exact code, actor key', code: (code) => code, actors: 'key' },
  { name: '3-digit code, actor key', code: (code) => code.slice(0, 3), actors: 'key' },
  { name: 'root code, actor key', code: (code) => code.slice(0, 2), actors: 'key' },
  { name: 'exact code, full actor code', code: (code) => code, actors: 'code' },
];

export interface RecordResult {
  readonly id: string;
  readonly text: string;
  readonly expected: readonly string[];
  readonly produced: readonly string[];
  readonly misses: readonly string[];
  readonly extras: readonly string[];
  /** The set of (source, target, code) at the first level equals the expected set. */
  readonly right: boolean;
}

export interface LevelResult extends PRF {
  readonly level: string;
  readonly recordsRight: number;
}

export interface EventScore {
  readonly records: number;
  readonly levels: readonly LevelResult[];
  readonly details: readonly RecordResult[];
}

/** The key of a gold actor code: known group, else country, else the code's head (`---` for an unknown country). */
export function goldKey(parsed: ParsedActorCode): string {
  return parsed.knownGroup ?? parsed.country ?? parsed.head;
}

/** The key of a produced actor; a missing actor is `---`. */
export function producedKey(actor: EventRecord['source']): string {
  if (!actor) return '---';
  return actor.knownGroup ?? actor.country ?? (actor.code.slice(0, 3) || '---');
}

/**
 * Scores produced events against gold records: per level, micro precision, recall and F1 over the sets of
 * (source, target, code) of each record, and the records whose set equals the expected one.
 */
export function scoreEvents(
  records: readonly GoldRecord[],
  produced: ReadonlyMap<string, readonly EventRecord[]>,
  parse: (code: string) => ParsedActorCode,
): EventScore {
  const levels: LevelResult[] = [];
  const details: RecordResult[] = [];
  LEVELS.forEach((level, index) => {
    let tp = 0;
    let predicted = 0;
    let gold = 0;
    let right = 0;
    for (const record of records) {
      const actor = (code: string) => (level.actors === 'key' ? goldKey(parse(code)) : code);
      const expected = new Set(
        record.expected.map(
          (event) => `${actor(event.source)}|${actor(event.target)}|${level.code(event.code)}`,
        ),
      );
      const got = new Set(
        (produced.get(record.id) ?? []).map((event) => {
          const source = level.actors === 'key' ? producedKey(event.source) : (event.source?.code ?? '---');
          const target = level.actors === 'key' ? producedKey(event.target) : (event.target?.code ?? '---');
          return `${source}|${target}|${level.code(event.code)}`;
        }),
      );
      const hits = [...got].filter((tuple) => expected.has(tuple)).length;
      tp += hits;
      predicted += got.size;
      gold += expected.size;
      const isRight = hits === expected.size && hits === got.size;
      if (isRight) right++;
      if (index === 0) {
        details.push({
          id: record.id,
          text: record.text,
          expected: [...expected],
          produced: [...got],
          misses: [...expected].filter((tuple) => !got.has(tuple)),
          extras: [...got].filter((tuple) => !expected.has(tuple)),
          right: isRight,
        });
      }
    }
    levels.push({ level: level.name, recordsRight: right, ...prf(tp, predicted, gold) });
  });
  return { records: records.length, levels, details };
}
