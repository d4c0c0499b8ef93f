import { copyFile, mkdir, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sharedPath } from '../../test/shared-data.js';
import { readInputs, type ReadInputsOptions, type ReadProgress } from './read-inputs.js';
import type { ReadItem } from './read-item.js';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'dyad-inputs-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function collect(paths: string[], options?: ReadInputsOptions): Promise<ReadItem[]> {
  const out: ReadItem[] = [];
  for await (const item of readInputs(paths, options)) out.push(item);
  return out;
}

/** One short line per item: `article <title>`, `error <file>:<line> <field>`, `skipped <file>`. */
function summary(items: readonly ReadItem[], root: string): string[] {
  const rel = (file: string): string => (file.startsWith(root) ? file.slice(root.length + 1) : file);
  return items.map((item) => {
    if (item.kind === 'article') return `article ${item.article.title}`;
    if (item.kind === 'error') return `error ${rel(item.file)}:${item.line} ${item.field}`;
    return `skipped ${rel(item.file)}`;
  });
}

describe('readInputs', () => {
  it('reads a directory recursively in sorted path order and reports the files it skips', async () => {
    const root = join(dir, 'tree');
    await mkdir(join(root, 'b', 'nested'), { recursive: true });
    await mkdir(join(root, '.git'), { recursive: true });
    await copyFile(sharedPath('acceptance', 'seed-nato-russia.txt'), join(root, 'b', 'nested', 'seed.txt'));
    await copyFile(
      sharedPath('corpus', 'reuters21578', 'records', 'reuters21578-00063.txt'),
      join(root, 'a.txt'),
    );
    const wcep = (await readFile(sharedPath('corpus', 'wcep-2015-09', 'wcep-2015-09.jsonl'), 'utf8')).split(
      '\n',
    );
    await writeFile(join(root, 'b', 'events.ndjson'), `${wcep[0]}\n${wcep[1]}\n`);
    await writeFile(join(root, 'README.md'), '# notes\n');
    await writeFile(join(root, 'b', 'empty.txt'), '');
    await writeFile(join(root, '.git', 'config'), '[core]\n');

    const items = await collect([root]);
    const firstTitle = (await readFile(join(root, 'a.txt'), 'utf8')).split('\n')[0];
    expect(summary(items, root)).toEqual([
      'skipped .git',
      'skipped README.md',
      `article ${firstTitle}`,
      'skipped b/empty.txt',
      `article ${JSON.parse(wcep[0]!).title}`,
      `article ${JSON.parse(wcep[1]!).title}`,
      'article NATO will cooperate with Russia on one condition',
    ]);
  });

  it('reads every seed record of the shared corpora without an error', async () => {
    const items = await collect([
      sharedPath('corpus', 'reuters21578', 'records'),
      sharedPath('corpus', 'wcep-2015-09', 'records'),
    ]);
    const kinds = items.reduce<Record<string, number>>(
      (count, item) => ({ ...count, [item.kind]: (count[item.kind] ?? 0) + 1 }),
      {},
    );
    expect(kinds).toEqual({ article: 303 + 271 });
  });

  it('goes on past bad files and missing paths, with one located error each', async () => {
    const root = join(dir, 'mixed');
    await mkdir(root, { recursive: true });
    await writeFile(join(root, '1-good.txt'), 'Good\n20211118\nurn:test:good\nBody.\n');
    await writeFile(join(root, '2-bad-date.txt'), 'Bad\n20211341\nurn:test:bad\nBody.\n');
    await writeFile(
      join(root, '3-binary.txt'),
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]),
    );
    await writeFile(
      join(root, '4-good.jsonl'),
      '{"title":"Also good","date":"2021-11-19","url":"urn:test:2","body":"B"}\n',
    );
    const missing = join(dir, 'missing.jsonl');
    const notADirectory = join(root, '1-good.txt', 'child.txt');

    const items = await collect([missing, root, notADirectory]);
    expect(summary(items, root)).toEqual([
      `error ${missing}:1 file`,
      'article Good',
      'error 2-bad-date.txt:2 date',
      'error 3-binary.txt:1 file',
      'article Also good',
      'error 1-good.txt/child.txt:1 file',
    ]);
  });

  it('reads JSON Lines from standard input when its first non-blank character is {', async () => {
    const text = '\n  \n{"title":"One","date":"20211118","url":"urn:test:1","body":"B"}\n{"title":"Two"}\n';
    const stdin = Readable.from([text.slice(0, 7), text.slice(7, 30), text.slice(30)]);
    const items = await collect(['-'], { stdin });
    expect(summary(items, dir)).toEqual(['article One', 'error -:4 date', 'error -:4 url', 'error -:4 body']);
    expect(items[0]).toMatchObject({ article: { origin: { file: '-', line: 3 } } });
  });

  it('reads one seed record from standard input otherwise', async () => {
    const stdin = Readable.from([
      Buffer.from('Seed on stdin\n2021'),
      Buffer.from('1118\nhttps://example.org/x\nP1\n\nP2\n'),
    ]);
    const items = await collect(['-'], { stdin });
    expect(items).toEqual([
      {
        kind: 'article',
        article: expect.objectContaining({
          title: 'Seed on stdin',
          published: '2021-11-18',
          paragraphs: ['P1', 'P2'],
        }),
      },
    ]);
  });

  it('reports progress up to the total size of the input files', async () => {
    const reuters = sharedPath('corpus', 'reuters21578', 'reuters21578.jsonl');
    const seedFile = sharedPath('acceptance', 'seed-nato-russia.txt');
    const total = (await stat(reuters)).size + (await stat(seedFile)).size;
    const reports: ReadProgress[] = [];
    const items = await collect([seedFile, reuters], { onProgress: (progress) => reports.push(progress) });
    expect(items).toHaveLength(19_044);
    expect(reports.length).toBeGreaterThan(10);
    expect(reports.every((report) => report.bytesTotal === total)).toBe(true);
    expect(reports.every((report, i) => i === 0 || report.bytesRead >= reports[i - 1]!.bytesRead)).toBe(true);
    expect(reports[0]!.file).toBe(seedFile);
    expect(reports.at(-1)).toEqual({ bytesRead: total, bytesTotal: total, file: reuters });
  });
});
