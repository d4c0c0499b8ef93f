import { describe, expect, it } from 'vitest';
import { nlpDoc } from '../../../test/nlp-doc.js';

describe('tag corrections', () => {
  it('reads a capitalised word after a preposition as a name, not a verb', () => {
    const doc = nlpDoc('Mexico expressed sorrow for the shootings in Charleston.');
    const charleston = doc.layers.tokens!.find((token) => token.text === 'Charleston')!;
    expect(charleston.pos).toBe('PROPN');
  });
});
