/**
 * `npm run bench`: dyad's throughput and query latency, measured on this machine.
 *
 * - end to end: `dyad ingest` into a fresh SQLite file (a child process, as a user runs it) on the
 *   Reuters-21578 JSONL and on a synthetic set made by repeating it (200,000 articles by default):
 *   articles/s, sentences/s, events/s, peak RSS;
 * - the floor, in the same run: the same articles through wink-nlp sentence splitting and tagging alone, on
 *   as many worker threads as the ingest uses, and the ratio of the two (each ingest run over the floor run
 *   right after it, the median of those);
 * - per stage: the share of time of reading, NLP, actors, quotes, events, dates, places and storing, on one
 *   thread over a sample;
 * - queries on the synthetic store: `dyad events --source RUS --target UKR`, IRN→IRQ (a dyad 1987 news has)
 *   and a monthly dyad series: median and p95 milliseconds.
 *
 * Options: --runs N (default 3), --synthetic N articles (default 200000; 0 to skip), --quick (1 run, 20,000
 * synthetic). Writes bench/results/latest.json and prints a table. No test asserts these times.
 */
import { spawnSync } from 'node:child_process';
import { createReadStream, createWriteStream, existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createInterface } from 'node:readline';
import { Piscina } from 'piscina';
import { createDoc, withLayer } from '../src/doc/doc.js';
import { createDefaultPipeline } from '../src/pipeline/default-pipeline.js';
import { storedArticle } from '../src/pipeline/records.js';
import type { Article } from '../src/readers/article.js';
import { readInputs } from '../src/readers/read-inputs.js';
import { openSqliteStore } from '../src/store/sqlite/sqlite-store.js';
import { repoRoot, sharedPath } from '../test/shared-data.js';

const argv = process.argv.slice(2);
const option = (name: string, fallback: number) => {
  const at = argv.indexOf(name);
  return at >= 0 ? Number(argv[at + 1]) : fallback;
};
const quick = argv.includes('--quick');
const runs = option('--runs', quick ? 1 : 3);
const syntheticSize = option('--synthetic', quick ? 20_000 : 200_000);
const workers = availableParallelism();
const work = join(tmpdir(), 'dyad-bench');
mkdirSync(work, { recursive: true });
const reuters = sharedPath('corpus', 'reuters21578', 'reuters21578.jsonl');
const dyad = join(repoRoot, 'bin', 'dyad.js');

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor((values.length - 1) / 2)]!;
const percentile = (values: number[], p: number) =>
  [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.ceil((p / 100) * values.length) - 1)]!;
const spread = (values: number[]) => (values.length > 1 ? Math.max(...values) - Math.min(...values) : 0);
const round = (value: number, digits = 1) => Math.round(value * 10 ** digits) / 10 ** digits;

/**
 * Repeats the Reuters lines with a distinct URL per copy, so every copy is a new article, a number in brackets
 * at the end of each repeat's body, so that no repeat is stored as a syndicated copy of another, and each repeat
 * a year later than the one before, so that none is a near copy either (re-filed within three days; a copy keeps
 * no events, and the set would then measure far less storing than a feed of distinct stories). The number goes
 * inside the last sentence, so the set has as many sentences as its repeats.
 */
