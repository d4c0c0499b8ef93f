import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { runCli, tempDir } from '../run-cli.js';
import { repoRoot, sharedPath } from '../shared-data.js';

const reuters = sharedPath('corpus', 'reuters21578', 'reuters21578.jsonl');
const dyad = join(repoRoot, 'bin', 'dyad.js');

function count(db: string, table: string): number {
  const connection = new Database(db, { readonly: true, fileMustExist: true });
  try {
    return (connection.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
  } finally {
    connection.close();
  }
}

function duplicates(db: string, table: string): number {
  const connection = new Database(db, { readonly: true, fileMustExist: true });
  try {
    return (
      connection.prepare(`SELECT count(*) - count(DISTINCT id) AS n FROM ${table}`).get() as { n: number }
    ).n;
  } finally {
    connection.close();
  }
}

describe('dyad ingest on the Reuters-21578 JSONL', () => {
  it('stores all 19,043 articles with their events, and a second run stores nothing twice', async () => {
    const db = join(tempDir(), 'reuters.db');
    const first = await runCli(['ingest', reuters, '--json'], { db });
    expect(first.code).toBe(0);
    expect(JSON.parse(first.stdout)).toMatchObject({ read: 19043, stored: 19043, duplicates: 0, failed: 0 });
    const events = count(db, 'events');
    // About 5,000 events (4,991 at 1d44f57, after precision rounds removed market acts): a large move either way
    // means the coder broke, not that it improved.
    expect(events).toBeGreaterThan(4500);
    expect(events).toBeLessThan(6000);
    const second = await runCli(['ingest', reuters, '--json'], { db });
    expect(JSON.parse(second.stdout)).toMatchObject({ read: 19043, stored: 0, duplicates: 19043 });
    expect(count(db, 'events')).toBe(events);
    const search = JSON.parse((await runCli(['search', 'Gorbachev', '--json'], { db })).stdout);
    expect(search.total).toBeGreaterThan(20);
    const iranIraq = (
      await runCli(['events', '--source', 'IRN', '--target', 'IRQ', '--format', 'jsonl'], { db })
    ).stdout
      .trim()
      .split('\n');
    expect(iranIraq.length).toBeGreaterThan(5);
  }, 300_000);

  it('resumes an ingest killed with SIGKILL halfway: every article and event ends up stored exactly once', async () => {
    const dir = tempDir();
    const input = join(dir, 'part.jsonl');
    writeFileSync(input, readFileSync(reuters, 'utf8').split('\n').slice(0, 3000).join('\n') + '\n');
    const db = join(dir, 'killed.db');
    const child = spawn(
      process.execPath,
      [dyad, '--db', db, 'ingest', input, '--batch', '50', '--workers', '0'],
      { stdio: 'ignore' },
    );
    let stored = 0;
    for (let tries = 0; tries < 600 && stored < 400; tries++) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      try {
        stored = count(db, 'articles');
      } catch {
        stored = 0;
      }
    }
    child.kill('SIGKILL');
    await new Promise((resolve) => child.on('exit', resolve));
    const atKill = count(db, 'articles');
    expect(atKill).toBeGreaterThan(0);
    expect(atKill).toBeLessThan(3000);

    const resumed = await runCli(['ingest', input, '--json'], { db });
    const summary = JSON.parse(resumed.stdout);
    expect(summary).toMatchObject({ read: 3000, failed: 0 });
    expect(summary.stored + summary.duplicates).toBe(3000);
    expect(summary.duplicates).toBe(atKill);
    expect(count(db, 'articles')).toBe(3000);
    expect(duplicates(db, 'articles')).toBe(0);
    expect(duplicates(db, 'events')).toBe(0);

    const clean = join(dir, 'clean.db');
    await runCli(['ingest', input], { db: clean });
    expect(count(db, 'events')).toBe(count(clean, 'events'));
    expect(count(db, 'quotes')).toBe(count(clean, 'quotes'));
  }, 300_000);
});
