import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

/** A wink-nlp instance with only the parts dyad uses: sentence breaks, negation scope and POS tags. */
export type WinkNlp = ReturnType<typeof winkNLP>;

/**
 * Loads wink-nlp with the English lite web model. Loading takes a few hundred milliseconds, so a pipeline
 * makes one and its stages share it.
 */
export function createWink(): WinkNlp {
  return winkNLP(model, ['sbd', 'negation', 'pos']);
}
