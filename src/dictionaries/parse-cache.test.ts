import { copyFileSync, mkdtempSync, readdirSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { loadActorDictionary } from './actor-dictionary.js';
import { dataPath } from './data-dir.js';
import { loadLexicon } from './lexicon.js';
import { cachedParse } from './parse-cache.js';

describe('the dictionary parse cache', () => {
  let cache: string;
  const before = process.env['DYAD_CACHE_DIR'];
  beforeEach(() => {
    cache = mkdtempSync(join(tmpdir(), 'dyad-cache-'));
    process.env['DYAD_CACHE_DIR'] = cache;
  });
  afterEach(() => {
    if (before === undefined) delete process.env['DYAD_CACHE_DIR'];
    else process.env['DYAD_CACHE_DIR'] = before;
  });

  it('gives back what the bundled dictionaries parse to, from one entry per file', () => {
    const parsed = loadActorDictionary();
    const entries = readdirSync(join(cache, 'dictionaries'));
    expect(entries).toHaveLength(parsed.files.length);
    const cached = loadActorDictionary();
    expect(cached).toEqual(parsed);
    expect(cached.people.length).toBeGreaterThan(100);
    expect(readdirSync(join(cache, 'dictionaries'))).toEqual(entries);
    expect(loadLexicon()).toEqual(loadLexicon());
  });

  it('parses again when the text changes, and keeps one entry for the file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'dyad-dict-'));
    const file = join(dir, 'extra.yaml');
    writeFileSync(file, '- kind: organisation\n  code: IGOWLDPWR\n  names: [world powers]\n  note: a test\n');
    const first = loadActorDictionary({ extra: [file] });
    expect(first.organisations.at(-1)!.entry.names).toEqual(['world powers']);
    writeFileSync(
      file,
      '- kind: organisation\n  code: IGOWLDPWR\n  names: [world powers, the powers]\n  note: a test\n',
    );
    const second = loadActorDictionary({ extra: [file] });
    expect(second.organisations.at(-1)!.entry.names).toEqual(['world powers', 'the powers']);
    expect(second.version).not.toBe(first.version);
    expect(readdirSync(join(cache, 'dictionaries'))).toHaveLength(first.files.length);
  });

  it('never caches a file that fails to parse: the error comes every time', () => {
    const dir = mkdtempSync(join(tmpdir(), 'dyad-dict-'));
    const file = join(dir, 'bad.yaml');
    writeFileSync(file, '- kind: organisation\n  names: [no code]\n');
    for (let i = 0; i < 2; i++) expect(() => loadActorDictionary({ extra: [file] })).toThrow(/bad\.yaml:1: /);
  });

  it('parses when an entry is damaged or the folder cannot be written, and not at all when turned off', () => {
    const file = dataPath('dictionaries', 'tone.yaml');
    const text = readFileSync(file, 'utf8');
    const parse = vi.fn(() => ({ words: text.length }));
    expect(cachedParse(file, 'test', text, parse)).toEqual({ words: text.length });
    expect(cachedParse(file, 'test', text, parse)).toEqual({ words: text.length });
    expect(parse).toHaveBeenCalledTimes(1);
    // A damaged entry (a disk full, another program): parsed again, and the entry rewritten.
    const [entry] = readdirSync(join(cache, 'dictionaries'));
    writeFileSync(join(cache, 'dictionaries', entry!), 'not a cache entry');
    expect(cachedParse(file, 'test', text, parse)).toEqual({ words: text.length });
    expect(cachedParse(file, 'test', text, parse)).toEqual({ words: text.length });
    expect(parse).toHaveBeenCalledTimes(2);
    // Another schema for the same file is another entry; writing it removes entries unused for 30 days.
    const old = join(cache, 'dictionaries', 'gone.v8');
    writeFileSync(old, 'an entry of a deleted checkout');
    utimesSync(old, new Date('2026-01-01'), new Date('2026-01-01'));
    expect(cachedParse(file, 'other', text, () => 'other')).toBe('other');
    expect(readdirSync(join(cache, 'dictionaries'))).toHaveLength(2);
    // A folder this process cannot write to (a file stands where it should be).
    const blocked = mkdtempSync(join(tmpdir(), 'dyad-cache-'));
    copyFileSync(file, join(blocked, 'dictionaries'));
    process.env['DYAD_CACHE_DIR'] = blocked;
    expect(cachedParse(file, 'test', text, parse)).toEqual({ words: text.length });
    expect(parse).toHaveBeenCalledTimes(3);
    process.env['DYAD_CACHE_DIR'] = 'off';
    expect(cachedParse(file, 'test', text, parse)).toEqual({ words: text.length });
    expect(cachedParse(file, 'test', text, parse)).toEqual({ words: text.length });
    expect(parse).toHaveBeenCalledTimes(5);
  });
});
