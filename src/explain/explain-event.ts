import type { Codebook } from '../codebook/codebook.js';
import type { EventRecord, EventTrace } from '../doc/layers.js';
import type { Span } from '../doc/span.js';
import type { PatternDictionary } from '../dictionaries/pattern-dictionary.js';

export interface ExplainInput {
  readonly record: EventRecord;
  readonly trace: EventTrace;
  readonly text: string;
  readonly title: string;
  /** The sentence the event was found in. */
  readonly sentence: Span;
  readonly patterns: PatternDictionary;
  readonly codebook: Codebook;
}

interface Mark extends Span {
  readonly open: string;
  readonly close: string;
  readonly role: 'evidence' | 'source' | 'target' | 'speaker' | 'condition';
}

/**
 * Why an event was coded, for people: the event's own sentence with the evidence ⟦…⟧, source {…}, target
 * <…>, speaker «…» and condition (…) marked, each of them that lies outside the sentence on a line of its
 * own, the dictionary entry and rules that fired, and the versions that coded it.
 */
export function explainEvent(input: ExplainInput): string {
  const { record, trace, text, sentence } = input;
  const marks: Mark[] = [{ ...record.evidence, open: '⟦', close: '⟧', role: 'evidence' }];
  if (record.source)
    marks.push({ start: record.source.start, end: record.source.end, open: '{', close: '}', role: 'source' });
  if (record.target)
    marks.push({ start: record.target.start, end: record.target.end, open: '<', close: '>', role: 'target' });
  if (record.speaker)
    marks.push({
      start: record.speaker.start,
      end: record.speaker.end,
      open: '«',
      close: '»',
      role: 'speaker',
    });
  if (record.condition)
    marks.push({
      start: record.condition.start,
      end: record.condition.end,
      open: '(',
      close: ')',
      role: 'condition',
    });
  // The event's own sentence is rendered; an actor found outside it (a pronoun's antecedent, a speaker in
  // the sentence before a quote) is shown apart, so the sentence is never mistaken for the one before.
  const inside = marks.filter((mark) => mark.start < sentence.end && mark.end > sentence.start);
  const outside = marks.filter((mark) => !inside.includes(mark));
  const inserts: { at: number; text: string; order: number }[] = [];
  for (const mark of inside) {
    inserts.push({ at: Math.max(mark.start, sentence.start), text: mark.open, order: 1 });
    inserts.push({ at: Math.min(mark.end, sentence.end), text: mark.close, order: 0 });
  }
  inserts.sort((a, b) => a.at - b.at || a.order - b.order);
  let marked = '';
  let cursor = sentence.start;
  for (const insert of inserts) {
    marked += text.slice(cursor, insert.at) + insert.text;
    cursor = insert.at;
  }
  marked += text.slice(cursor, sentence.end);
  const apart = outside.map(
    (mark) =>
      `  ${mark.role} outside the sentence (${mark.end <= sentence.start ? 'before' : 'after'} it): ` +
      `${mark.open}${text.slice(mark.start, mark.end)}${mark.close}`,
  );

  const code = input.codebook.lookup(record.code);
  const pattern = input.patterns.patterns.find((candidate) => candidate.pattern.id === trace.pattern);
  const actor = (label: string, value: EventRecord['source']) =>
    value
      ? `${label}${value.text} → ${value.code} (country ${value.country ?? '-'}, group ${value.knownGroup ?? '-'}, roles ${value.roles.join(',') || '-'}; ${value.name})`
      : `${label}—`;
  const lines = [
    `event ${record.id}: ${record.source?.code ?? '-'} ${record.code} ${record.target?.code ?? '-'}  ${code?.name ?? ''}`,
    `  ${record.modality}, ${record.date} (${record.dateGranularity}), Goldstein ${record.goldstein}, QuadClass ${record.quadClass}, confidence ${record.confidence}` +
      (record.location ? `, at ${record.location.name} (${record.location.country})` : ''),
    `article ${record.articleId}: ${input.title}  ${record.url}  published ${record.publicationDate}`,
    '',
    `sentence ${record.sentenceIndex}:`,
    `  ${marked}`,
    ...apart,
    '',
    '  ⟦evidence⟧ {source} <target> «speaker» (condition)',
    actor('  source   : ', record.source),
    actor('  target   : ', record.target),
    actor('  speaker  : ', record.speaker),
    `  condition: ${record.condition ? record.condition.text : '—'}`,
    `  verb/noun: ${text.slice(trace.verb.start, trace.verb.end)}`,
    '',
    pattern
      ? `pattern ${pattern.pattern.id} → ${pattern.pattern.code} (${pattern.origin.file}:${pattern.origin.line})` +
        `${pattern.pattern.verb ? `\n  verb: ${pattern.pattern.verb.join(', ')}` : ''}` +
        `${pattern.pattern.noun ? `\n  noun: ${pattern.pattern.noun.join(', ')}` : ''}` +
        `${pattern.pattern.object ? `\n  object: ${pattern.pattern.object.join(', ')}` : ''}` +
        `\n  target: ${pattern.pattern.target.join(', ')}` +
        `${pattern.pattern.note ? `\n  note: ${pattern.pattern.note}` : ''}`
      : `pattern ${trace.pattern} (a speech act coded by its content, no dictionary pattern)`,
    `rules: ${trace.rules.join(' ')}`,
    `coder: ${record.coder.name}@${record.coder.version}; ${record.coder.dictionaries}`,
  ];
  return lines.join('\n');
}
