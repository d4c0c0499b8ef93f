import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli, tempDir } from '../run-cli.js';
import { repoRoot, sharedPath } from '../shared-data.js';

const seed = sharedPath('acceptance', 'seed-nato-russia.txt');

describe('dyad on the seed article, end to end', () => {
  const db = join(tempDir(), 'seed.db');

  beforeAll(async () => {
    const ingest = await runCli(['ingest', seed], { db });
    expect(ingest.code).toBe(0);
    expect(ingest.stdout).toMatch(
      /^read 1, stored 1, duplicates 0, copies 0, failed 0, events \d+, [\d.]+ s/,
    );
  });

  it('stores a syndicated copy under another URL, headline and dateline once, and shows what it copies', async () => {
    const dir = tempDir();
    const body = readFileSync(seed, 'utf8').split('\n').slice(3).join('\n');
    const file = join(dir, 'syndicated.jsonl');
    writeFileSync(
      file,
      [
        { title: 'NATO offers Moscow cooperation', date: '20211118', url: 'https://a.example/nato', body },
        {
          id: 'wire-copy-1',
          title: 'Russia to cut ties',
          date: '20211118',
          url: 'https://b.example/ties',
          body: `BRUSSELS - ${body}`,
        },
        // Re-filed the next day with its last paragraph cut: a near copy, analysed but stored without events.
        {
          id: 'refiled-1',
          title: 'Moscow and NATO',
          date: '20211119',
          url: 'https://c.example/refiled',
          body: body.trim().split('\n').slice(0, -1).join('\n'),
        },
        // A paper prints the re-filing word for word four days later: a copy of the same original.
        {
          id: 'printed-1',
          title: 'Russia and NATO',
          date: '20211123',
          url: 'https://d.example/printed',
          body: body.trim().split('\n').slice(0, -1).join('\n'),
        },
      ]
        .map((record) => JSON.stringify(record))
        .join('\n'),
    );
    const copies = join(dir, 'copies.db');
    const ingest = JSON.parse((await runCli(['ingest', file, '--json'], { db: copies })).stdout);
    expect(ingest).toMatchObject({ read: 4, stored: 4, copies: 3, failed: 0 });
    expect(ingest.events).toBeGreaterThan(10);
    const stats = JSON.parse((await runCli(['stats', '--json'], { db: copies })).stdout);
    expect(stats).toMatchObject({ articles: 4, copies: 3, nearCopies: 2, events: ingest.events });
    const listed = (await runCli(['events', '--format', 'jsonl'], { db: copies })).stdout.trim().split('\n');
    const urls = new Set(listed.map((line) => (JSON.parse(line) as { url: string }).url));
    expect(urls).toEqual(new Set(['https://a.example/nato']));
    const shown = await runCli(['show', 'wire-copy-1'], { db: copies });
    expect(shown.stdout).toMatch(/a syndicated copy of [0-9a-f]{20}/);
    // Recognised before analysis, the copy has no sentences of its own: its paragraphs are shown as they came.
    expect(shown.stdout).toContain(`BRUSSELS - ${body.split('\n')[0]!}`);
    const refiled = await runCli(['show', 'refiled-1'], { db: copies });
    expect(refiled.stdout).toMatch(
      /a near copy of [0-9a-f]{20} \(100% of its word 3-grams are in that article's\)/,
    );
    expect(refiled.stdout).not.toMatch(/\nevents/);
    const original = /a near copy of ([0-9a-f]{20})/.exec(refiled.stdout)![1];
    const printed = await runCli(['show', 'printed-1'], { db: copies });
    expect(printed.stdout).toContain(`a near copy of ${original}`);
  });

  it('stores the article once, however often it is ingested', async () => {
    const again = await runCli(['ingest', seed, '--json'], { db });
    expect(JSON.parse(again.stdout)).toMatchObject({ read: 1, stored: 0, duplicates: 1, failed: 0 });
    const stats = JSON.parse((await runCli(['stats', '--json'], { db })).stdout);
    expect(stats).toMatchObject({ articles: 1, sources: 1, firstPublished: '2021-11-18' });
    expect(stats.events).toBeGreaterThan(10);
    expect(stats.quotes).toBeGreaterThan(8);
  });

  it('finds the article by full-text search with a highlighted snippet', async () => {
    const result = await runCli(['search', 'Zakharova "red line"'], { db });
    expect(result.stdout).toMatch(/^1 article\(s\) match/);
    expect(result.stdout).toContain('[red line]');
    expect(result.stdout).toContain('[Zakharova]');
    const json = JSON.parse((await runCli(['search', 'Kremlin', '--json'], { db })).stdout);
    expect(json.total).toBe(1);
    expect(json.hits[0].title).toBe('NATO will cooperate with Russia on one condition');
  });

  it('shows the article with its sentences by an id prefix', async () => {
    const id = JSON.parse((await runCli(['search', 'NATO', '--json'], { db })).stdout).hits[0].id as string;
    const shown = await runCli(['show', id.slice(0, 8)], { db });
    expect(shown.code).toBe(0);
    expect(shown.stdout).toContain('[16] Russia denies the charges.');
  });

  it('queries events by dyad and code, by default counting only asserted and reported ones', async () => {
    const lines = (
      await runCli(
        [
          'events',
          '--source',
          'RUS',
          '--target',
          'NAT',
          '--code',
          '16',
          '--format',
          'jsonl',
          '--all-modalities',
        ],
        { db },
      )
    ).stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(lines.length).toBeGreaterThan(0);
    expect(lines[0]).toMatchObject({
      code: '161',
      modality: 'intended',
      date: '2021-10-01',
      dateGranularity: 'month',
    });
    const counted = (await runCli(['events', '--format', 'jsonl'], { db })).stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(counted.every((event) => event.modality === 'asserted' || event.modality === 'reported')).toBe(
      true,
    );
    expect(counted.some((event) => event.modality === 'conditional')).toBe(false);
    const conditional = (
      await runCli(['events', '--modality', 'conditional', '--format', 'tsv'], { db })
    ).stdout.split('\n');
    expect(conditional[0]!.split('\t')).toContain('condition.text');
    expect(conditional[1]).toContain('the Kremlin works to reduce tensions on the border with Ukraine');
  });

  it('explains an event: the sentence with its marks, the pattern entry and the rules', async () => {
    const event = JSON.parse(
      (
        await runCli(['events', '--code', '161', '--all-modalities', '--format', 'jsonl'], { db })
      ).stdout.split('\n')[0]!,
    );
    const explained = await runCli(['explain', event.id], { db });
    expect(explained.code).toBe(0);
    expect(explained.stdout).toContain('⟦');
    expect(explained.stdout).toMatch(/pattern [a-z-]+ → 161 \(.*16-reduce-relations\.yaml:\d+\)/);
    expect(explained.stdout).toContain('rules: ');
    expect((await runCli(['explain', 'no-such-event'], { db })).code).toBe(1);
  });

  it('finds stored quotes by speaker and date', async () => {
    const quotes = (
      await runCli(['quotes', '--speaker', 'RUS', '--since', '2021-11-01', '--json'], { db })
    ).stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(quotes.length).toBeGreaterThanOrEqual(5);
    expect(quotes.every((quote) => quote.speakerActor.country === 'RUS')).toBe(true);
    expect((await runCli(['quotes', '--speaker', 'RUS', '--since', '2021-12-01'], { db })).stdout).toBe('');
  });

  it('charts a dyad by month', async () => {
    const series = (await runCli(['series', '--source', 'RUS', '--target', 'NAT', '--json'], { db })).stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(series.map((period) => period.period)).toContain('2021-11-01');
  });
});

describe('dyad code, actors and quotes on files', () => {
  it('prints the events of an article as JSON Lines whose evidence slices the article text', async () => {
    const result = await runCli(['code', seed]);
    expect(result.code).toBe(0);
    const events = result.stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(events.length).toBeGreaterThan(10);
    for (const event of events) {
      expect(event.coder).toMatchObject({ name: 'dyad' });
      expect(event.coder.dictionaries).toMatch(/actors=[0-9a-f]{12};patterns=[0-9a-f]{12}/);
      expect(typeof event.evidence.text).toBe('string');
    }
    const table = await runCli(['code', seed, '--format', 'table', '--modality', 'conditional']);
    expect(table.stdout.split('\n')[0]).toMatch(/^id\s+date\s+source\s+code\s+target\s+modality/);
  });

  it('prints one JSON object per actor mention with its codes', async () => {
    const result = await runCli(['actors', seed, '--json']);
    const mentions = result.stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    const zakharova = mentions.find((mention) => mention.text === 'Zakharova');
    expect(zakharova).toMatchObject({
      code: 'RUSGOV',
      country: 'RUS',
      roles: ['GOV'],
      entry: 'person:maria-zakharova',
    });
    expect(Object.keys(zakharova)).toEqual(
      expect.arrayContaining([
        'articleId',
        'url',
        'text',
        'start',
        'end',
        'code',
        'country',
        'knownGroup',
        'roles',
        'entry',
      ]),
    );
  });

  it('reads standard input', async () => {
    const { readFileSync } = await import('node:fs');
    const result = await runCli(['actors', '-', '--json'], { stdin: readFileSync(seed, 'utf8') });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('"text":"Putin"');
  });

  it('prints quotations with speaker and cue', async () => {
    const result = await runCli(['quotes', seed, '--json']);
    const quotes = result.stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    const read = quotes.find((quote) => quote.cue?.text === 'read');
    expect(read).toMatchObject({ type: 'direct', speaker: { text: 'the statement' } });
    expect(read.speakerActor.knownGroup).toBe('NAT');
  });

  it('runs the bundled examples and lints the dictionaries', async () => {
    const examples = await runCli(['code', join(repoRoot, 'examples')]);
    expect(examples.code).toBe(0);
    expect(examples.stderr).toContain('skipped');
    const lint = await runCli(['dict', 'lint']);
    expect(lint.code).toBe(0);
    expect(lint.stdout).toMatch(/^0 error\(s\)/m);
    const lookup = await runCli(['dict', 'lookup', 'Zakharova', '--date', '2021-11-18']);
    expect(lookup.stdout).toMatch(/^RUSGOV\s+Maria Zakharova/);
  });

  it("looks groups up by the day's code and lints their periods", async () => {
    const before = await runCli(['dict', 'lookup', 'Taliban', '--date', '2020-02-29']);
    expect(before.stdout).toMatch(/^AFGREBTAL\s+Taliban/);
    const after = await runCli(['dict', 'lookup', 'Taliban', '--date', '2025-02-28']);
    expect(after.stdout).toMatch(/^AFGGOVTAL\s+Taliban/);
    const file = join(tempDir(), 'groups.yaml');
    writeFileSync(
      file,
      [
        '- kind: group',
        '  code: XYZREB',
        '  names: [Front for Testing]',
        '  periods:',
        '    - { code: XYZGOV, from: 2020-01-01, to: 2022-01-01 }',
        '    - { code: XYZOPP, from: 2021-06-01 }',
        '  note: two periods that overlap',
      ].join('\n'),
    );
    const lint = await runCli(['dict', 'lint', '--dict', file]);
    expect(lint.code).toBe(1);
    expect(lint.stdout).toContain(
      `error: ${file}:1: periods: Front for Testing: XYZGOV 2020-01-01..2022-01-01 overlaps`,
    );
  });

  it('stops quietly when the reader of its output goes away (`dyad code … | head`)', () => {
    // Far more output than a pipe buffer holds, into a reader that stops after one line: the launcher must
    // end without an EPIPE error.
    const dir = tempDir();
    const input = join(dir, 'reuters-part.jsonl');
    const reuters = readFileSync(sharedPath('corpus', 'reuters21578', 'reuters21578.jsonl'), 'utf8');
    writeFileSync(input, reuters.split('\n').slice(0, 1500).join('\n') + '\n');
    const script = `"${process.execPath}" "${join(repoRoot, 'bin', 'dyad.js')}" code "${input}" | head -n 1`;
    const run = spawnSync('sh', ['-c', script], { encoding: 'utf8' });
    expect(JSON.parse(run.stdout.trim())).toHaveProperty('code');
    expect(run.stderr).toBe('');
  }, 60_000);

  it('reports a bad record with its file, line and field, stores the good ones and exits 1', async () => {
    const dir = tempDir();
    const file = join(dir, 'mixed.jsonl');
    writeFileSync(
      file,
      [
        JSON.stringify({
          title: 'Good',
          date: '20211118',
          url: 'https://example.org/a',
          body: 'Russia expelled two Polish diplomats.',
        }),
        '{"title": "Broken", "date": ',
        JSON.stringify({ title: 'Bad date', date: '20211341', url: 'https://example.org/b', body: 'Text.' }),
        JSON.stringify({
          title: 'Good too',
          date: '2021-11-19',
          url: 'https://example.org/c',
          body: 'Poland expelled three Russian diplomats.',
        }),
      ].join('\n'),
    );
    const db = join(dir, 'mixed.db');
    const result = await runCli(['ingest', file], { db });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`${file}:2: json:`);
    expect(result.stderr).toContain(`${file}:3: date:`);
    expect(result.stdout).toMatch(/read 2, stored 2, duplicates 0, copies 0, failed 2/);
    expect(JSON.parse((await runCli(['stats', '--json'], { db })).stdout).articles).toBe(2);
  });

  it('refuses a misused option with a clear message and exit code 2', async () => {
    const result = await runCli(['events', '--since', '2021-13-01']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--since "2021-13-01" is not a date');
    // A worker count or batch size that is not a number once left the ingest waiting on nothing: it exited 0,
    // silently, without storing anything.
    const workers = await runCli(['ingest', seed, '--workers', 'two'], { db: join(tempDir(), 'w.db') });
    expect(workers.code).toBe(2);
    expect(workers.stderr).toContain('--workers "two" is not a whole number');
    const batch = await runCli(['ingest', seed, '--batch', '0'], { db: join(tempDir(), 'b.db') });
    expect(batch.code).toBe(2);
    expect(batch.stderr).toContain('--batch "0" is not a positive whole number');
  });
});
