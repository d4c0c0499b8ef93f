import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

/** A wink-nlp instance with only the parts dyad uses: sentence breaks, negation scope and POS tags. */
export type WinkNlp = ReturnType<typeof winkNLP>;

interface LexemeTable {
  hash: Record<string, number>;
  list: string[];
}

/**
 * Loads wink-nlp with the English lite web model. Loading takes a few hundred milliseconds, so a pipeline
 * makes one and its stages share it.
 *
 * wink-nlp learns every new word form it meets into the model's lexicon, and its tokenizer then keeps a
 * learned form whole: once "JAPAN'S" has been read in a headline, a later "Japan's" stays one token instead
 * of "Japan" + "'s". The coding of an article would then depend on which articles were read before it (by
 * the same thread, in the same order), so a re-run on worker threads would differ. Forms with an apostrophe or a period ("L.P.")
 * learned from a document are therefore forgotten after it (their table entries stay, unused), which keeps
 * tokenization a function of the document alone.
 */
export function createWink(): WinkNlp {
  // The model package builds a fresh core model on each call to `core()`; this instance's core is kept so
  // that its learned lexicon can be seen.
  const core = (model as unknown as { core(): { features: { lexeme: LexemeTable } } }).core();
  const nlp = winkNLP({ ...model, core: () => core, metaCER: sharedMetaCER } as typeof model, [
    'sbd',
    'negation',
    'pos',
  ]);
  const lexemes = core.features.lexeme;
  let known = lexemes.list.length;
  const readDoc = nlp.readDoc.bind(nlp);
  // Forgotten forms are learned again when they come back ("U.S." in every story), so the tables grow with
  // the documents read: a long ingest replaces its worker threads now and then (see createWorkerAnalyser).
  nlp.readDoc = (text: string) => {
    const doc = readDoc(text);
    const list = lexemes.list;
    for (let i = known; i < list.length; i++) {
      const form = list[i]!;
      if (/['’.]/.test(form) && lexemes.hash[form] === i) delete lexemes.hash[form];
    }
    known = list.length;
    return doc;
  };
  return nlp;
}

/**
 * The model's `metaCER()` replaces its own module variable with that variable's JSON each time it is
 * called, so every further wink-nlp instance in a thread doubles a string (the tenth is megabytes, the
 * twentieth fails). Its first result is kept and shared: a workaround for the package, not a cache of ours.
 */
const originalMetaCER = (model as unknown as { metaCER: () => unknown }).metaCER;
let metaCERResult: unknown;
function sharedMetaCER(): unknown {
  metaCERResult ??= originalMetaCER();
  return metaCERResult;
}
