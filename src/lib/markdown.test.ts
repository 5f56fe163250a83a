import { describe, expect, it } from 'vitest';
import { renderMarkdown } from './markdown.ts';

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
  it('refuses javascript: links', () => {
    expect(renderMarkdown('[click](javascript:alert(1))')).not.toContain('href="javascript:');
  });
});
