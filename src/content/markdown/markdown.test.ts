import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isSafeDestination, renderMarkdown } from './markdown.ts';
import { unsafeMarkup } from './unsafe-markup.ts';

const corpus = readFileSync(join(import.meta.dirname, '..', '..', '..', 'test', 'fixtures', 'xss-payloads.txt'), 'utf8')
  .split('\n')
  .filter(Boolean);

describe('renderMarkdown', () => {
  it('renders paragraphs and emphasis', () => {
    expect(renderMarkdown('The *Trần* dynasty.\n\nSecond.')).toBe(
      '<p>The <em>Trần</em> dynasty.</p>\n<p>Second.</p>\n',
    );
  });
  it('shows raw HTML as text instead of running it', () => {
    const html = renderMarkdown('<script>alert(1)</script> <img src=x onerror=alert(1)>');
    expect(html).not.toContain('<script');
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;script&gt;');
  });
  it.each(corpus)('renders the XSS payload %s harmlessly', (payload) => {
    for (const source of [payload, `Intro\n\n${payload}\n\nOutro`, `- ${payload}`, `> ${payload}`, `## ${payload}`]) {
      expect(unsafeMarkup(renderMarkdown(source), { allowScripts: false, idPrefix: 'c-' })).toEqual([]);
    }
  });
  it('keeps ordinary links and local images, marks links to other sites noopener', () => {
    const html = renderMarkdown('[map](https://example.vn/map) [call](tel:+842033825031) ![drum](/images/drum.svg)');
    expect(html).toContain('<a href="https://example.vn/map" rel="noopener noreferrer">map</a>');
    expect(html).toContain('href="tel:+842033825031"');
    expect(html).toContain('<img src="/images/drum.svg" alt="drum">');
  });
  it('drops images from other sites (no request may leave the origin) and keeps their text', () => {
    expect(renderMarkdown('![a tracker](https://evil.example/t.png)')).toBe('<p>a tracker</p>\n');
  });
});

describe('isSafeDestination', () => {
  it.each([
    ['https://example.vn/', true],
    ['/vi/places/', true],
    ['#map', true],
    ['mailto:a@example.vn', true],
    ['javascript:alert(1)', false],
    [' JAVA\tSCRIPT:alert(1)', false],
    ['data:text/html,x', false],
    ['vbscript:x', false],
    ['//evil.example/', false],
  ])('%s → %s', (url, safe) => {
    expect(isSafeDestination(url)).toBe(safe);
  });
});
