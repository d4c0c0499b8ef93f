import { describe, expect, it } from 'vitest';
import type { Doc } from '../../doc/doc.js';
import { analysed } from '../../../test/nlp-doc.js';

/** The body's clauses as `kind verb ← subject (parent verb)`, for reading a parse at a glance. */
function parse(text: string): string[] {
  const doc: Doc = analysed(text);
  const tokens = doc.layers.tokens!;
  const body = doc.paragraphSpans[0]!.end;
  const clauses = (doc.layers.clauses ?? []).filter((clause) => clause.start > body);
  const verb = (index: number) => tokens[doc.layers.clauses![index]!.verb.head]!.lower;
  return clauses.map((clause) => {
    const subject = clause.subject
      ? doc.text.slice(tokens[clause.subject.tokenStart]!.start, tokens[clause.subject.tokenEnd - 1]!.end)
      : '-';
    const parent = clause.parent !== null ? verb(clause.parent) : '-';
    return `${clause.kind} ${tokens[clause.verb.head]!.lower} ← ${subject} (${parent})`;
  });
}

describe('clauses stage: participles and relatives', () => {
  it('reads a past participle between a noun phrase and its verb as a reduced relative of the noun', () => {
    expect(
      parse('Volcker, first appointed in 1979 by President Carter, will not be offered a third term.'),
    ).toEqual(['relative appointed ← Volcker (offered)', 'main offered ← Volcker (-)']);
  });

  it('reads an -ing clause before the subject as an adjunct of the main clause', () => {
    expect(parse('Speaking in Moscow last week, Putin told Biden that Russia would respond.')).toEqual([
      'participle speaking ← Putin (told)',
      'main told ← Putin (-)',
      'complement respond ← Russia (told)',
    ]);
  });

  it('reads "that" after a noun of a verb that takes no "that" clause as opening a relative clause', () => {
    expect(
      parse('The lawmakers made a turn in spite of the conflict that possibility has ignited with Russia.'),
    ).toContain('relative ignited ← possibility (made)');
  });

  it('keeps "that" clauses of speech verbs and of content nouns as complements', () => {
    expect(parse('Poland said on Monday that Russia would respond.')).toContain(
      'complement respond ← Russia (said)',
    );
    expect(
      parse(
        'Western leaders have issued warnings in recent weeks that Moscow could be preparing an invasion.',
      ),
    ).toContain('complement preparing ← Moscow (issued)');
    expect(parse('Russia acted out of fear that NATO would expand.')).toContain(
      'complement expand ← NATO (acted)',
    );
  });

  it('gives an infinitive after a noun of leave the actor the leave is given to as its subject', () => {
    expect(parse('Obama would not give permission to Russia to help Israel.')).toContain(
      'infinitive help ← Russia (give)',
    );
  });
});

describe('clauses stage: coordination', () => {
  it('joins a verb group whose modal repeats after "and" to the earlier one with that modal', () => {
    expect(
      parse(
        'The plan will permit the banks to say that they achieved their target and will likewise permit Manila to say the same.',
      ),
    ).toEqual(expect.arrayContaining(['complement achieved ← they (say)']));
    const permits = parse(
      'The plan will permit the banks to say that they achieved their target and will likewise permit Manila to say the same.',
    ).filter((clause) => clause.includes(' permit '));
    // Both "permit" clauses are the plan's, neither is inside what the banks say.
    expect(permits).toEqual(['main permit ← The plan (-)', 'main permit ← The plan (-)']);
  });
});
