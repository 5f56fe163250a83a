import { describe, expect, it } from 'vitest';
import { unsafeMarkup } from './unsafe-markup.ts';

const fragment = { allowScripts: false, idPrefix: 'c-' };

describe('unsafeMarkup', () => {
  it('finds each way markup can run code (so the corpus tests can fail)', () => {
    expect(unsafeMarkup('<script>alert(1)</script>', fragment)).toHaveLength(2);
    expect(unsafeMarkup('<img src=x onerror=alert(1)>', fragment)).toHaveLength(1);
    expect(unsafeMarkup('<a href="java&#x09;script:alert(1)">x</a>', fragment)).toHaveLength(1);
    expect(unsafeMarkup('<a href="&#106;avascript:alert(1)">x</a>', fragment)).toHaveLength(1);
    expect(unsafeMarkup("<img src='data:image/svg+xml;base64,AAAA'>", fragment)).toHaveLength(1);
    expect(unsafeMarkup('<iframe srcdoc="x"></iframe>', fragment).length).toBeGreaterThan(0);
    expect(unsafeMarkup('<h2 id="content">x</h2>', fragment)).toHaveLength(1);
    expect(unsafeMarkup('<div style="background:url(javascript:x)">', fragment)).toHaveLength(1);
  });
  it('passes escaped text and ordinary markup', () => {
    const html = '<p>&lt;script&gt;alert(1)&lt;/script&gt; <a href="https://example.vn/">ok</a> <em>x</em></p>';
    expect(unsafeMarkup(html, fragment)).toEqual([]);
    expect(unsafeMarkup('<h2 id="c-intro">x</h2>', fragment)).toEqual([]);
    expect(unsafeMarkup('<script type="module" src="/_astro/a.js"></script>', { allowScripts: true })).toEqual([]);
  });
});

describe('a page that forwards a moved address', () => {
  const page = { allowScripts: true, allowSiteForwards: true };
  it('may refresh to a path of this site', () => {
    expect(unsafeMarkup('<meta http-equiv="refresh" content="0; url=/vi/map/ha-long/">', page)).toEqual([]);
  });
  it('never to another site, another scheme, or from content', () => {
    expect(unsafeMarkup('<meta http-equiv="refresh" content="0; url=//evil.example/">', page)).toHaveLength(1);
    expect(unsafeMarkup('<meta http-equiv="refresh" content="0; url=javascript:alert(1)">', page)).toHaveLength(1);
    expect(unsafeMarkup('<meta http-equiv="refresh" content="0; url=https://evil.example/">', page)).toHaveLength(1);
    expect(unsafeMarkup('<meta http-equiv="refresh" content="0; url=/vi/">', fragment)).toHaveLength(1);
  });
});

describe('unsafeMarkup reads the document in order', () => {
  it('takes a "<" inside a quoted attribute as text, not as a tag', () => {
    const page = `<meta property="og:title" content="<script>alert('xss')</script>"><p>x</p>`;
    expect(unsafeMarkup(page, { allowScripts: true })).toEqual([]);
  });
  it('reads what a real script element runs', () => {
    expect(unsafeMarkup("<script>alert('xss')</script>", { allowScripts: true })).toHaveLength(1);
  });
});
