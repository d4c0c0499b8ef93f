const operators = new Set(['AND', 'OR', 'NOT']);
const bareword = /^[\p{L}\p{N}_]+\*?$/u;
const columnFilter = /^(title|body):(.*)$/is;

function quoted(word: string): string {
  return `"${word.replaceAll('"', '""')}"`;
}

/**
 * Turns what a user types into an FTS5 query. FTS5's own syntax passes through (`"phrases"`, `AND`, `OR`,
 * `NOT`, `word*`, `( … )`, `title:word`); a word FTS5 would reject because of its punctuation (`U.S.`,
 * `NATO-Russia`, `Kiev's`) becomes a phrase, which is what the user meant. Real syntax errors (an
 * unterminated quote, `AND AND`) are left for FTS5 to report.
 */
export function ftsQuery(input: string): string {
  const parts: string[] = [];
  let i = 0;
  while (i < input.length) {
    const char = input[i]!;
    if (/\s/.test(char)) {
      i++;
    } else if (char === '(' || char === ')') {
      parts.push(char);
      i++;
    } else if (char === '"') {
      let end = i + 1;
      for (;;) {
        const close = input.indexOf('"', end);
        if (close === -1) {
          end = input.length;
          break;
        }
        if (input[close + 1] === '"') {
          end = close + 2;
          continue;
        }
        end = close + 1;
        break;
      }
      parts.push(input.slice(i, end));
      i = end;
    } else {
      let end = i;
      while (end < input.length && !/[\s()"]/.test(input[end]!)) end++;
      parts.push(word(input.slice(i, end)));
      i = end;
    }
  }
  return parts.join(' ');
}

function word(text: string): string {
  if (operators.has(text) || bareword.test(text)) return text;
  const column = columnFilter.exec(text);
  if (column) return `${column[1]!.toLowerCase()}:${column[2] === '' ? '' : ` ${word(column[2]!)}`}`;
  return quoted(text);
}
