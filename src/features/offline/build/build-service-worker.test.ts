import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { buildServiceWorker } from './build-service-worker.ts';

const SOURCE = join(import.meta.dirname, '..', 'sw', 'sw.ts');
const made: string[] = [];

/** A tiny built site with everything the app shell expects. */
function site(extra: (dist: string) => void = () => undefined): string {
  const dist = mkdtempSync(join(tmpdir(), 'dist-'));
  made.push(dist);
  for (const dir of ['_astro', 'icons', 'x', 'vi/offline', 'en/offline'])
    mkdirSync(join(dist, dir), { recursive: true });
  for (const [file, text] of [
    ['_astro/site.abc123.css', 'body{}'],
    ['_astro/player.abc123.js', 'export{}'],
    [
      '404.html',
      '<link rel="stylesheet" href="/_astro/site.abc123.css"><script type="module" src="/_astro/not-found.abc123.js"></script>',
    ],
    ['_astro/not-found.abc123.js', 'import"./short-codes.abc123.js";'],
    ['_astro/short-codes.abc123.js', 'export{}'],
    ['favicon.svg', '<svg/>'],
    ['icons/icon-192.png', 'png'],
    ['x/codes.json', '{}'],
    [
      'vi/offline/index.html',
      '<link rel="stylesheet" href="/_astro/site.abc123.css"><script type="module" src="/_astro/shell.abc123.js"></script>',
    ],
    ['_astro/shell.abc123.js', 'export{}'],
    ['en/offline/index.html', 'en'],
    ['vi/manifest.webmanifest', '{}'],
    ['en/manifest.webmanifest', '{}'],
  ])
    writeFileSync(join(dist, file as string), text as string);
  extra(dist);
  return dist;
}

afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('buildServiceWorker', () => {
  it('precaches the default offline page and the not-found page with what they load, and nothing else', async () => {
    const dist = site((d) => writeFileSync(join(d, '_astro', 'zxing_reader.def.wasm'), 'wasm'));
    const { precached } = await buildServiceWorker(SOURCE, dist, ['vi', 'en'], 'vi');
    expect([...precached].sort()).toEqual([
      '/404.html',
      '/_astro/not-found.abc123.js',
      '/_astro/shell.abc123.js',
      '/_astro/short-codes.abc123.js',
      '/_astro/site.abc123.css',
      '/favicon.svg',
      '/vi/offline/index.html',
      '/x/codes.json',
    ]);
    expect(readFileSync(join(dist, 'sw.js'), 'utf8')).toContain('vi/offline/index.html');
  });

  it('fails the build when a shell file is too big to precache, naming it', async () => {
    const dist = site((d) => writeFileSync(join(d, '_astro', 'shell.abc123.js'), 'x'.repeat(600 * 1024)));
    await expect(buildServiceWorker(SOURCE, dist, ['vi', 'en'], 'vi')).rejects.toThrow(
      /app shell is incomplete.*shell\.abc123\.js/,
    );
  });

  it('fails the build when an expected shell file is missing', async () => {
    const dist = site((d) => rmSync(join(d, 'vi', 'offline'), { recursive: true }));
    await expect(buildServiceWorker(SOURCE, dist, ['vi', 'en'], 'vi')).rejects.toThrow(/vi\/offline\/index\.html/);
  });
});
