import fc from 'fast-check';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sharedPath } from '../../test/shared-data.js';
import { createDoc } from '../doc/doc.js';
import { articleId, type Article } from './article.js';
import { readJsonlFile } from './jsonl-reader.js';
import type { ReadItem } from './read-item.js';
import { readSeedFile } from './seed-reader.js';

async function collect(items: AsyncIterable<ReadItem>): Promise<ReadItem[]> {
  const out: ReadItem[] = [];
  for await (const item of items) out.push(item);
  return out;
}

function articlesOf(items: readonly ReadItem[]): Article[] {
  return items.flatMap((item) => (item.kind === 'article' ? [item.article] : []));
}

function errorsOf(items: readonly ReadItem[]): { line: number; field: string }[] {
  return items.flatMap((item) => (item.kind === 'error' ? [{ line: item.line, field: item.field }] : []));
}

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'dyad-seed-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function seed(name: string, content: string | Buffer): Promise<string> {
  const path = join(dir, name);
  await writeFile(path, content);
  return path;
}

describe('readSeedFile', () => {
  it('reads the seed article exactly: title, date, URL and its 10 body paragraphs verbatim (11 with the title)', async () => {
    const path = sharedPath('acceptance', 'seed-nato-russia.txt');
    const items = await collect(readSeedFile(path));
    expect(items).toHaveLength(1);
    const [article] = articlesOf(items);
    expect(article).toMatchObject({
      title: 'NATO will cooperate with Russia on one condition',
      published: '2021-11-18',
      url: 'https://www.europesun.com/news/271973430/nato-will-cooperate-with-russia-on-one-condition',
      source: 'europesun.com',
      lang: 'en',
      origin: { file: path, line: 1 },
    });
    expect(article!.paragraphs).toHaveLength(10);
    expect(createDoc(article!).paragraphSpans).toHaveLength(11);
    expect(article!.paragraphs[0]).toBe(
      '"We reiterate our long-standing invitation to Russia for a meeting of the NATO-Russia Council in the near ' +
        'future," the statement read.',
    );
    expect(article!.paragraphs[9]).toBe(
      'In October, Moscow announced that it would suspend all direct bilateral ties with NATO and shutter its ' +
        "offices in the Russian capital. The move came as a response to the bloc's expulsion of eight Russian " +
        'diplomats from its Brussels headquarters, believed to be over claims of involvement in undisclosed ' +
        "'espionage.' Russia denies the charges.",
    );
    expect(article!.body).toBe(article!.paragraphs.join('\n'));
    expect(article!.id).toMatch(/^[0-9a-f]{20}$/);
  });

  it('ignores blank lines, trims trailing carriage returns and a byte order mark', async () => {
    const path = await seed(
      'crlf.txt',
      '\uFEFFA title\r\n20211118\r\nurn:test:1\r\n\r\nFirst.\r\n\r\n  \r\nSecond.\r\n',
    );
    const [article] = articlesOf(await collect(readSeedFile(path)));
    expect(article).toMatchObject({ title: 'A title', url: 'urn:test:1', paragraphs: ['First.', 'Second.'] });
  });

  it.each([
    ['an impossible month', 'T\n20211341\nurn:test:1\nBody.\n', [{ line: 2, field: 'date' }]],
    ['February 29 of a common year', 'T\n20210229\nurn:test:1\nBody.\n', [{ line: 2, field: 'date' }]],
    [
      'a missing URL line',
      'T\n20211118\nThe first paragraph, where the URL should be.\nBody.\n',
      [{ line: 3, field: 'url' }],
    ],
    ['an empty body', 'T\n20211118\nhttps://example.org/a\n\n\n', [{ line: 4, field: 'body' }]],
    ['a blank title', ' \n20211118\nhttps://example.org/a\nBody.\n', [{ line: 1, field: 'title' }]],
    [
      'a file with only a title',
      'T\n',
      [
        { line: 2, field: 'date' },
        { line: 3, field: 'url' },
        { line: 4, field: 'body' },
      ],
    ],
  ])('refuses %s with an error at its line and field', async (_case, content, expected) => {
    const path = await seed(`bad-${expected[0]!.field}-${content.length}.txt`, content);
    const items = await collect(readSeedFile(path));
    expect(articlesOf(items)).toEqual([]);
    expect(errorsOf(items)).toEqual(expected);
    expect(items.every((item) => item.kind !== 'error' || item.file === path)).toBe(true);
  });

  it('reports invalid UTF-8 on the line where it is', async () => {
    const content = Buffer.concat([
      Buffer.from('T\n20211118\nurn:test:1\nGood paragraph.\nCaf'),
      Buffer.from([0xe9]),
      Buffer.from(' in Latin-1.\n'),
    ]);
    const path = await seed('latin1.txt', content);
    const items = await collect(readSeedFile(path));
    expect(items).toEqual([
      {
        kind: 'error',
        file: path,
        line: 5,
        field: 'encoding',
        message: expect.stringMatching(/byte 4 .*0xe9/),
      },
    ]);
  });

  it('reports a binary file once, on line 1, field file', async () => {
    const bytes = Buffer.alloc(100_000);
    for (let i = 0; i < bytes.length; i++) bytes[i] = (i * 7919) % 256;
    const path = await seed('image.txt', bytes);
    const items = await collect(readSeedFile(path));
    expect(items).toEqual([
      { kind: 'error', file: path, line: 1, field: 'file', message: expect.stringMatching(/binary/) },
    ]);
  });

  it('reports a file of control characters without NUL bytes as binary', async () => {
    const bytes = Buffer.alloc(20_000, 0x01);
    const path = await seed('control.txt', Buffer.concat([Buffer.from('T\n'), bytes]));
    expect(errorsOf(await collect(readSeedFile(path)))).toEqual([{ line: 1, field: 'file' }]);
  });

  it('reports a missing file as a file error', async () => {
    const path = join(dir, 'nowhere.txt');
    expect(errorsOf(await collect(readSeedFile(path)))).toEqual([{ line: 1, field: 'file' }]);
  });

  const singleLine = fc
    .string({ unit: 'grapheme', minLength: 1, maxLength: 40 })
    .filter((text) => !/[\r\n\uFEFF]/.test(text) && text.trim() !== '');

  it('reads back what was written: title, date, URL and paragraphs, with an id stable across formats', async () => {
    let n = 0;
    await fc.assert(
      fc.asyncProperty(
        singleLine,
        fc.date({
          min: new Date('1900-01-01T00:00:00Z'),
          max: new Date('2100-12-31T00:00:00Z'),
          noInvalidDate: true,
        }),
        fc.oneof(
          fc.webUrl(),
          fc.nat().map((k) => `urn:test:${k}`),
        ),
        fc.array(singleLine, { minLength: 1, maxLength: 6 }),
        async (title, date, url, paragraphs) => {
          const published = date.toISOString().slice(0, 10);
          const compact = published.replaceAll('-', '');
          n++;
          const path = await seed(`prop-${n}.txt`, [title, compact, url, ...paragraphs].join('\n') + '\n');
          const [article] = articlesOf(await collect(readSeedFile(path)));
          expect(article).toMatchObject({ title, published, url, paragraphs });
          expect(article!.id).toBe(articleId({ title, published, url, paragraphs }));
          const [again] = articlesOf(await collect(readSeedFile(path)));
          expect(again!.id).toBe(article!.id);
          const jsonl = await seed(
            `prop-${n}.jsonl`,
            JSON.stringify({ title, date: published, url, body: paragraphs.join('\n') }),
          );
          const [fromJson] = articlesOf(await collect(readJsonlFile(jsonl)));
          expect(fromJson!.id).toBe(article!.id);
        },
      ),
      { numRuns: 60 },
    );
  });
});
