import { MODALITIES, type Modality } from '../../doc/layers.js';
import { DyadError } from '../../errors/dyad-error.js';
import { parseDate } from '../../readers/parse-date.js';
import { actorKey } from '../store.js';

function usage(field: string, value: unknown, expected: string): DyadError {
  return new DyadError('USAGE', `${field} ${JSON.stringify(value)} is not valid: expected ${expected}`, {
    field,
    value,
  });
}

/** A date bound as `YYYY-MM-DD` (also read from `YYYYMMDD`), or a `USAGE` error. */
export function checkDate(field: string, value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const parsed = parseDate(value);
  if (!parsed.ok) throw usage(field, value, `a date YYYY-MM-DD (${parsed.message})`);
  return parsed.date;
}

/** A CAMEO code prefix: 1 to 4 digits. */
export function checkCode(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const code = value.trim();
  if (!/^\d{1,4}$/.test(code))
    throw usage('code', value, 'a CAMEO code or code prefix of 1 to 4 digits (16, 042, 1612)');
  return code;
}

/** A positive whole number of results. */
export function checkLimit(value: number | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!Number.isSafeInteger(value) || value < 1) throw usage('limit', value, 'a whole number of at least 1');
  return value;
}

export function checkOffset(value: number | undefined): number {
  if (value === undefined) return 0;
  if (!Number.isSafeInteger(value) || value < 0) throw usage('offset', value, 'a whole number of at least 0');
  return value;
}

export function checkModalities(value: readonly string[] | undefined): Modality[] | undefined {
  if (value === undefined) return undefined;
  for (const modality of value) {
    if (!(MODALITIES as readonly string[]).includes(modality))
      throw usage('modality', modality, `one of ${MODALITIES.join(', ')}`);
  }
  return [...value] as Modality[];
}

export function checkActorKey(field: string, value: string | undefined): string | undefined {
  return value === undefined ? undefined : actorKey(value, field);
}

/** Throws when `since` comes after `until`: such a filter can only be a mistake. */
export function checkRange(since: string | undefined, until: string | undefined): void {
  if (since !== undefined && until !== undefined && since > until) {
    throw new DyadError('USAGE', `since ${since} is after until ${until}: nothing can match`, {
      since,
      until,
    });
  }
}

/** Adds `column` between `since` and `until` (inclusive, either may be absent) to a WHERE list. */
export function whereDateRange(
  where: string[],
  params: unknown[],
  column: string,
  since: string | undefined,
  until: string | undefined,
): void {
  if (since !== undefined) {
    where.push(`${column} >= ?`);
    params.push(since);
  }
  if (until !== undefined) {
    where.push(`${column} <= ?`);
    params.push(until);
  }
}

/** Adds `e.modality IN (…)` to a WHERE list when modalities are given (an empty list matches nothing). */
export function whereModality(
  where: string[],
  params: unknown[],
  modality: readonly Modality[] | undefined,
): void {
  if (modality === undefined) return;
  where.push(`e.modality IN (${modality.map(() => '?').join(', ') || 'NULL'})`);
  params.push(...modality);
}
