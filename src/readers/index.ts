// The article record and its id.
export { makeArticle, articleId, sourceOf, type Article, type ArticleFields } from './article.js';

// Reading inputs: files, directories and standard input, with located errors and skipped files.
export { readInputs, type ReadInputsOptions, type ReadProgress } from './read-inputs.js';
export type { ReadItem, ArticleItem, SkippedItem, FileReadOptions } from './read-item.js';
export {
  walkInputs,
  type InputWalk,
  type InputEntry,
  type InputFile,
  type InputFormat,
} from './walk-inputs.js';

// The formats, one reader each.
export { readSeedFile, readSeedRecord } from './seed-reader.js';
export { readJsonlFile, readJsonlRecords, articleFromJson } from './jsonl-reader.js';

// The pieces the readers share.
export { parseDate, type ParsedDate } from './parse-date.js';
export { urlProblem } from './check-url.js';
export { readTextLines, defaultMaxLineBytes, type TextLine, type TextLinesOptions } from './text-lines.js';
export { splitLines, type SplitLine, type SplitLinesOptions } from './line-splitter.js';
export { binaryProblem } from './sniff-binary.js';
