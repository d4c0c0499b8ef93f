import { MODALITIES, type Modality } from '../doc/layers.js';
import { DyadError } from '../errors/dyad-error.js';
import type { EventFormat } from './event-format.js';

export function parseFormat(value: string): EventFormat {
  if (value === 'jsonl' || value === 'tsv' || value === 'table') return value;
  throw new DyadError('USAGE', `--format "${value}" is not one of jsonl, tsv, table`);
}

export function parseModalities(values: readonly string[]): Modality[] {
  return values.map((value) => {
    if ((MODALITIES as readonly string[]).includes(value)) return value as Modality;
    throw new DyadError('USAGE', `--modality "${value}" is not one of ${MODALITIES.join(', ')}`);
  });
}

/** `YYYY-MM-DD`, checked as a real date. */
export function parseDateOption(value: string, name: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const date = match ? new Date(`${value}T00:00:00Z`) : null;
  if (!match || !date || Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== value) {
    throw new DyadError('USAGE', `${name} "${value}" is not a date: write it YYYY-MM-DD, e.g. 2021-11-18`);
  }
  return value;
}

/** A whole number, 0 or more ("--workers 0" analyses in the calling thread). */
export function parseCount(value: string, name: string): number {
  const number = Number(value);
  if (value.trim() === '' || !Number.isInteger(number) || number < 0)
    throw new DyadError('USAGE', `${name} "${value}" is not a whole number (0 or more)`);
  return number;
}

export function parsePositive(value: string, name: string): number {
  const number = Number(value);
  if (!Number.isInteger(number) || number <= 0)
    throw new DyadError('USAGE', `${name} "${value}" is not a positive whole number`);
  return number;
}
