import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { htmlFileFor, pageBytes } from './page-bytes.ts';
import { sizesOf } from './sizes.ts';

let dist = '';
const put = (path: string, text: string) => {
  mkdirSync(dirname(join(dist, path)), { recursive: true });
  writeFileSync(join(dist, path), text);
};

beforeAll(() => {
  dist = mkdtempSync(join(tmpdir(), 'page-bytes-'));
  put('/_astro/site.css', 'body{margin:0}'.repeat(50));
  put('/_astro/page.js', 'import{u}from"./shared.js";import"./side.js";u();');
  put('/_astro/shared.js', 'import"./page.js";export const u=()=>1;'); // a cycle back to page.js
  put('/_astro/side.js', 'console.log(1)');
  put('/_astro/lazy.js', 'never loaded up front');
  put(
    '/vi/exhibits/drum/index.html',
    '<link rel="stylesheet" href="/_astro/site.css"><script type="module" src="/_astro/page.js"></script>' +
      '<script type="module">import"/_astro/shared.js";import("/_astro/lazy.js")</script><h1>Trống đồng</h1>',
  );
  put('/vi/broken/index.html', '<script src="/_astro/gone.js"></script>');
});

afterAll(() => rmSync(dist, { recursive: true, force: true }));

describe('pageBytes', () => {
  it('follows static imports once each, skipping dynamic ones', () => {
    const bytes = pageBytes(dist, '/vi/exhibits/drum/');
    expect(bytes.files).toEqual([
      '/vi/exhibits/drum/index.html',
      '/_astro/site.css',
      '/_astro/page.js',
      '/_astro/shared.js',
      '/_astro/side.js',
    ]);
  });

  it('counts CSS and JS by file and keeps inline code out of the HTML count', () => {
    const bytes = pageBytes(dist, '/vi/exhibits/drum/');
    expect(bytes.css).toEqual(sizesOf('body{margin:0}'.repeat(50)));
    const markup =
      '<link rel="stylesheet" href="/_astro/site.css"><script type="module" src="/_astro/page.js"></script>' +
      '<script type="module"></script><h1>Trống đồng</h1>';
    expect(bytes.html).toEqual(sizesOf(markup));
    expect(bytes.total.raw).toBe(bytes.html.raw + bytes.css.raw + bytes.js.raw);
    expect(bytes.total.brotli).toBe(bytes.html.brotli + bytes.css.brotli + bytes.js.brotli);
  });

  it('refuses a page whose script is missing, naming it, instead of counting zero bytes', () => {
    expect(() => pageBytes(dist, '/vi/broken/')).toThrow(/\/_astro\/gone\.js .*\/vi\/broken\//);
  });
});

describe('htmlFileFor', () => {
  it('maps page paths to the files a static host serves', () => {
    expect(htmlFileFor('/vi/')).toBe('/vi/index.html');
    expect(htmlFileFor('/')).toBe('/index.html');
    expect(htmlFileFor('/x/qn-101')).toBe('/x/qn-101/index.html');
    expect(htmlFileFor('/404.html')).toBe('/404.html');
  });
});