async function synthetic(size: number): Promise<string> {
  const file = join(work, `synthetic-distinct3-${size}.jsonl`);
  if (existsSync(file)) return file;
  const lines: string[] = [];
  for await (const line of createInterface({ input: createReadStream(reuters) }))
    if (line.trim()) lines.push(line);
  const out = createWriteStream(file);
  for (let i = 0; i < size; i++) {
    const record = JSON.parse(lines[i % lines.length]!) as { url: string; body: string; date: string };
    const repeat = Math.floor(i / lines.length);
    record.url = `${record.url}#copy-${repeat}`;
    record.date = `${Number(record.date.slice(0, 4)) + repeat}${record.date.slice(4)}`;
    // Inside the last sentence, before its final mark: a bracketed number of its own would be a sentence more.
    if (repeat > 0) record.body = record.body.replace(/([.!?"']*)\s*$/, ` (${repeat})$1`);
    if (!out.write(`${JSON.stringify(record)}\n`))
      await new Promise<void>((resolve) => out.once('drain', () => resolve()));
  }
  await new Promise<void>((resolve) => out.end(() => resolve()));
  return file;
}

/** CPU seconds of an ingest by thread (see thread-cpu.mjs); null where /proc is not there. */
interface ThreadCpu {
  storing: number;
  analysing: number;
  background: number;
}

interface IngestRun {
  seconds: number;
  articles: number;
  sentences: number;
  events: number;
  peakRssMb: number | null;
  cpu: ThreadCpu | null;
}

const threadCpuModule = pathToFileURL(join(repoRoot, 'bench', 'thread-cpu.mjs')).href;

/** One `dyad ingest` into a fresh database, in a child process, with its peak resident memory. */
function ingestRun(file: string, db: string): IngestRun {
  for (const suffix of ['', '-wal', '-shm']) rmSync(db + suffix, { force: true });
  const timed = existsSync('/usr/bin/time');
  const command = timed ? '/usr/bin/time' : process.execPath;
  const node = ['--import', threadCpuModule, dyad, '--db', db, 'ingest', file, '--json'];
  const args = timed ? ['-f', 'peak-rss-kb %M', process.execPath, ...node] : node;
  const result = spawnSync(command, args, {
    encoding: 'utf8',
    maxBuffer: 1 << 26,
    env: { ...process.env, BENCH_WORKERS: String(workers) },
  });
  if (result.status !== 0) throw new Error(`dyad ingest failed: ${result.stderr}`);
  const summary = JSON.parse(result.stdout.trim().split('\n').pop()!) as {
    seconds: number;
    stored: number;
    sentences: number;
    events: number;
  };
  const rss = /peak-rss-kb (\d+)/.exec(result.stderr);
  const cpu = /thread-cpu (\{.*\})/.exec(result.stderr);
  return {
    seconds: summary.seconds,
    articles: summary.stored,
    sentences: summary.sentences,
    events: summary.events,
    peakRssMb: rss ? Number(rss[1]) / 1024 : null,
    cpu: cpu ? (JSON.parse(cpu[1]!) as ThreadCpu) : null,
  };
}

async function readAll(file: string, limit = Infinity): Promise<Article[]> {
  const articles: Article[] = [];
  for await (const item of readInputs([file])) {
    if (item.kind === 'article') articles.push(item.article);
    if (articles.length >= limit) break;
  }
  return articles;
}

/** Reading plus wink-nlp alone, on `workers` threads, streaming the file in chunks. */
async function floorRun(file: string): Promise<{ seconds: number; sentences: number }> {
  const pool = new Piscina<{ articles: Article[] }, { sentences: number }>({
    filename: new URL('./floor-worker.mjs', import.meta.url).href,
    minThreads: workers,
    maxThreads: workers,
  });
  await Promise.all(Array.from({ length: workers }, () => pool.run({ articles: [] })));
  const started = performance.now();
  let chunk: Article[] = [];
  const pending: Promise<{ sentences: number }>[] = [];
  let sentences = 0;
  for await (const item of readInputs([file])) {
    if (item.kind !== 'article') continue;
    chunk.push(item.article);
    if (chunk.length === 50) {
      pending.push(pool.run({ articles: chunk }));
      chunk = [];
      if (pending.length >= workers * 4) sentences += (await pending.shift()!).sentences;
    }
  }
  if (chunk.length) pending.push(pool.run({ articles: chunk }));
  for (const result of await Promise.all(pending)) sentences += result.sentences;
  const seconds = (performance.now() - started) / 1000;
  await pool.destroy();
  return { seconds, sentences };
}

/** Time shares of each part of the work, on one thread, over a sample of articles. */
async function stageShares(sample: number) {
  const readStart = performance.now();
  const articles = await readAll(reuters, sample);
  const reading = performance.now() - readStart;
  const pipeline = createDefaultPipeline();
  const groups: Record<string, string> = {
    paragraphs: 'NLP',
    tokens: 'NLP',
    sentences: 'NLP',
    actors: 'actors',
    times: 'dates',
    places: 'places',
    clauses: 'events',
    quotes: 'quotes',
    events: 'events',
  };
  const times: Record<string, number> = {
    reading,
    NLP: 0,
    actors: 0,
    quotes: 0,
    events: 0,
    dates: 0,
    places: 0,
    storing: 0,
  };
  const stored = [];
  for (const article of articles) {
    let doc = createDoc(article);
    for (const stage of pipeline.stages) {
      const started = performance.now();
      const result = stage.run(doc);
      times[groups[stage.name] ?? stage.name] =
        (times[groups[stage.name] ?? stage.name] ?? 0) + performance.now() - started;
      doc = withLayer(doc, stage.produces, result.layer, { stage: stage.name, version: stage.version });
    }
    stored.push(storedArticle(article, doc, pipeline));
  }
  const db = join(work, 'stages.db');
  for (const suffix of ['', '-wal', '-shm']) rmSync(db + suffix, { force: true });
  const store = openSqliteStore(db);
  const storeStart = performance.now();
  for (let i = 0; i < stored.length; i += 200) store.putBatch(stored.slice(i, i + 200));
  times['storing'] = performance.now() - storeStart;
  store.close();
  const total = Object.values(times).reduce((a, b) => a + b, 0);
  return Object.fromEntries(
    Object.entries(times).map(([name, ms]) => [name, { ms: round(ms, 0), share: round((100 * ms) / total) }]),
  );
}

/** Median and p95 of a store query, over repeated runs. */
function queryTimes(db: string) {
  const store = openSqliteStore(db);
  const measure = (run: () => unknown) => {
    const samples: number[] = [];
    for (let i = 0; i < 60; i++) {
      const started = performance.now();
      run();
      samples.push(performance.now() - started);
    }
    return { medianMs: round(median(samples), 2), p95Ms: round(percentile(samples, 95), 2) };
  };
  const counts = {
    rusUkr: store.queryEvents({
      source: 'RUS',
      target: 'UKR',
      modality: ['asserted', 'reported'],
      limit: 1000,
    }).length,
    irnIrq: store.queryEvents({
      source: 'IRN',
      target: 'IRQ',
      modality: ['asserted', 'reported'],
      limit: 1000,
    }).length,
  };
  const results = {
    counts,
    eventsRusUkr: measure(() =>
      store.queryEvents({ source: 'RUS', target: 'UKR', modality: ['asserted', 'reported'], limit: 1000 }),
    ),
    eventsIrnIrq: measure(() =>
      store.queryEvents({ source: 'IRN', target: 'IRQ', modality: ['asserted', 'reported'], limit: 1000 }),
    ),
    seriesRusUkr: measure(() =>
      store.dyadSeries({
        source: 'RUS',
        target: 'UKR',
        granularity: 'month',
        modality: ['asserted', 'reported'],
      }),
    ),
    seriesIrnIrq: measure(() =>
      store.dyadSeries({
        source: 'IRN',
        target: 'IRQ',
        granularity: 'month',
        modality: ['asserted', 'reported'],
      }),
    ),
  };
  store.close();
  return results;
}

function summarise(
  label: string,
  file: string,
  runsOf: IngestRun[],
  floors: { seconds: number; sentences: number }[],
) {
  const seconds = runsOf.map((run) => run.seconds);
  const floorSeconds = floors.map((floor) => floor.seconds);
  const last = runsOf[runsOf.length - 1]!;
  return {
    label,
    file,
    runs: runsOf.length,
    articles: last.articles,
    sentences: last.sentences,
    events: last.events,
    seconds: { median: round(median(seconds), 2), spread: round(spread(seconds), 2) },
    articlesPerSecond: round(last.articles / median(seconds), 0),
    sentencesPerSecond: round(last.sentences / median(seconds), 0),
    eventsPerSecond: round(last.events / median(seconds), 0),
    peakRssMb: runsOf.every((run) => run.peakRssMb !== null)
      ? round(Math.max(...runsOf.map((run) => run.peakRssMb!)), 0)
      : null,
    // Where an ingest's CPU goes: the storing thread, the analysing workers, and V8's background threads (its
    // optimising compiles, which each worker pays afresh, and concurrent GC): medians of the runs, in seconds.
    cpuSeconds: runsOf.every((run) => run.cpu !== null)
      ? {
          storing: round(median(runsOf.map((run) => run.cpu!.storing)), 1),
          analysing: round(median(runsOf.map((run) => run.cpu!.analysing)), 1),
          background: round(median(runsOf.map((run) => run.cpu!.background)), 1),
        }
      : null,
    floor: {
      seconds: { median: round(median(floorSeconds), 2), spread: round(spread(floorSeconds), 2) },
      sentencesPerSecond: round(floors[0]!.sentences / median(floorSeconds), 0),
    },
    // Each run's ingest over the floor run right after it: the machine's speed drifts by a fifth and more from
    // one minute to the next, and a ratio of two medians could pair a slow ingest with a fast floor.
    ratiosPerRun: seconds.map((s, run) => round(s / floorSeconds[run]!, 2)),
    ratioToFloor: round(median(seconds.map((s, run) => s / floorSeconds[run]!)), 2),
  };
}

const results: Record<string, unknown> = {
  date: new Date().toISOString(),
  machine: {
    cpus: cpus().length,
    cpu: cpus()[0]?.model ?? 'unknown',
    memoryGb: round(totalmem() / 2 ** 30, 1),
    node: process.version,
  },
  workers,
  runs,
};
const corpora: [string, string][] = [['reuters', reuters]];
if (syntheticSize > 0) corpora.push([`synthetic-${syntheticSize}`, await synthetic(syntheticSize)]);
const endToEnd = [];
let lastDb = '';
for (const [label, file] of corpora) {
  const ingestRuns: IngestRun[] = [];
  const floors: { seconds: number; sentences: number }[] = [];
  const db = join(work, `${label}.db`);
  for (let run = 0; run < runs; run++) {
    ingestRuns.push(ingestRun(file, db));
    floors.push(await floorRun(file));
    console.error(
      `${label} run ${run + 1}/${runs}: ingest ${ingestRuns[run]!.seconds} s, floor ${round(floors[run]!.seconds, 2)} s, ratio ${round(ingestRuns[run]!.seconds / floors[run]!.seconds, 2)}`,
    );
  }
  endToEnd.push(summarise(label, file, ingestRuns, floors));
  lastDb = db;
}
results['endToEnd'] = endToEnd;
results['stageShares'] = await stageShares(3000);
results['queries'] = queryTimes(lastDb);
writeFileSync(join(repoRoot, 'bench', 'results', 'latest.json'), `${JSON.stringify(results, null, 2)}\n`);

console.log(
  `\ndyad bench — ${(results['machine'] as { cpus: number }).cpus} CPUs, ${workers} worker threads, median of ${runs} run(s)`,
);
console.log(
  'corpus                articles  sentences    s (±spread)   art/s   sent/s  events/s  peak RSS  floor s  ratio',
);
for (const row of endToEnd) {
  console.log(
    `${row.label.padEnd(20)} ${String(row.articles).padStart(9)} ${String(row.sentences).padStart(10)} ${`${row.seconds.median} (±${row.seconds.spread})`.padStart(14)} ${String(row.articlesPerSecond).padStart(7)} ${String(row.sentencesPerSecond).padStart(8)} ${String(row.eventsPerSecond).padStart(9)} ${`${row.peakRssMb ?? '?'} MB`.padStart(9)} ${String(row.floor.seconds.median).padStart(8)} ${String(row.ratioToFloor).padStart(6)}`,
  );
}
console.log('\nCPU seconds of an ingest by thread (median): storing, analysing workers, V8 background');
for (const row of endToEnd) {
  const cpu = row.cpuSeconds;
  console.log(
    `${row.label.padEnd(20)} ${cpu ? `${cpu.storing} + ${cpu.analysing} + ${cpu.background} = ${round(cpu.storing + cpu.analysing + cpu.background, 1)}` : 'not measured (no /proc)'}`,
  );
}
console.log('\nstage shares (one thread, 3,000 Reuters articles):');
for (const [name, value] of Object.entries(
  results['stageShares'] as Record<string, { ms: number; share: number }>,
))
  console.log(`  ${name.padEnd(8)} ${String(value.share).padStart(5)} %  (${value.ms} ms)`);
console.log(`\nqueries on ${lastDb}:`);
console.log(JSON.stringify(results['queries'], null, 2));
