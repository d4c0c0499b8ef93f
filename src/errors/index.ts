export { DyadError, errorCatalogue, type DyadErrorCode } from './dyad-error.js';
export { readError, formatReadError, type ReadError } from './read-error.js';
