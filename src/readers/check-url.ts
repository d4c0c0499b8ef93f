/**
 * A URN: `urn:`, a namespace of letters, digits or hyphens, `:`, a name. RFC 8141 asks for 2 to 32 characters
 * of namespace; one is accepted too, since corpora make up short ones (`urn:x:1`) and nothing is ambiguous.
 */
const urn = /^urn:[a-z0-9][a-z0-9-]{0,31}:\S+$/i;

/**
 * Why `text` cannot serve as an article URL, or null when it can. An article URL is an absolute `http://` or
 * `https://` URL with a host, or a `urn:` name (corpora without URLs give their records stable URNs).
 */
export function urlProblem(text: string): string | null {
  if (text === '') return 'the URL is empty (expected http://…, https://… or urn:…)';
  if (/\s/.test(text)) return `"${text.slice(0, 80)}" is not a URL: it contains white space`;
  if (/^urn:/i.test(text)) {
    return urn.test(text) ? null : `"${text.slice(0, 80)}" is not a URN (expected urn:<namespace>:<name>)`;
  }
  if (!/^https?:\/\//i.test(text)) {
    return `"${text.slice(0, 80)}" is not a URL (expected http://…, https://… or urn:…)`;
  }
  try {
    const url = new URL(text);
    return url.hostname === '' ? `"${text.slice(0, 80)}" has no host name` : null;
  } catch {
    return `"${text.slice(0, 80)}" is not a valid URL`;
  }
}
