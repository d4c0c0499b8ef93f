/**
 * The catalogue of coded errors dyad throws on misuse and bad configuration. Bad *documents* never
 * throw: they become records of the batch's error report (see `ReadError`) and the batch goes on.
 *
 * Each message says what was expected, what came, and what to do.
 */
export const errorCatalogue = {
  STAGE_ORDER: 'a stage requires a layer that no earlier stage produces',
  STAGE_DUPLICATE: 'two stages produce the same layer',
  STAGE_OUTPUT: 'a stage returned a layer that breaks the Doc invariant',
  DICTIONARY_INVALID: 'a dictionary file does not match its schema',
  DICTIONARY_MISSING: 'a dictionary file could not be found',
  CODEBOOK_INVALID: 'a codebook table is malformed',
  STORE_SCHEMA: 'the database was written by a newer dyad',
  STORE_OPEN: 'the database file could not be opened',
  USAGE: 'a command was called with invalid arguments',
  INPUT_NOT_FOUND: 'an input path does not exist',
  GOLD_INVALID: 'a gold file does not match any known gold format',
  NOT_FOUND: 'a requested record does not exist',
} as const;

export type DyadErrorCode = keyof typeof errorCatalogue;

/** A misuse or configuration error: thrown at once, with a code from the catalogue. */
export class DyadError extends Error {
  readonly code: DyadErrorCode;
  readonly details: Readonly<Record<string, unknown>>;

  constructor(code: DyadErrorCode, message: string, details: Record<string, unknown> = {}) {
    super(`${code}: ${message}`);
    this.name = 'DyadError';
    this.code = code;
    this.details = details;
  }
}
