import { describe, expect, it } from 'vitest';
import { createLineTable } from './line-table.js';

describe('line table', () => {
  // Sorted as Array.prototype.sort sorts (UTF-16 code units): prefixes first, capitals before lower case, accented
  // letters after ASCII.
  const keys = ['Zurich', 'a', 'ab', 'abc', 'abd', 'b', 'new york', 'new york city', 'são paulo', 'zürich'];
  const text = `# a comment\nkey\tvalue\n${keys.map((key, i) => `${key}\t${i}`).join('\n')}\n`;
  const table = createLineTable(text);

  it('finds the rest of the row of every key, and nothing for a key between or beyond them', () => {
    expect([...keys].sort()).toEqual(keys);
    expect(table.rowCount).toBe(keys.length);
    keys.forEach((key, i) => expect(table.find(key)).toBe(String(i)));
    for (const missing of ['', 'A', 'aa', 'abcd', 'new', 'new york c', 'sao paulo', 'zz', '\u00ff'])
      expect(table.find(missing)).toBeUndefined();
  });

  it('numbers rows by their line in the file, after the comment and the header', () => {
    expect(table.header).toBe('key\tvalue');
    expect(table.lineNumber(0)).toBe(3);
    expect(table.row(1)).toBe('a\t1');
  });
});
