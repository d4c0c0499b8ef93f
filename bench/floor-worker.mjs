// The NLP floor of `npm run bench`: wink-nlp sentence splitting and tagging alone, on a worker thread, with
// the same wink-nlp setup the tokens stage uses. Kept as plain JavaScript: worker threads load JavaScript.
import { createWink } from '../dist/stages/tokens/wink.js';

const nlp = createWink();
const its = nlp.its;

export default function floor({ articles }) {
  let sentences = 0;
  let tokens = 0;
  for (const article of articles) {
    for (const paragraph of [article.title, ...article.paragraphs]) {
      if (paragraph.trim() === '') continue;
      const doc = nlp.readDoc(paragraph);
      doc.tokens().out(its.pos);
      sentences += doc.sentences().length();
      tokens += doc.tokens().length();
    }
  }
  return { sentences, tokens };
}
