import { describe, expect, it } from 'vitest';
import { urlProblem } from './check-url.js';

describe('urlProblem', () => {
  it('accepts http and https URLs with a host, and URNs', () => {
    expect(urlProblem('https://www.europesun.com/news/271973430/nato')).toBeNull();
    expect(urlProblem('http://example.org')).toBeNull();
    expect(urlProblem('urn:reuters21578:1')).toBeNull();
    expect(urlProblem('urn:x:1')).toBeNull();
  });

  it('names what is wrong with anything else', () => {
    expect(urlProblem('')).toMatch(/empty/);
    expect(urlProblem('www.example.org/a')).toMatch(/not a URL/);
    expect(urlProblem('ftp://example.org/a')).toMatch(/not a URL/);
    expect(urlProblem('https://exa mple.org')).toMatch(/white space/);
    expect(urlProblem('urn:reuters21578')).toMatch(/not a URN/);
    expect(urlProblem('The first paragraph, where the URL should be.')).toMatch(/white space/);
  });
});
