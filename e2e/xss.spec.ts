import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from './support/test.ts';
import { unsafeMarkup } from '../src/content/markdown/unsafe-markup.ts';
import { buildSite, htmlFiles, payloadSite, XSS_PAYLOADS } from './support/payload-site.ts';
import { t } from './support/catalog.ts';

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
    unsafeMarkup(readFileSync(file, 'utf8'), { allowScripts: true, allowSiteForwards: true }).map(
      (p) => `${file}: ${p}`,
    ),
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

// The demo content is complete in all six languages, so a missing translation is shown here, in the
// small fixture site built above: its exhibit bronze-drum has Vietnamese and English texts, no Chinese.
test('a missing translation falls back along the chain and says so in the visitor language', async ({ page }) => {
  // Served from the fixture's dist/ by the browser's own router: no second web server.
  await page.route('http://fixture.test/**', (route) => {
    const path = decodeURIComponent(new URL(route.request().url()).pathname);
    const file = join(root, 'dist', path.endsWith('/') ? `${path}index.html` : path);
    if (!existsSync(file)) return route.fulfill({ status: 404, body: '' });
    return route.fulfill({ path: file });
  });
  await page.goto('http://fixture.test/zh/exhibits/bronze-drum/');
  await expect(page.locator('[data-fallback]')).toHaveText(
    t('zh')('fallback.notice', { requested: t('zh')('lang.name'), shown: t('en')('lang.name') }),
  );
  await expect(page.getByRole('heading', { level: 1 })).toHaveAttribute('lang', 'en');
  // The interface around the text stays Chinese.
  await expect(page.getByRole('navigation', { name: t('zh')('nav.main') })).toBeVisible();
});
