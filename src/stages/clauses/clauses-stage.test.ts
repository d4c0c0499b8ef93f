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

describe('clauses stage: introducers', () => {
  it('reads "before" and "until" that wink-nlp tags as prepositions as introducing a clause of time or condition (Reuters)', () => {
    // Reuters 10395: "until" before a present verb, under an act still to come, is its condition.
    expect(
      parse('He will not negotiate with Ankara until Turkey recognises Greek rights in the Aegean.'),
    ).toContain('conditional recognises ← Turkey (negotiate)');
    expect(parse('The talks went on until Turkey walked out.')).toContain('adverbial walked ← Turkey (went)');
    expect(parse('Japan must act before the U.S. imposes tariffs.')).toContain(
      'adverbial imposes ← the U.S. (act)',
    );
  });
});

describe('clauses stage: participles and relatives', () => {
  it("gives an -ing clause after a comma the subject of the clause a relative clause hangs on, not the relative's", () => {
    // Modern-news probe: the forces killed the three people, not Washington (whose "said" sits inside the relative).
    expect(
      parse(
        'US forces struck a boat that Washington said was carrying drugs from Venezuela, killing three people.',
      ),
    ).toContain('participle killing ← US forces (struck)');
    // A "that" clause of a speech verb or of a content noun is no relative clause: its own subject acts.
    expect(
      parse(
        'Pakistan complained to the United Nations today that planes from Afghanistan attacked Pakistani villages, killing 90 people.',
      ),
    ).toContain('participle killing ← planes from Afghanistan (attacked)');
  });

  it('reads a "that" clause after "offer" as what is offered, not a relative clause (Reuters)', () => {
    // Papandreou's offer that the two countries meet is an offer, no meeting held.
    expect(
      parse(
        "He was taking up Papandreou's renewed offer today that the two countries meet to discuss the issue.",
      ),
    ).toContain('complement meet ← the two countries (taking)');
  });

  it('reads a perfect infinitive and a perfect participle whole ("to have attacked", "having bombed")', () => {
    expect(parse('Israel is reported to have attacked Syria.')).toEqual([
      'main reported ← Israel (-)',
      'infinitive attacked ← Israel (reported)',
    ]);
    expect(parse('Iraq denied having bombed the tanker.')).toEqual([
      'main denied ← Iraq (-)',
      'participle bombed ← Iraq (denied)',
    ]);
  });

  it('does not read "a charge Chad denied" after a comma as the clause reporting the sentence', () => {
    expect(parse('Sudan accused Chad of backing the rebels, a charge Chad denied.')[0]).toBe(
      'main accused ← Sudan (-)',
    );
    expect(parse('Iraq attacked Iran, Iranian officials said.')[0]).toBe('complement attacked ← Iraq (said)');
  });

  it('ends an object before a time expression, but keeps a date that modifies a noun', () => {
    const doc: Doc = analysed('Britain expelled two Soviet diplomats last week.');
    const clause = doc.layers.clauses!.find((candidate) => candidate.verb.lemma === 'expel')!;
    const tokens = doc.layers.tokens!;
    const object = clause.objects[0]!;
    expect(tokens.slice(object.tokenStart, object.tokenEnd).map((token) => token.text)).toEqual([
      'two',
      'Soviet',
      'diplomats',
    ]);
    const dated = analysed('Washington condemned the May 17 Iraqi missile attack on the frigate.');
    const condemned = dated.layers.clauses!.find((candidate) => candidate.verb.lemma === 'condemn')!;
    const attack = condemned.objects[0]!;
    expect(dated.layers.tokens![attack.head]!.text).toBe('attack');
  });

  it('reads a bare verb-tagged word after a possessive and its modifiers as a noun, but not a reporting verb', () => {
    expect(parse('Japan apologised to South Korea for its wartime conduct.')).toEqual([
      'main apologised ← Japan (-)',
    ]);
    expect(parse('Iraq attacked Iran, the news agency said.')).toEqual([
      'complement attacked ← Iraq (said)',
      'main said ← the news agency (-)',
    ]);
  });

  it('reads a bare verb-tagged word right after a preposition, with no noun after it, and an -s form there, as a noun (Reuters)', () => {
    // Reuters 3064 and 386: Brazil does not help anyone by going to the IMF for help.
    expect(parse('Brazil has resisted going to the IMF for help because it fears a recession.')).toEqual([
      'main resisted ← Brazil (-)',
      'participle going ← Brazil (resisted)',
      'adverbial fears ← it (going)',
    ]);
    expect(parse('He traded arms with Iran for help in freeing hostages.')).not.toContainEqual(
      expect.stringMatching(/ help /),
    );
    // Reuters 13963 and 3135: a verb's -s form has no subject after a preposition either.
    expect(
      parse(
        'Kuwait wants to transfer its tankers to U.S. registration in hopes Iran would be reluctant to launch missiles.',
      ),
    ).not.toContainEqual(expect.stringMatching(/^\w+ hopes ←/));
    expect(parse('Chile has good catches, with offers unchanged at 330 dlrs per tonne.')).not.toContainEqual(
      expect.stringMatching(/^\w+ offers ←/),
    );
    // A word before a noun may be its adjective: "for prompt action" keeps the tagger's reading.
    expect(parse('Behind those calls on Takeshita for prompt action are doubts about him.')).toContainEqual(
      expect.stringMatching(/ prompt /),
    );
  });

  it('reads an -ing form between a noun and a head like "team" or "authority" as its modifier (Reuters)', () => {
    // Reuters 12563 and 1625: no one negotiates in "U.S. negotiating authority".
    expect(
      parse('Yeutter called on Congress to approve an extension of U.S. negotiating authority.'),
    ).not.toContainEqual(expect.stringMatching(/ negotiating /));
    expect(parse("Argentina's debt negotiating team met the banks in New York.")).toEqual([
      "main met ← Argentina's debt negotiating team (-)",
    ]);
    // A verb before a noun phrase that goes on, or before another noun, stays a verb.
    expect(parse('Japanese firms selling cars in the U.S. complained.')).toContainEqual(
      expect.stringMatching(/ selling /),
    );
  });

  it('never hangs clauses on each other in a loop (Reuters 11186)', () => {
    const doc: Doc = analysed(
      "When West Germany's fundamental economic indicators appear to have bottomed out, that will be the turning point for their investments, he added.",
    );
    const clauses = doc.layers.clauses!;
    for (const clause of clauses) {
      const seen = new Set<number>();
      for (let at: number | null = clause.index; at !== null; at = clauses[at]!.parent) {
        expect(seen.has(at)).toBe(false);
        seen.add(at);
      }
    }
  });

  it('gives a relative clause of harm after "an attack on X" the attack as antecedent, not X (Reuters)', () => {
    // Reuters 17750, 18271: the U.S. frigate did not kill its own seamen.
    expect(
      parse('Weinberger spoke after the Iraqi attack on the U.S. frigate Stark which killed 37 seamen.'),
    ).toContain('relative killed ← the Iraqi attack (spoke)');
    expect(
      parse('The U.S. condemned the bombing of the embassy in Beirut which killed 63 people.'),
    ).toContain('relative killed ← the bombing (condemned)');
    // Another verb, or a passive one, still tells of the nearest noun.
    expect(parse('Iraq attacked the tanker which was carrying Iranian oil.')).toContain(
      'relative carrying ← the tanker (attacked)',
    );
    expect(parse('Iraq launched an attack on the frigate which was damaged by two missiles.')).toContain(
      'relative damaged ← the frigate (launched)',
    );
  });

  it('takes the verb after a relative clause closed by a comma as the main verb, past an infinitive in the relative', () => {
    expect(
      parse('The U.S. official, who asked not to be identified, said Brazil may flood the market.'),
    ).toEqual([
      'relative asked ← The U.S. official (-)',
      'infinitive identified ← The U.S. official (asked)',
      'main said ← The U.S. official (-)',
      'complement flood ← Brazil (said)',
    ]);
  });

  it('takes the subject before a relative clause set off by commas past a "But" opening the sentence (Reuters 15818)', () => {
    expect(
      parse(
        'But Conable, who was present at the meeting, told reporters that the World Bank wanted clarifications.',
      ),
    ).toContain('main told ← Conable (-)');
    expect(
      parse(
        'But he said the Reagan administration, which opposed the whole herd buyout program, would not agree to an extension.',
      ),
    ).toContain('main said ← he (-)');
  });

  it('takes the subject past a bracketed short name before the verb (Reuters)', () => {
    expect(parse('The International Monetary Fund (IMF) criticized Brazil.')).toEqual([
      'main criticized ← The International Monetary Fund (-)',
    ]);
    expect(
      parse(
        'However, recent decisions by the U.S. Federal Energy Regulatory Commission (FERC) were sharply criticized by Canadian delegates.',
      ),
    ).toEqual(['main criticized ← the U.S. Federal Energy Regulatory Commission (-)']);
  });

  it('takes an envoy\'s "to" phrase into the subject, but no other "to" phrase (Reuters 11397)', () => {
    expect(
      parse(
        'TOKYO, March 31 - The Japanese ambassador to the U.S. Suggested that Prime Minister Yasuhiro Nakasone make efforts to present proposals.',
      )[0],
    ).toBe('main suggested ← The Japanese ambassador to the U.S. (-)');
    expect(parse("Israel's Ambassador to Washington said Israel and the Soviet Union have agreed.")[0]).toBe(
      "main said ← Israel's Ambassador to Washington (-)",
    );
  });

  it('takes an act\'s "on" or "against" phrase into a subject that starts there, not into a verb\'s object (Reuters 2775, 10643)', () => {
    expect(parse('The drain on the Saudis will continue, forcing them to cut output.')).toEqual([
      'main continue ← The drain on the Saudis (-)',
      'participle forcing ← The drain on the Saudis (continue)',
      'infinitive cut ← - (forcing)',
    ]);
    expect(
      parse(
        'Iran announced tonight that its major offensive against Iraq in the Gulf war had ended after dealing savage blows.',
      ),
    ).toContain('complement ended ← its major offensive against Iraq in the Gulf war (announced)');
    expect(
      parse(
        'The United States was poised to impose swingeing tariffs on European Community food imports and a major trade war was averted at the last minute.',
      ),
    ).not.toContainEqual(expect.stringContaining('tariffs on'));
  });

  it('reads a past participle between a noun phrase and its verb as a reduced relative of the noun', () => {
    expect(
      parse('Volcker, first appointed in 1979 by President Carter, will not be offered a third term.'),
    ).toEqual(['relative appointed ← Volcker (offered)', 'main offered ← Volcker (-)']);
    // A coordination before a parenthesis is the subject as a whole.
    expect(
      parse('China and Israel, which have no diplomatic relations, discussed peace prospects.'),
    ).toContain('main discussed ← China and Israel (-)');
    // A participle with its agent before an active verb: the rebels captured the city, not Rwanda.
    expect(
      parse('M23 rebels backed by Rwanda captured the eastern Congolese city of Goma in January.'),
    ).toEqual(['relative backed ← M23 rebels (captured)', 'main captured ← M23 rebels (-)']);
  });

  it('reads a bare participle after a comma with an adverb and a counted agent before "by" as a passive (Reuters 10639)', () => {
    expect(
      parse(
        'Gaddafi said he stood by Chad rebel forces fighting the forces of President Hissene Habre, supported logistically by 2,400 French troops.',
      ),
    ).toContain('participle supported ← - (stood)');
    expect(parse('Exports rose 5 pct, helped by 10 pct lower costs.')).not.toContain(
      'participle helped ← - (rose)',
    );
  });

  it('reads an -ing clause before the subject as an adjunct of the main clause', () => {
    expect(parse('Speaking in Moscow last week, Putin told Biden that Russia would respond.')).toEqual([
      'participle speaking ← Putin (told)',
      'main told ← Putin (-)',
      'complement respond ← Russia (told)',
    ]);
  });

  it("reads a bare past participle opening the sentence as a passive of the main clause's subject (Reuters 5318)", () => {
    expect(
      parse(
        "Forced last month to cut the government's 1987 growth target, Finance Minister Edouard Balladur ruled out action to stimulate the economy.",
      )[0],
    ).toBe('participle forced ← Finance Minister Edouard Balladur (ruled)');
    const doc: Doc = analysed('Supported by the Reagan administration, China joined the bank.');
    const supported = doc.layers.clauses!.find((clause) => clause.verb.lemma === 'support')!;
    expect(supported.verb.passive).toBe(true);
    // An -ing form stays active.
    const active: Doc = analysed('Speaking in Moscow last week, Putin told Biden that Russia would respond.');
    expect(active.layers.clauses!.find((clause) => clause.verb.lemma === 'speak')!.verb.passive).toBe(false);
  });

  it('gives an -ing clause after a name that ends the verb phrase the governing clause’s subject', () => {
    expect(
      parse(
        'Erie Lackawanna Inc said Consolidated Rail Corp filed with the U.S. Supreme Court seeking review of a Court of Appeals opinion.',
      ),
    ).toContain('participle seeking ← Consolidated Rail Corp (filed)');
    // A time closes the verb phrase; "request" takes a bare clause whose subject is who is asked.
    expect(
      parse(
        'A private U.S. Rice trader visited Tokyo last week requesting Japan buy 200,000 tonnes of rice for industrial uses.',
      ),
    ).toEqual([
      'main visited ← A private U.S. Rice trader (-)',
      'participle requesting ← A private U.S. Rice trader (visited)',
      'complement buy ← Japan (requesting)',
    ]);
  });

  it('keeps an -ing clause after a common noun, or after the object of a verb of perception, as the noun’s', () => {
    expect(parse('Hamas claimed responsibility for a rocket attack targeting Israeli towns.')).toContain(
      'participle targeting ← a rocket attack (claimed)',
    );
    expect(parse('Analysts see Newmont earning 2.50 dlrs a share in 1987.')).toContain(
      'participle earning ← Newmont (see)',
    );
  });

  it('gives an -ing clause after "noun in Place" the noun, not the place, as its subject (Reuters 17140)', () => {
    expect(
      parse(
        'They were responding to EC Commission sources in Brussels saying West German producers have withdrawn most of the sugar.',
      ),
    ).toContain('participle saying ← EC Commission sources in Brussels (responding)');
    expect(parse('Hamas claimed responsibility for a rocket attack targeting Israeli towns.')).toContain(
      'participle targeting ← a rocket attack (claimed)',
    );
    // A passive reduced relative too: the airstrip was captured, not Chad.
    expect(
      parse(
        'Libyan forces are still bombing the key Ouadi Doum airstrip in northern Chad captured by Chadian troops on March 22.',
      ),
    ).toContain('relative captured ← the key Ouadi Doum airstrip in northern Chad (are)');
  });

  it('gives the first finite verb after a sentence-initial bare -ing clause that clause’s subject', () => {
    expect(
      parse(
        'MADRID, March 2 - Spanish farmers demanding a better deal from the European Community blocked roads and staged protest rallies this weekend.',
      ),
    ).toEqual([
      'participle demanding ← Spanish farmers (blocked)',
      'main blocked ← Spanish farmers (-)',
      'main staged ← Spanish farmers (-)',
    ]);
    // An -ing form before a bare noun may modify it: the sources reported, not the Gulf.
    expect(
      parse('Gulf shipping sources yesterday reported an Iranian warship had set the supertanker on fire.'),
    ).not.toContainEqual(expect.stringMatching(/^main reported ← Gulf/));
    // After a common noun's phrase the -ing form takes its object and tells of the noun right before it; a count
    // after the finite verb is its object, so the verb is no reduced relative of "refugees".
    expect(parse('An Israeli air strike on a school sheltering refugees killed at least 15 people.')).toEqual(
      ['participle sheltering ← a school (killed)', 'main killed ← An Israeli air strike on a school (-)'],
    );
    // An "of" phrase completes its noun: the supplies weigh on markets.
    expect(
      parse(
        'Ample supplies of OPEC crude weighing on world markets helped limit oil price gains, analysts said.',
      ),
    ).toContain('participle weighing ← Ample supplies of OPEC crude (helped)');
  });

  it('leaves a time word before a complement’s subject out of the subject', () => {
    expect(
      parse('Russia said on Sunday its air defences had destroyed 40 Ukrainian drones over several regions.'),
    ).toContain('complement destroyed ← its air defences (said)');
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
  it('opens a new subject after ", and" when the phrase before it belongs to an earlier verb, not after an apposition (Reuters 12650)', () => {
    expect(
      parse(
        "The Interim Committee meets next week in Washington ahead of the IMF's Spring meetings, and Eyskens said the EC ministers would prepare for the gatherings.",
      ),
    ).toContain('main said ← Eyskens (-)');
    expect(
      parse(
        "Chen Muhua, president of the People's Bank of China, and Vice Premier Yao Yilin attended the ceremony.",
      ),
    ).toContain("main attended ← president of the People's Bank of China, and Vice Premier Yao Yilin (-)");
    expect(parse('The United States, Britain, and France condemned the attack.')).toContain(
      'main condemned ← The United States, Britain, and France (-)',
    );
  });

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

describe('clauses stage: verb groups the tagger misleads (issue 4, Reuters round 2)', () => {
  it('reads a verb-tagged plural after "have" with an adjective or a preposition after it as the object', () => {
    // Reuters 306: "loans" is what the banks have, not a perfect of "loan".
    const clauses = parse(
      'Some 21 Japanese banks have loans outstanding to Nigeria, representing about four pct of the credit extended by Western commercial institutions, banking sources said.',
    );
    expect(clauses).toContain('complement have ← Some 21 Japanese banks (said)');
    expect(clauses.some((clause) => clause.includes(' loans '))).toBe(false);
  });

  it('reads the bare verb after "let" and its subject as an infinitive of "let"', () => {
    // Reuters 340.
    expect(
      parse(
        'Italy said its exclusion violated an agreement reached in Tokyo last year to let Italy and Canada attend meetings held by the five.',
      ),
    ).toContain('infinitive attend ← Italy and Canada (let)');
  });
});

describe('clauses stage: coordinated verbs of saying', () => {
  it('joins a verb of saying after a reported state to the speech verb, and keeps two plain verbs together (Reuters)', () => {
    // Reuters 17218: the spokesman denied, not Nakasone's visit.
    expect(
      parse(
        'He said Nakasone\'s visit was "part of the press of business" but denied the cancellation was linked to the turmoil.',
      ),
    ).toEqual([
      'main said ← He (-)',
      "complement was ← Nakasone's visit (said)",
      'main denied ← He (-)',
      'complement linked ← the cancellation (denied)',
    ]);
    // Reuters 3408: Spain and Portugal complained.
    expect(
      parse(
        "Diplomats said Spain and Portugal backed the court's view and also complained that they would get less.",
      ),
    ).toContain('complement complained ← Spain and Portugal (said)');
  });
});
