import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from './support/test.ts';
import { unsafeMarkup } from '../src/content/markdown/unsafe-markup.ts';
import { buildSite, htmlFiles, payloadSite, XSS_PAYLOADS } from './support/payload-site.ts';

/*
 * The XSS corpus (test/fixtures/xss-payloads.txt) through every field that reaches a page: a small
 * site whose names, titles, summaries, addresses, alt texts, status notes, expert roles and beats, site
 * name and tagline each hold a payload, and whose Markdown bodies hold all of them, is built for real
 * (`astro build`); no page of it may carry a script the content wrote, an event handler or a
 * javascript:/data:/vbscript: URL. The unit test (src/content/markdown/markdown.test.ts) covers the renderer alone.
 */
test.describe.configure({ timeout: 300_000 });

let root = '';
test.beforeAll(() => {
  test.setTimeout(300_000);
  root = payloadSite();
  buildSite(root);
});
test.afterAll(() => {
  if (root) rmSync(root, { recursive: true, force: true });
});

test('no page built from payload content can run the payloads', () => {
  const files = htmlFiles(join(root, 'dist'));
  expect(files.length).toBeGreaterThan(20);
  const problems = files.flatMap((file) =>
    unsafeMarkup(readFileSync(file, 'utf8'), { allowScripts: true }).map((p) => `${file}: ${p}`),
  );
  expect(problems).toEqual([]);
});

test('the payloads did reach the pages, as text', () => {
  const place = readFileSync(join(root, 'dist/vi/places/squid-cake-shop/index.html'), 'utf8');
  const exhibit = readFileSync(join(root, 'dist/en/exhibits/bronze-drum/index.html'), 'utf8');
  for (const html of [place, exhibit]) {
    expect(html).toContain('&lt;script&gt;alert(');
    expect(html).toContain('&lt;img src=x onerror=alert(');
  }
  expect(XSS_PAYLOADS.length).toBeGreaterThan(40);
});
