import { describe, expect, it } from 'vitest';
import { ftsQuery } from './fts-query.js';

describe('ftsQuery', () => {
  it('passes FTS5 syntax through: words, phrases, operators, prefixes, groups and column filters', () => {
    expect(ftsQuery('NATO Russia')).toBe('NATO Russia');
    expect(ftsQuery('"red line"')).toBe('"red line"');
    expect(ftsQuery('Kiev OR Kyiv')).toBe('Kiev OR Kyiv');
    expect(ftsQuery('(sanction* OR embargo) NOT oil')).toBe('( sanction* OR embargo ) NOT oil');
    expect(ftsQuery('title:NATO body:"red line"')).toBe('title: NATO body: "red line"');
    expect(ftsQuery('"say ""no"" twice"')).toBe('"say ""no"" twice"');
    expect(ftsQuery('Zürich Київ')).toBe('Zürich Київ');
  });

  it('turns words with punctuation into phrases', () => {
    expect(ftsQuery('U.S. sanctions')).toBe('"U.S." sanctions');
    expect(ftsQuery('NATO-Russia council')).toBe('"NATO-Russia" council');
    expect(ftsQuery("Kiev's stance")).toBe('"Kiev\'s" stance');
    expect(ftsQuery('title:U.S.')).toBe('title: "U.S."');
  });

  it('leaves real syntax errors for FTS5 to report', () => {
    expect(ftsQuery('"unbalanced')).toBe('"unbalanced');
    expect(ftsQuery('AND AND')).toBe('AND AND');
  });
});
