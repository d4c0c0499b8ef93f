/**
 * A half-open span `[start, end)` over a Doc's `text`.
 *
 * Offsets are in UTF-16 code units, the unit JavaScript strings index by: `text.slice(start, end)` is the
 * span's surface text. Every layer of a Doc is made of spans in this unit.
 */
export interface Span {
  readonly start: number;
  readonly end: number;
}

/** A span together with the text it slices, as it appears in output records. */
export interface TextSpan extends Span {
  readonly text: string;
}

/** The surface text of a span. */
export function sliceSpan(text: string, span: Span): string {
  return text.slice(span.start, span.end);
}

/** A span with its surface text attached, for output. */
export function textSpan(text: string, span: Span): TextSpan {
  return { start: span.start, end: span.end, text: text.slice(span.start, span.end) };
}

/** True when `inner` lies within `outer` (both half-open). */
export function spanContains(outer: Span, inner: Span): boolean {
  return inner.start >= outer.start && inner.end <= outer.end;
}

/** True when the two spans share at least one code unit. */
export function spansOverlap(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

/** The smallest span covering both. */
export function spanUnion(a: Span, b: Span): Span {
  return { start: Math.min(a.start, b.start), end: Math.max(a.end, b.end) };
}
