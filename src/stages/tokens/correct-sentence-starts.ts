import type { DraftToken } from './correct-tags.js';

/**
 * Words that open no sentence of news prose: conjunctions, prepositions that seldom front a phrase,
 * auxiliaries, "not" and relatives. "In", "On", "For", "The", "He" and "But" are left out: after an
 * abbreviation they begin a new sentence about as often as they continue one ("visited the U.S. The sources
 * said …").
 */
const CONTINUING_WORDS = new Set([
  'and',
  'or',
  'nor',
  'of',
  'to',
  'than',
  'with',
  'over',
  'from',
  'within',
  'against',
  'into',
  'is',
  'are',
  'was',
  'were',
  'would',
  'will',
  'may',
  'might',
  'should',
  'could',
  'can',
  'cannot',
  'did',
  'does',
  'must',
  'has',
  'have',
  'had',
  'not',
  'which',
  'whom',
]);

/** Is `token` an abbreviation of capitals each followed by a dot ("U.S.", "U.K.", "B.V.")? */
function isDottedAbbreviation(token: DraftToken): boolean {
  return /^(?:[A-Z]\.){2,}$/.test(token.text);
}

/**
 * Mends the sentence ends that wink-nlp puts after a dotted abbreviation followed by a capitalised word.
 * Reuters-21578 capitalises the word after "U.S." ("the U.S. And Japan", "warned the U.S. Not to intervene in
 * the Gulf"), and a cut there leaves two half-sentences: one that lost its negation, object or measure ("Taiwanese
 * investment in the U.S." | "Last year totalled 46 mln dlrs"), one with no subject. A word that opens no sentence
 * continues the one before (`tokens` are one paragraph's, so a paragraph's first token stays a start).
 */
export function correctSentenceStarts(tokens: DraftToken[]): void {
  for (let i = 1; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (token.sentenceStart && CONTINUING_WORDS.has(token.lower) && isDottedAbbreviation(tokens[i - 1]!))
      token.sentenceStart = false;
  }
}
