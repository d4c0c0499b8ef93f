import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sharedPath } from '../../test/shared-data.js';
import { readJsonlFile } from './jsonl-reader.js';
import type { ReadItem } from './read-item.js';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'dyad-jsonl-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

function line(fields: Record<string, unknown>): string {
  return JSON.stringify({
    title: 'T',
    date: '20211118',
    url: 'https://example.org/a',
    body: 'One.\nTwo.',
    ...fields,
  });
}

describe('readJsonlFile', () => {
  it('reads all 19,043 Reuters-21578 stories without an error, in file order', async () => {
    const path = sharedPath('corpus', 'reuters21578', 'reuters21578.jsonl');
    let articles = 0;
    let errors = 0;
    let first: ReadItem | undefined;
    let last: ReadItem | undefined;
    for await (const item of readJsonlFile(path)) {
      if (item.kind === 'article') articles++;
      else errors++;
      first ??= item;
      last = item;
    }
    expect({ articles, errors }).toEqual({ articles: 19_043, errors: 0 });
    expect(first).toMatchObject({
      kind: 'article',
      article: {
        title: 'BAHIA COCOA REVIEW',
        published: '1987-02-26',
        url: 'urn:reuters21578:1',
        source: 'urn:reuters21578',
        externalId: '1',
        origin: { file: path, line: 1 },
      },
    });
    expect(first?.kind === 'article' && first.article.paragraphs[0]).toMatch(
      /^SALVADOR, Feb 26 - Showers continued/,
    );
    expect(last).toMatchObject({
      kind: 'article',
      article: {
        title: 'AMERICAN EXCHANGE INTRODUCES INSTITUTIONAL INDEX',
        externalId: '21578',
        origin: { line: 19_043 },
      },
    });
  });

  it('turns each bad line into one located error and still reads the good lines around it', async () => {
    const lines: (string | Buffer)[] = [
      line({ title: 'Good one', id: 7 }),
      '{"title": "Broken", "date": ',
      'x'.repeat(50 * 1024 * 1024),
      line({ title: 'Good two', id: 'r-2' }),
      JSON.stringify({ date: '20211118', url: 'urn:test:1', body: 'B' }),
      line({ date: '20211341' }),
      line({ date: '2021-02-29T10:00:00Z' }),
      line({ url: 'www.example.org/no-scheme' }),
      line({ body: '' }),
      line({ title: 42 }),
      Buffer.concat([
        Buffer.from('{"title": "Caf'),
        Buffer.from([0xe9]),
        Buffer.from('", "date": "20211118"}'),
      ]),
      '',
      '[1, 2]',
      line({ body: '\n \n' }),
      line({ id: { nested: true } }),
      line({ title: 'Good three', date: '2021-11-18T23:30:00-05:00', extra: [1, 2, 3] }),
    ];
    const path = join(dir, 'mixed.jsonl');
    await writeFile(
      path,
      Buffer.concat(lines.map((item) => Buffer.concat([Buffer.from(item), Buffer.from('\n')]))),
    );

    const items: ReadItem[] = [];
    for await (const item of readJsonlFile(path)) items.push(item);

    const errors = items.flatMap((item) => (item.kind === 'error' ? [`${item.line}:${item.field}`] : []));
    expect(errors).toEqual([
      '2:json',
      '3:line',
      '5:title',
      '6:date',
      '7:date',
      '8:url',
      '9:body',
      '10:title',
      '11:encoding',
      '13:json',
      '14:body',
      '15:id',
    ]);
    expect(items.every((item) => item.kind !== 'error' || item.file === path)).toBe(true);
    const articles = items.flatMap((item) => (item.kind === 'article' ? [item.article] : []));
    expect(articles.map((article) => [article.title, article.origin?.line, article.externalId])).toEqual([
      ['Good one', 1, '7'],
      ['Good two', 4, 'r-2'],
      ['Good three', 16, undefined],
    ]);
    expect(articles[2]!.published).toBe('2021-11-18');
    expect(articles[0]!.paragraphs).toEqual(['One.', 'Two.']);
    const tooLong = items.find((item) => item.kind === 'error' && item.field === 'line');
    expect(tooLong).toMatchObject({ message: expect.stringContaining(`${50 * 1024 * 1024} bytes`) });
  });

  it('refuses lines over a configured maximum and reads the next line', async () => {
    const path = join(dir, 'small-limit.jsonl');
    await writeFile(path, [line({ title: 'A'.repeat(300) }), line({ title: 'Short' })].join('\n'));
    const items: ReadItem[] = [];
    for await (const item of readJsonlFile(path, { maxLineBytes: 200 })) items.push(item);
    expect(
      items.map((item) =>
        item.kind === 'article' ? item.article.title : `${item.kind}:${'field' in item ? item.field : ''}`,
      ),
    ).toEqual(['error:line', 'Short']);
  });
});
