import type { EventRecord } from '../doc/layers.js';
import { formatTable } from './table.js';

export type EventFormat = 'jsonl' | 'tsv' | 'table';

/** The columns of `--format tsv`, in order; nested fields are flattened with dots. */
export const TSV_COLUMNS = [
  'id',
  'articleId',
  'url',
  'sentenceIndex',
  'date',
  'dateGranularity',
  'publicationDate',
  'source.code',
  'source.country',
  'source.knownGroup',
  'source.text',
  'target.code',
  'target.country',
  'target.knownGroup',
  'target.text',
  'code',
  'rootCode',
  'quadClass',
  'goldstein',
  'plover.type',
  'plover.mode',
  'modality',
  'condition.text',
  'speaker.code',
  'evidence.start',
  'evidence.end',
  'evidence.text',
  'location.name',
  'location.country',
  'location.lat',
  'location.lon',
  'confidence',
  'coder.version',
  'coder.dictionaries',
] as const;

function field(record: EventRecord, path: string): string {
  let value: unknown = record;
  for (const part of path.split('.'))
    value = value === null || value === undefined ? undefined : (value as Record<string, unknown>)[part];
  if (value === null || value === undefined) return '';
  return String(value).replace(/[\t\n\r]+/g, ' ');
}

/** Writes events in the chosen format; `table` is for people, `jsonl` and `tsv` for programs. */
export function formatEvents(records: readonly EventRecord[], format: EventFormat, header = true): string {
  if (format === 'jsonl')
    return records.map((record) => JSON.stringify(record)).join('\n') + (records.length ? '\n' : '');
  if (format === 'tsv') {
    const lines = records.map((record) => TSV_COLUMNS.map((column) => field(record, column)).join('\t'));
    return [...(header ? [TSV_COLUMNS.join('\t')] : []), ...lines].join('\n') + '\n';
  }
  const rows = records.map((record) => [
    record.id,
    record.date,
    record.source?.code ?? '-',
    record.code,
    record.target?.code ?? '-',
    record.modality,
    record.goldstein.toFixed(1),
    record.evidence.text,
  ]);
  return (
    formatTable(['id', 'date', 'source', 'code', 'target', 'modality', 'goldstein', 'evidence'], rows) + '\n'
  );
}
