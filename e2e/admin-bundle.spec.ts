import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from './support/test.ts';
import { htmlFiles } from './support/payload-site.ts';
import { precacheOf } from './support/build-next.ts';

/*
 * The editor is 7 MB of JavaScript (Decap CMS with its React, editors and backends): it must stay on
 * /admin/, served by the site itself, and never reach a visitor's page or the offline precache.
 */
const KB = 1024;

test('/admin/ is served by the site itself: its own script and stylesheet, no CDN', async ({ request }) => {
  const html = await (await request.get('/admin/')).text();
  const sources = [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1] ?? '');
  expect(sources.filter((s) => /^(?:https?:)?\/\//.test(s))).toEqual([]);
  expect(sources.some((s) => s.startsWith('/admin/cms.js'))).toBe(true);
  const script = await request.get('/admin/cms.js');
  expect(script.ok()).toBe(true);
  expect((await script.body()).byteLength).toBeGreaterThan(1000 * KB);
  const config = JSON.parse(
    /<script type="application\/json" id="cms-payload">([\s\S]*?)<\/script>/.exec(html)?.[1] ?? '{}',
  );
  expect(config.config.collections.map((c: { name: string }) => c.name)).toEqual([
    'places',
    'experts',
    'destinations',
    'museums',
    'galleries',
    'exhibits',
    'settings',
  ]);
});

test('no public page loads anything of the editor', () => {
  const pages = htmlFiles('dist').filter((f) => !f.startsWith(join('dist', 'admin')));
  expect(pages.length).toBeGreaterThan(100);
  // Links into the editor load nothing of it: the editors' home (href="/admin/") and the reports view's
  // "edit this listing" addresses (/admin/#/collections/…).
  const offenders = pages.filter((f) =>
    /\/admin\/|decap/i.test(
      readFileSync(f, 'utf8')
        .replace(/href="\/admin\/"/g, '')
        .replace(/\/admin\/#\/collections\//g, ''),
    ),
  );
  expect(offenders).toEqual([]);
  // And no chunk Vite built for the public pages holds Decap's code.
  for (const file of readdirJs('dist/_astro')) {
    expect(readFileSync(file, 'utf8').includes('decap-cms'), file).toBe(false);
  }
});

test('the service worker precaches nothing of the editor', () => {
  const precached = [...precacheOf('dist').keys()];
  expect(precached.length).toBeGreaterThan(5); // the shell is there (10 files since issue 13 made it small)
  expect(precached.filter((url) => url.startsWith('/admin'))).toEqual([]);
});

function readdirJs(dir: string): string[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.js'))
    .map((f) => join(dir, f));
}
