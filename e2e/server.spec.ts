import type { Page } from '@playwright/test';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { headerRules, renderHeadersFile } from '../src/features/deploy/headers-file.ts';
import { responseHeaders } from '../src/features/deploy/response-headers.ts';
import { startNginx } from '../tools/serve/nginx.ts';
import { FILE_POLICY } from '../src/features/deploy/content-security-policy.ts';
import { fileExtensions } from '../src/features/deploy/file-extensions.ts';
import { serveSite } from '../tools/serve/static-site.ts';
import { catalog, site } from './support/catalog.ts';
import { expect, test } from './support/test.ts';
import { nodeServerChosen } from './support/web-server.ts';

// The server the browser tests run against is nginx with deploy/nginx.conf (see playwright.config.ts);
// these check, over HTTP, what that file promises the museum's IT person.

const exhibit = catalog.exhibits[0]!;
const mp3 = readdirSync('dist/audio/exhibits').find((f) => f.endsWith('.mp3'));
const asset = readdirSync('dist/_astro').find((f) => f.endsWith('.js'));

test('each kind of path gets the headers of the table in src/features/deploy/', async ({ request }) => {
  const paths = [
    '/',
    '/en/',
    `/vi/exhibits/${exhibit.id}/`,
    '/vi/scan/',
    '/en/scan/',
    `/_astro/${asset}`,
    '/sw.js',
    '/en/manifest.webmanifest',
    '/en/nope/',
  ];
  for (const path of paths) {
    const headers = (await request.get(path)).headers();
    for (const [name, value] of Object.entries(responseHeaders(path)))
      expect(headers[name.toLowerCase()], `${path} ${name}`).toBe(value);
  }
});

test('an unknown address answers 404 with the not-found page in the language of its folder', async ({ request }) => {
  for (const lang of site.languages) {
    const response = await request.get(`/${lang}/nope/`);
    expect(response.status()).toBe(404);
    expect(await response.text()).toMatch(new RegExp(`<html lang="[^"]*" data-lang="${lang}"`));
  }
  const elsewhere = await request.get('/nope/');
  expect(elsewhere.status()).toBe(404);
  expect(await elsewhere.text()).toBe(readFileSync('dist/404.html', 'utf8'));
});

test('audio answers byte ranges, so narration seeks without downloading it all', async ({ request }) => {
  const response = await request.get(`/audio/exhibits/${mp3}`, { headers: { Range: 'bytes=100-199' } });
  expect(response.status()).toBe(206);
  expect(response.headers()['content-range']).toMatch(/^bytes 100-199\/\d+$/);
  expect((await response.body()).length).toBe(100);
});

test('text is compressed on the way out', async ({ request }) => {
  const response = await request.get('/en/', { headers: { 'Accept-Encoding': 'gzip' } });
  expect(response.headers()['content-encoding']).toBe('gzip');
});

test('a folder without its slash is redirected to it on the same host and port', async ({ request }) => {
  const response = await request.get('/en', { maxRedirects: 0 });
  expect(response.status()).toBe(301);
  expect(response.headers().location).toBe('/en/');
});

test('dist/_headers for static hosts is the one generated from the same table', () => {
  expect(readFileSync('dist/_headers', 'utf8')).toBe(
    renderHeadersFile(headerRules(site.languages, fileExtensions('dist'))),
  );
});

test.describe('with nginx on a folder holding one file of each type', () => {
  test.skip(nodeServerChosen(), 'E2E_SERVER=node: the Node server is not nginx');
  const root = join('.tmp', 'nginx-types-root');
  const types: Record<string, string> = {
    'app.webmanifest': 'application/manifest+json',
    'captions.vtt': 'text/vtt',
    'model.glb': 'model/gltf-binary',
    'decoder.wasm': 'application/wasm',
    'tiles/0/0/0.pbf': 'application/x-protobuf',
    'audio/exhibits/a.webm': 'audio/webm',
    'audio/exhibits/a.mp3': 'audio/mpeg',
    'audio/exhibits/a.opus': 'audio/ogg',
    'video.webm': 'video/webm',
  };

  test('each file is served with its proper type', async ({ request }, testInfo) => {
    rmSync(root, { recursive: true, force: true });
    for (const file of Object.keys(types)) {
      mkdirSync(join(root, file, '..'), { recursive: true });
      writeFileSync(join(root, file), 'x'.repeat(1000));
    }
    writeFileSync(join(root, 'index.html'), '<!doctype html><title>t</title>');
    const port = 4700 + testInfo.workerIndex;
    const server = await startNginx({ projectRoot: process.cwd(), root, port, prefix: join('.tmp', `nginx-${port}`) });
    try {
      for (const [file, type] of Object.entries(types)) {
        const response = await request.get(`${server.origin}/${file}`);
        expect(response.status(), file).toBe(200);
        expect(response.headers()['content-type']?.split(';')[0], file).toBe(type);
      }
    } finally {
      await server.stop();
    }
  });
});

/** An SVG that marks itself when its script runs: a picture must never run code on the site's origin. */
const SCRIPTED_SVG = `<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10" onload="document.documentElement.setAttribute('data-onload','ran')"><script>document.documentElement.setAttribute('data-script','ran')</script><rect width="10" height="10" style="fill:red"/></svg>`;

test.describe('an SVG with a script, opened directly', () => {
  const root = join('.tmp', 'scripted-svg-root');
  test.beforeAll(() => {
    rmSync(root, { recursive: true, force: true });
    mkdirSync(join(root, 'images', 'uploads'), { recursive: true });
    writeFileSync(join(root, 'images', 'uploads', 'map.svg'), SCRIPTED_SVG);
    writeFileSync(join(root, 'index.html'), '<!doctype html><title>t</title>');
    writeFileSync(join(root, '404.html'), '<!doctype html><title>404</title>');
  });

  async function opensInert(page: Page, url: string) {
    const response = await page.goto(url);
    expect(response?.headers()['content-security-policy']).toBe(FILE_POLICY);
    expect(response?.headers()['content-type']).toMatch(/^image\/svg\+xml/);
    const svg = page.locator('svg');
    await expect(svg).toBeVisible();
    await page.waitForTimeout(300);
    expect(await svg.getAttribute('data-script')).toBeNull();
    expect(await svg.getAttribute('data-onload')).toBeNull();
  }

  test('runs nothing under nginx with deploy/nginx.conf', async ({ page }, testInfo) => {
    test.skip(nodeServerChosen(), 'E2E_SERVER=node: the Node server is not nginx');
    const port = Number(process.env.E2E_PORT ?? 4399) * 10 + 50 + testInfo.workerIndex;
    const server = await startNginx({ projectRoot: process.cwd(), root, port, prefix: join('.tmp', `nginx-${port}`) });
    try {
      await opensInert(page, `${server.origin}/images/uploads/map.svg`);
    } finally {
      await server.stop();
    }
  });

  test('runs nothing under npm run serve (the Node server)', async ({ page }) => {
    const server = await serveSite(root, site.languages);
    try {
      await opensInert(page, `${server.origin}/images/uploads/map.svg`);
    } finally {
      await server.close();
    }
  });
});
