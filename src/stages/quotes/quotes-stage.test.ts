import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Doc } from '../../doc/doc.js';
import { articleQuotesGoldFile, checkArticleQuotes } from '../../eval/quote-gold.js';
import { readArticles } from '../../../test/articles.js';
import { analysed, testPipeline } from '../../../test/nlp-doc.js';
import { sharedPath } from '../../../test/shared-data.js';

function quotes(doc: Doc) {
  const mentions = doc.layers.mentions ?? [];
  return (doc.layers.quotes ?? []).map((quote) => ({
    type: quote.type,
    content: doc.text.slice(quote.content.start, quote.content.end),
    cue: quote.cue ? doc.text.slice(quote.cue.start, quote.cue.end) : null,
    speaker: quote.speaker ? doc.text.slice(quote.speaker.start, quote.speaker.end) : null,
    code: quote.speakerMention !== null ? mentions[quote.speakerMention]!.code : null,
  }));
}

describe('quotes stage', () => {
  it('finds every required quote of the seed article with its type, cue and speaker, and no scare quote', async () => {
    const [article] = await readArticles(sharedPath('acceptance', 'seed-nato-russia.txt'));
    const doc = testPipeline().analyse(article!).doc;
    const gold = articleQuotesGoldFile.parse(
      JSON.parse(readFileSync(sharedPath('acceptance', 'seed-nato-russia.quotes.json'), 'utf8')),
    );
    const { checks, scareQuotes } = checkArticleQuotes(
      gold,
      doc.layers.quotes ?? [],
      doc.layers.mentions ?? [],
      doc.text,
    );
    for (const check of checks.filter((entry) => entry.required))
      expect({ id: check.id, problems: check.problems }).toEqual({ id: check.id, problems: [] });
    expect(scareQuotes).toEqual([]);
  });

  it('attributes a quote split by its attribution, both halves to the same speaker', () => {
    const found = quotes(
      analysed('"We will respond," Russian Foreign Minister Sergey Lavrov said, "and we will respond soon."'),
    );
    expect(found).toEqual([
      {
        type: 'direct',
        content: 'We will respond,',
        cue: 'said',
        speaker: 'Russian Foreign Minister Sergey Lavrov',
        code: 'RUSGOV',
      },
      {
        type: 'direct',
        content: 'and we will respond soon.',
        cue: 'said',
        speaker: 'Russian Foreign Minister Sergey Lavrov',
        code: 'RUSGOV',
      },
    ]);
  });

  it('attributes a quotation to the frame beside it, not to speech reported inside it (Reuters)', () => {
    const found = quotes(
      analysed(
        [
          'Finance Secretary Jaime Ongpin spoke in Manila.',
          '"The Japanese have indicated we may not get as much as we are asking for in one big jump from the 13th yen package of 49 billion yen," he said.',
        ],
        '1987-04-27',
      ),
    );
    expect(found.map(({ type, cue, speaker }) => ({ type, cue, speaker }))).toEqual([
      { type: 'direct', cue: 'said', speaker: 'he' },
    ]);
    // The quoted speaker's "we" is no longer given to the Japanese.
    const doc = analysed(
      '"The Japanese have indicated we may not get as much as we are asking for," he said.',
      '1987-04-27',
    );
    expect((doc.layers.events ?? []).map((event) => event.record.code)).not.toContain('020');
  });

  it('keeps a quoted paragraph with the speaker of the quoted paragraph before it', () => {
    const found = quotes(
      analysed(
        [
          '"The talks failed," Ukrainian President Volodymyr Zelensky said on Monday.',
          '"We will not give up our land."',
        ],
        '2022-03-01',
      ),
    );
    expect(found[1]).toMatchObject({
      type: 'direct',
      content: 'We will not give up our land.',
      code: 'UKRGOV',
    });
  });

  it('reads indirect quotes after reporting verbs, "according to" and nominal cues', () => {
    const found = quotes(
      analysed([
        'Germany warned that the pipeline would be halted.',
        'According to the Kremlin, the talks were useful.',
        'Poland issued a statement saying the border was closed.',
      ]),
    );
    expect(found).toContainEqual(
      expect.objectContaining({
        type: 'indirect',
        content: 'the pipeline would be halted',
        cue: 'warned',
        code: 'DEU',
      }),
    );
    expect(found).toContainEqual(
      expect.objectContaining({
        type: 'indirect',
        content: 'the talks were useful',
        cue: 'According to',
        code: 'RUSGOV',
      }),
    );
  });

  it("marks reported speech that quotes the speaker's own words as mixed", () => {
    const found = quotes(
      analysed(
        'Russian President Vladimir Putin insisted that NATO was "making dangerous attempts to conquer" the territory.',
      ),
    );
    expect(found).toEqual([expect.objectContaining({ type: 'mixed', cue: 'insisted', code: 'RUSGOV' })]);
    expect(found[0]!.content).toContain('making dangerous attempts to conquer');
  });

  it('does not take scare quotes of one to three words for quotations', () => {
    expect(
      quotes(analysed('Officials voiced "concerns" about the "so-called referendum" in the region.')),
    ).toEqual([]);
  });

  it('reads indirect speech introduced by a colon after a reporting verb or a cue noun', () => {
    expect(
      quotes(analysed('Stoltenberg said: Russia must withdraw its troops from the border.')),
    ).toContainEqual(
      expect.objectContaining({
        type: 'indirect',
        content: 'Russia must withdraw its troops from the border',
        code: 'IGOWSTNAT',
      }),
    );
    expect(
      quotes(analysed('The Kremlin issued a stark warning: Moscow will not accept any expansion of NATO.')),
    ).toContainEqual(
      expect.objectContaining({
        type: 'indirect',
        content: 'Moscow will not accept any expansion of NATO',
        code: 'RUSGOV',
      }),
    );
    // A colon after a verb that reports nothing introduces no quotation.
    expect(
      quotes(analysed('The Kremlin faced a choice: Moscow could accept the offer or reject it.')),
    ).toEqual([]);
  });

  it('reads a quotation introduced by a colon', () => {
    const found = quotes(
      analysed(
        'The Chinese Foreign Ministry said: "We firmly oppose any interference in our internal affairs."',
      ),
    );
    expect(found).toContainEqual(
      expect.objectContaining({
        type: 'direct',
        content: 'We firmly oppose any interference in our internal affairs.',
        code: 'CHNGOV',
      }),
    );
  });
});
