import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { splitLines, type SplitLine } from './line-splitter.js';

async function* chunksOf(bytes: Buffer, cuts: number[]): AsyncGenerator<Buffer> {
  let start = 0;
  for (const cut of [...cuts].sort((a, b) => a - b)) {
    yield bytes.subarray(start, cut);
    start = cut;
  }
  yield bytes.subarray(start);
}

async function collect(lines: AsyncIterable<SplitLine>): Promise<(string | number)[]> {
  const out: (string | number)[] = [];
  for await (const line of lines)
    out.push(line.kind === 'line' ? line.bytes.toString('latin1') : -line.bytes);
  return out;
}

describe('splitLines', () => {
  it('gives the same lines however the bytes are cut into chunks, and marks over-long lines by their size', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.constantFrom('a', 'b', 'é', '\n', '\r'), { maxLength: 60 }),
        fc.array(fc.nat(60), { maxLength: 6 }),
        fc.integer({ min: 1, max: 8 }),
        async (chars, cuts, max) => {
          const text = chars.join('');
          const bytes = Buffer.from(text, 'latin1');
          const parts = text.split('\n');
          if (parts.at(-1) === '') parts.pop();
          const expected = parts.map((part) => (part.length > max ? -part.length : part));
          const got = await collect(
            splitLines(
              chunksOf(
                bytes,
                cuts.map((cut) => Math.min(cut, bytes.length)),
              ),
              { maxLineBytes: max },
            ),
          );
          expect(got).toEqual(expected);
        },
      ),
    );
  });

  it('numbers lines from 1, counting blank lines', async () => {
    const lines: number[] = [];
    for await (const line of splitLines(chunksOf(Buffer.from('a\n\nb\n'), []), { maxLineBytes: 10 })) {
      lines.push(line.line);
    }
    expect(lines).toEqual([1, 2, 3]);
  });
});
