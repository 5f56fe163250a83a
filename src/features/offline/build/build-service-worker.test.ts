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
    ['404.html', '<p>404</p>'],
    ['favicon.svg', '<svg/>'],
    ['icons/icon-192.png', 'png'],
    ['x/codes.json', '{}'],
    ['vi/offline/index.html', 'vi'],
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
  it('precaches the app shell and nothing heavy', async () => {
    const dist = site((d) => writeFileSync(join(d, '_astro', 'zxing_reader.def.wasm'), 'wasm'));
    const { precached } = await buildServiceWorker(SOURCE, dist, ['vi', 'en']);
    expect([...precached].sort()).toEqual([
      '/404.html',
      '/_astro/player.abc123.js',
      '/_astro/site.abc123.css',
      '/en/manifest.webmanifest',
      '/en/offline/index.html',
      '/favicon.svg',
      '/icons/icon-192.png',
      '/vi/manifest.webmanifest',
      '/vi/offline/index.html',
      '/x/codes.json',
    ]);
    expect(readFileSync(join(dist, 'sw.js'), 'utf8')).toContain('vi/offline/index.html');
  });

  it('fails the build when a shell file is too big to precache, naming it', async () => {
    const dist = site((d) => writeFileSync(join(d, '_astro', 'huge.abc123.js'), 'x'.repeat(600 * 1024)));
    await expect(buildServiceWorker(SOURCE, dist, ['vi', 'en'])).rejects.toThrow(
      /app shell is incomplete.*huge\.abc123\.js/,
    );
  });

  it('fails the build when an expected shell file is missing', async () => {
    const dist = site((d) => rmSync(join(d, 'en', 'offline'), { recursive: true }));
    await expect(buildServiceWorker(SOURCE, dist, ['vi', 'en'])).rejects.toThrow(/en\/offline\/index\.html/);
  });
});
