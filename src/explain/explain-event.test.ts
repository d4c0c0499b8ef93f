import { describe, expect, it } from 'vitest';
import { loadCodebook } from '../codebook/codebook.js';
import { loadPatternDictionary } from '../dictionaries/pattern-dictionary.js';
import { analysed } from '../../test/nlp-doc.js';
import { explainEvent } from './explain-event.js';

function explained(paragraphs: string[]) {
  const doc = analysed(paragraphs);
  const sentences = doc.layers.sentences!;
  return (doc.layers.events ?? []).map((event) => ({
    record: event.record,
    text: explainEvent({
      record: event.record,
      trace: event.trace,
      text: doc.text,
      title: 'Test',
      sentence: sentences[event.record.sentenceIndex]!,
      patterns: loadPatternDictionary(),
      codebook: loadCodebook(),
    }),
  }));
}

describe('explainEvent', () => {
  it('renders the event’s own sentence and shows a speaker and source outside it apart', () => {
    const [event] = explained(['"We will attack Ukraine if needed. We will win," Putin said on Monday.']);
    const lines = event!.text.split('\n');
    const at = lines.findIndex((line) => line.startsWith('sentence '));
    expect(lines[at + 1]).toBe('  "⟦We will attack <Ukraine⟧> (if needed).');
    expect(lines[at + 2]).toBe('  source outside the sentence (after it): {Putin}');
    expect(lines[at + 3]).toBe('  speaker outside the sentence (after it): «Putin»');
  });

  it('marks a source, a target and the evidence inside the sentence as before', () => {
    const [event] = explained(['Russia attacked Ukraine on Monday.']);
    expect(event!.text).toContain('  ⟦{Russia} attacked <Ukraine> on Monday⟧.');
    expect(event!.text).not.toContain('outside the sentence');
  });
});
