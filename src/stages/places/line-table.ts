/**
 * A tab-separated text kept as one string, with the offsets of its lines: rows are sliced out when asked for,
 * so that loading costs one scan for line ends and no per-row objects.
 */
export interface LineTable {
  /** Number of data rows (after the comment and header lines). */
  readonly rowCount: number;
  /** The header line. */
  readonly header: string;
  /** 1-based line number of a data row in the file, for error messages. */
  lineNumber(row: number): number;
  /** The raw text of a data row. */
  row(row: number): string;
  /**
   * For a table sorted by its first column (in UTF-16 code unit order, as `Array.prototype.sort` sorts):
   * the rest of the row whose first column is `key`, or undefined.
   */
  find(key: string): string | undefined;
}

/** Indexes `text`: leading `#` comment lines, then a header line, then data rows; empty trailing line ignored. */
export function createLineTable(text: string): LineTable {
  let start = 0;
  let commentLines = 0;
  while (text.startsWith('#', start)) {
    const end = text.indexOf('\n', start);
    start = end < 0 ? text.length : end + 1;
    commentLines += 1;
  }
  const headerEnd = text.indexOf('\n', start);
  const header = text.slice(start, headerEnd < 0 ? text.length : headerEnd);
  const starts: number[] = [];
  let offset = headerEnd < 0 ? text.length : headerEnd + 1;
  while (offset < text.length) {
    starts.push(offset);
    const end = text.indexOf('\n', offset);
    offset = end < 0 ? text.length : end + 1;
  }
  const rowStarts = Int32Array.from(starts);
  const rowCount = rowStarts.length;
  const rowEnd = (row: number): number => {
    const next = row + 1 < rowCount ? rowStarts[row + 1]! : text.length;
    return text.charCodeAt(next - 1) === 10 ? next - 1 : next;
  };
  return {
    rowCount,
    header,
    lineNumber: (row) => commentLines + 2 + row,
    row: (row) => text.slice(rowStarts[row]!, rowEnd(row)),
    find(key) {
      let low = 0;
      let high = rowCount - 1;
      while (low <= high) {
        const middle = (low + high) >>> 1;
        const begin = rowStarts[middle]!;
        const end = rowEnd(middle);
        let tab = text.indexOf('\t', begin);
        if (tab < 0 || tab > end) tab = end;
        const order = compareKey(text, begin, tab, key);
        if (order === 0) return text.slice(Math.min(tab + 1, end), end);
        if (order < 0) low = middle + 1;
        else high = middle - 1;
      }
      return undefined;
    },
  };
}

/**
 * `text.slice(begin, end)` compared with `key` in UTF-16 code unit order (as `<` compares strings), without
 * slicing: a lookup in a table of 100,000 rows compares some seventeen rows, and each slice is an allocation.
 */
function compareKey(text: string, begin: number, end: number, key: string): number {
  const length = Math.min(end - begin, key.length);
  for (let i = 0; i < length; i++) {
    const difference = text.charCodeAt(begin + i) - key.charCodeAt(i);
    if (difference !== 0) return difference;
  }
  return end - begin - key.length;
}
