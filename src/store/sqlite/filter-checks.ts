import type { Modality } from '../../doc/layers.js';
import { DyadError } from '../../errors/dyad-error.js';
import { parseDate } from '../../readers/parse-date.js';
import { actorKey } from '../store.js';

/** Every modality an event can have. */
export const modalities = [
  'asserted',
  'reported',
  'negated',
  'conditional',
  'hypothetical',
  'intended',
  'denied',
] as const satisfies readonly Modality[];

// Fails to compile when Modality gains a value this list lacks.
const allModalitiesListed: Exclude<Modality, (typeof modalities)[number]> extends never ? true : never = true;
void allModalitiesListed;

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
    if (!(modalities as readonly string[]).includes(modality))
      throw usage('modality', modality, `one of ${modalities.join(', ')}`);
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
