import type { Span } from '../../doc/span.js';

/** Text between quotation marks: `content` excludes the marks, `outer` includes them. */
export interface QuotedSegment {
  readonly outer: Span;
  readonly content: Span;
  readonly words: number;
  /** The paragraph ended before a closing mark: news continues such a quote in the next paragraph. */
  readonly unclosed: boolean;
}

const OPENERS = new Set(['“', '«', '„']);
const CLOSERS = new Set(['”', '»', '“']);
/** Every character the pairing below looks at. */
const QUOTE_MARKS = /["“«„”»‘’]/;

function countWords(text: string): number {
  return text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
}

/**
 * Quoted segments of one paragraph `[start, end)` of `text`, in straight double quotes, curly double quotes
 * and guillemets, and curly single quotes ‘…’ (a straight apostrophe is too often a possessive to pair).
 * Straight double quotes alternate open/close; an opening mark left open runs to the paragraph's end.
 */
export function findQuotedSegments(text: string, start: number, end: number): QuotedSegment[] {
  const segments: QuotedSegment[] = [];
  let open = -1;
  let openChar = '';
  const close = (at: number) => {
    const content = { start: open + 1, end: at };
    segments.push({
      outer: { start: open, end: at + 1 },
      content,
      words: countWords(text.slice(content.start, content.end)),
      unclosed: false,
    });
    open = -1;
  };
  // Only the marks matter: the loop visits them alone, not every character of the paragraph.
  const marks = new RegExp(QUOTE_MARKS.source, 'g');
  marks.lastIndex = start;
  for (let found = marks.exec(text); found && found.index < end; found = marks.exec(text)) {
    const i = found.index;
    const char = found[0];
    if (open < 0) {
      if (char === '"' || OPENERS.has(char) || (char === '‘' && isWordStartAfter(text, i))) {
        open = i;
        openChar = char;
      }
      continue;
    }
    if (openChar === '"' && char === '"') close(i);
    else if (openChar !== '"' && openChar !== '‘' && CLOSERS.has(char) && char !== openChar) close(i);
    else if (openChar === '“' && char === '”') close(i);
    else if (openChar === '‘' && char === '’' && !/[\p{L}]/u.test(text[i + 1] ?? '')) close(i);
  }
  if (open < 0) segments.push(...straightSingleQuotes(text, start, end, segments));
  if (open < 0) segments.push(...dashDialogue(text, start, end, segments));
  if (open >= 0 && end - open > 1) {
    const content = { start: open + 1, end };
    segments.push({
      outer: { start: open, end },
      content,
      words: countWords(text.slice(content.start, end)),
      unclosed: true,
    });
  }
  return segments;
}

/**
 * Straight single quotes used as quotation marks ('Edith!' she called): an opening mark at the paragraph's
 * start or after a space, before a letter; a closing mark after sentence punctuation, before a space or the
 * end. An apostrophe ("Russia's", "'Morning") never closes one, so possessives and elisions stay text.
 */
function straightSingleQuotes(
  text: string,
  start: number,
  end: number,
  taken: readonly QuotedSegment[],
): QuotedSegment[] {
  const found: QuotedSegment[] = [];
  const inside = (at: number) => taken.some((segment) => segment.outer.start <= at && segment.outer.end > at);
  let open = -1;
  for (let i = text.indexOf("'", start); i >= 0 && i < end; i = text.indexOf("'", i + 1)) {
    if (inside(i)) continue;
    const before = text[i - 1];
    const after = text[i + 1];
    if (open < 0) {
      if ((i === start || /\s/u.test(before ?? '')) && /\p{L}/u.test(after ?? '')) open = i;
    } else if (
      /[.!?,;—-]/u.test(before ?? '') &&
      (after === undefined || i + 1 >= end || /[\s)]/u.test(after))
    ) {
      const content = { start: open + 1, end: i };
      found.push({
        outer: { start: open, end: i + 1 },
        content,
        words: countWords(text.slice(content.start, content.end)),
        unclosed: false,
      });
      open = -1;
    }
  }
  return found;
}

/**
 * Dialogue introduced by a dash, as Joyce writes it ("—Introibo ad altare Dei", "--What is your name?"): a
 * paragraph opening with an em dash or two hyphens and a letter is spoken, to its end.
 */
function dashDialogue(
  text: string,
  start: number,
  end: number,
  taken: readonly QuotedSegment[],
): QuotedSegment[] {
  if (taken.length > 0) return [];
  const match = /^(—|--)(?=\p{L})/u.exec(text.slice(start, start + 3));
  if (!match) return [];
  const content = { start: start + match[1]!.length, end };
  return [
    { outer: { start, end }, content, words: countWords(text.slice(content.start, end)), unclosed: false },
  ];
}

function isWordStartAfter(text: string, i: number): boolean {
  const before = text[i - 1];
  return (before === undefined || /[\s([—–-]/u.test(before)) && /[\p{L}\p{N}]/u.test(text[i + 1] ?? '');
}

/** One to three words in quotes with no sentence inside ("concerns", 'espionage'): a scare quote. */
export function isScareQuote(text: string, segment: QuotedSegment): boolean {
  if (segment.words > 3) return false;
  const inner = text.slice(segment.content.start, segment.content.end).trim();
  return !/[.!?]$/.test(inner) || segment.words <= 1;
}
