import { describe, expect, it } from 'vitest';
import { attributes, htmlResources } from './html-resources.ts';

describe('htmlResources', () => {
  it('finds linked stylesheets, script srcs and modulepreloads, and nothing else', () => {
    const html = `<head><link rel="icon" href="/favicon.svg"><link rel="stylesheet" href="/_astro/a.css">
      <link rel=modulepreload href=/_astro/m.js><link rel="alternate" href="/en/"></head>
      <body><script src="/pagefind/ui.js" defer></script><script type="module" src="/_astro/b.js"></script></body>`;
    const found = htmlResources(html);
    expect(found.stylesheets).toEqual(['/_astro/a.css']);
    expect(found.scripts).toEqual(['/_astro/m.js', '/pagefind/ui.js', '/_astro/b.js']);
  });

  it('moves inline scripts and styles out of the markup so their bytes count once', () => {
    const html = '<style>body{color:red}</style><script type="module">import"./x.js";go()</script><p>hi</p>';
    const found = htmlResources(html);
    expect(found.inlineStyles).toEqual(['body{color:red}']);
    expect(found.inlineScripts).toEqual([{ code: 'import"./x.js";go()', module: true }]);
    expect(found.markup).toBe('<style></style><script type="module"></script><p>hi</p>');
  });

  it('keeps JSON-LD in the markup: it is data, not code the browser runs', () => {
    const html = '<script type="application/ld+json">{"@type":"Museum"}</script><script>run()</script>';
    const found = htmlResources(html);
    expect(found.inlineScripts).toEqual([{ code: 'run()', module: false }]);
    expect(found.markup).toContain('{"@type":"Museum"}');
  });

  it('ignores tags inside comments, which the browser never loads', () => {
    expect(htmlResources('<!-- <script src="/old.js"></script> -->').scripts).toEqual([]);
  });
});

describe('attributes', () => {
  it('reads quoted, unquoted and bare attributes, decoding &amp;', () => {
    expect(attributes(` rel="stylesheet" href='/a.css?v=1&amp;x=2' media=print defer`)).toEqual({
      rel: 'stylesheet',
      href: '/a.css?v=1&x=2',
      media: 'print',
      defer: '',
    });
  });
});
