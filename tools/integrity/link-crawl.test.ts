import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { builtPages, onePagePerType } from './built-pages.ts';
import { brokenLinks, internalLinks } from './link-crawl.ts';

const dist = mkdtempSync(join(tmpdir(), 'crawl-'));
afterAll(() => rmSync(dist, { recursive: true, force: true }));

function page(path: string, html: string) {
  mkdirSync(join(dist, path, '..'), { recursive: true });
  writeFileSync(join(dist, path), html);
}

page('/index.html', '<a href="/en/">en</a><a href="/fr/">fr</a><a href="https://example.org/x">off</a>');
page(
  '/en/index.html',
  '<a href="exhibits/a/">a</a><img src="/img/a.png" srcset="/img/a.png 1x, /img/a@2x.png 2x"><a href="#top">top</a>',
);
page(
  '/en/exhibits/a/index.html',
  '<a href="../b/">b</a><link rel="manifest" href="/en/manifest.webmanifest?v=1"><a href="/en">en</a>',
);
page(
  '/en/exhibits/b/index.html',
  '<a href="mailto:x@y.z">mail</a><script>const s = "<a href=\\"/nowhere/\\">";</script>',
);
page('/en/manifest.webmanifest', '{}');
page('/img/a.png', 'png');

describe('brokenLinks', () => {
  it('finds each link no file answers, naming the page and the link as written', () => {
    expect(brokenLinks(dist, builtPages(dist))).toEqual([
      { page: '/en/index.html', link: '/img/a@2x.png' },
      { page: '/index.html', link: '/fr/' },
    ]);
  });
});

describe('internalLinks', () => {
  it('keeps addresses on the site, without query or fragment, and skips other schemes and script text', () => {
    expect(
      internalLinks(
        '<a href="/a/?q=1#x">a</a><a href="tel:+84">t</a><img src="data:image/png;base64,AA"><a href="b&amp;c/">b</a>',
      ),
    ).toEqual(['/a/', 'b&c/']);
  });
});

describe('onePagePerType', () => {
  it('takes one page per kind of page and language, whatever the id', () => {
    const pages = [
      '/404.html',
      '/en/exhibits/a/index.html',
      '/en/exhibits/b/index.html',
      '/en/exhibits/index.html',
      '/fr/exhibits/a/index.html',
      '/x/qn-1/index.html',
      '/x/qn-2/index.html',
    ];
    expect(onePagePerType(pages, ['en', 'fr'])).toEqual([
      '/404.html',
      '/en/exhibits/a/index.html',
      '/en/exhibits/index.html',
      '/fr/exhibits/a/index.html',
      '/x/qn-1/index.html',
    ]);
  });
});
