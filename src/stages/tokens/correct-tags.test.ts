import { describe, expect, it } from 'vitest';
import { nlpDoc } from '../../../test/nlp-doc.js';

describe('tag corrections', () => {
  it('reads a capitalised word after a preposition as a name, not a verb', () => {
    const doc = nlpDoc('Mexico expressed sorrow for the shootings in Charleston.');
    const charleston = doc.layers.tokens!.find((token) => token.text === 'Charleston')!;
    expect(charleston.pos).toBe('PROPN');
  });

  it('tags the verb-tagged first word of a hyphenated modifier before a noun as an adjective', () => {
    const doc = nlpDoc('Chinese warships conducted live-fire drills near Taiwan.');
    const live = doc.layers.tokens!.find((token) => token.text === 'live')!;
    expect(live.pos).toBe('ADJ');
    // "test-fired a missile" is a verb, joined to no noun after it.
    const fired = nlpDoc('North Korea test-fired a missile into the sea.').layers.tokens!.find(
      (token) => token.text === 'fired',
    )!;
    expect(fired.pos).toBe('VERB');
  });

  it('tags a digit ordinal after a possessive as an adjective, as after a determiner', () => {
    const doc = nlpDoc('The car industry celebrated its 100th birthday and the 12th meeting.');
    const ordinals = doc.layers.tokens!.filter((token) => /^\d+th$/.test(token.text));
    expect(ordinals.map((token) => token.pos)).toEqual(['ADJ', 'ADJ']);
  });

  it('tags an -s word after a subordinator and a name as the verb before a particle or the clause end', () => {
    const doc = nlpDoc([
      'The United States will provide aid if Pakistan cracks down on militants.',
      'Washington will lift sanctions if Tehran complies.',
      'Prices rose because Japan exports fell.',
    ]);
    const words = ['cracks', 'complies', 'exports'].map((text) =>
      doc.layers.tokens!.find((token) => token.text === text)!,
    );
    expect(words.map((token) => token.pos)).toEqual(['VERB', 'VERB', 'NOUN']);
  });

  it('tags an -ing form after a preposition and before its object as a verb, an adjective ending a phrase as a noun', () => {
    const doc = nlpDoc([
      'Israel has been accused of bombing a hospital in Gaza.',
      'Russia launched a new offensive in the east.',
      'The bombing of the hospital was condemned.',
    ]);
    const tags = (text: string) =>
      doc.layers.tokens!.filter((token) => token.text === text).map((token) => token.pos);
    expect(tags('bombing')).toEqual(['VERB', 'NOUN']);
    expect(tags('offensive')).toEqual(['NOUN']);
  });

  it('tags a noun-tagged past form before its particle as the verb, an adjective after a possessive before a verb and a state after a preposition as nouns, an acronym as a name', () => {
    const doc = nlpDoc(
      "Ukraine's military said it had shot down 30 Russian drones. Cuba's joint negotiating front failed.",
    );
    const tag = (text: string) => doc.layers.tokens!.find((token) => token.text === text)!;
    expect([tag('shot').pos, tag('shot').lemma]).toEqual(['VERB', 'shoot']);
    expect(tag('military').pos).toBe('NOUN');
    // An -ing form after the adjective modifies the noun after it.
    expect(tag('joint').pos).toBe('ADJ');
    const start = nlpDoc('Russia suspended its participation in the New START treaty.').layers.tokens!;
    expect(start.find((token) => token.text === 'START')!.pos).toBe('PROPN');
    const alert = nlpDoc('Taiwan put its forces on high alert.').layers.tokens!.slice(-3, -1);
    expect(alert.map((token) => `${token.text}/${token.pos}`)).toEqual(['high/ADJ', 'alert/NOUN']);
  });

  it('tags "shot" before "dead" as the verb, and "military" heading a named body before its verb as a noun', () => {
    const doc = nlpDoc([
      'Police in Kenya shot dead at least 16 protesters.',
      'The U.S. military struck a boat.',
      "Russia's military launched drones at Kyiv.",
      'They saw a military built airstrip.',
      'Machado called on the military to abandon Maduro.',
    ]);
    const tags = (text: string) =>
      doc.layers.tokens!.filter((token) => token.text === text).map((token) => token.pos);
    expect(tags('shot')).toEqual(['VERB']);
    expect(tags('military')).toEqual(['NOUN', 'NOUN', 'ADJ', 'NOUN']);
  });

  it('tags a sentence-initial plural agent noun before a preposition as a common noun, not a name', () => {
    // PETRARCH2's GSR-PREP_1; wink-nlp tags "Opponents" and "Critics" PROPN.
    const doc = nlpDoc([
      "Opponents of Rwanda's Senate protested yesterday in the city's capital.",
      'Critics of the Iranian government condemned the arrests.',
      'Peters said the talks would resume.',
    ]);
    const words = ['Opponents', 'Critics', 'Peters'].map((text) =>
      doc.layers.tokens!.find((token) => token.text === text)!,
    );
    expect(words.map((token) => [token.pos, token.lemma])).toEqual([
      ['NOUN', 'opponent'],
      ['NOUN', 'critic'],
      ['PROPN', 'peters'],
    ]);
  });

  it('tags a point of the compass between a preposition and a name as an adjective, not an adverb', () => {
    // Reuters 5224: "in south China".
    const doc = nlpDoc('Strong winds in south China killed two people. The wind blew south yesterday.');
    const souths = doc.layers.tokens!.filter((token) => token.lower === 'south');
    expect(souths.map((token) => token.pos)).toEqual(['ADJ', 'ADV']);
  });

  it('reads "to" before an inflected -s form as a preposition before a noun, never an infinitive (Reuters)', () => {
    const doc = nlpDoc('Lawson said in answer to questions on BBC radio that the pound was stable.');
    const questions = doc.layers.tokens!.find((token) => token.text === 'questions')!;
    expect(questions.pos).toBe('NOUN');
    // The bare form after "to" stays a verb.
    const discuss = nlpDoc('Russia agreed to discuss the plan.').layers.tokens!.find(
      (token) => token.text === 'discuss',
    )!;
    expect(discuss.pos).toBe('VERB');
  });

  it('reads "to" before an -ed form and a noun as a preposition before a modifier (Reuters)', () => {
    const doc = nlpDoc("West Germany and Ireland are opposed to proposed limits on a farmer's right.");
    const proposed = doc.layers.tokens!.find((token) => token.text === 'proposed')!;
    expect(proposed.pos).toBe('ADJ');
    const sanction = nlpDoc('Russia agreed to sanction Iran.').layers.tokens!.find(
      (token) => token.text === 'sanction',
    )!;
    expect(sanction.pos).toBe('VERB');
  });

  it('reads "Said" between a name and an Arabic name particle as a name, not the verb (Reuters)', () => {
    const doc = nlpDoc(
      'UAE Oil Minister Mana Said al-Oteiba arrived in Alexandria last night for a visit to Egypt.',
    );
    const said = doc.layers.tokens!.find((token) => token.text === 'Said')!;
    expect(said.pos).toBe('PROPN');
    // A headline's capitalised verb stays the verb.
    const verb = nlpDoc('The U.S. Said Iranians used the platforms.').layers.tokens!.find(
      (token) => token.text === 'Said',
    )!;
    expect(verb.pos).toBe('VERB');
  });

  it('tags the -ing word of a noun compound as a noun, a participle after a plural or before an object as a verb', () => {
    const doc = nlpDoc([
      "Iraqi warplanes today destroyed an oil pumping station and a production unit at Iran's Ahvaz field.",
      'Colombia suspended intelligence sharing with the United States.',
      'Britain will send a peace keeping force to Cyprus.',
    ]);
    const words = ['pumping', 'sharing', 'keeping'].map((text) =>
      doc.layers.tokens!.find((token) => token.text === text)!,
    );
    expect(words.map((token) => token.pos)).toEqual(['NOUN', 'NOUN', 'NOUN']);
    // A plural subject's participle stays a verb, before a noun, a preposition or a day word.
    const verbs = nlpDoc([
      'Government troops attacking rebels were killed.',
      'The government said prices falling in March were a warning.',
      'Diplomats expect the talks ending today to fail.',
    ]).layers.tokens!.filter((token) => ['attacking', 'falling', 'ending'].includes(token.text));
    expect(verbs.map((token) => token.pos)).not.toContain('NOUN');
  });
});
