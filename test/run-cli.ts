import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough, Writable } from 'node:stream';
import { main } from '../src/cli/main.js';

/** A writable stream that keeps what is written. */
class Capture extends Writable {
  text = '';
  isTTY = false;
  override _write(chunk: Buffer | string, _encoding: string, callback: () => void): void {
    this.text += chunk.toString();
    callback();
  }
}

export interface CliResult {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs the `dyad` command line in this process, as a user would type it, against `db`. */
export async function runCli(
  args: string[],
  options: { db?: string; stdin?: string } = {},
): Promise<CliResult> {
  const stdout = new Capture();
  const stderr = new Capture();
  const stdin = new PassThrough();
  stdin.end(options.stdin ?? '');
  const env = { ...process.env, ...(options.db ? { DYAD_DB: options.db } : {}) };
  const code = await main(['node', 'dyad', ...args], { stdout, stderr, stdin, env });
  return { code, stdout: stdout.text, stderr: stderr.text };
}

/** A fresh folder for a test's database and files. */
export function tempDir(prefix = 'dyad-test-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}
