import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { getManifest, injectManifest } from 'workbox-build';
import { appShell, PRECACHE_FILE_LIMIT } from './app-shell.ts';

/**
 * Bundles the service worker source and lets workbox-build inject the app-shell precache list into
 * `{dist}/sw.js`. workbox-build drops files over the size limit with only a warning; here every
 * warning (a dropped file, a pattern that matched nothing) is an error, so no build ships an
 * incomplete shell. Returns the precached addresses.
 */
export async function buildServiceWorker(
  swSource: string,
  dist: string,
  languages: readonly string[],
  defaultLanguage: string,
): Promise<{ count: number; bytes: number; precached: Set<string> }> {
  const work = mkdtempSync(join(tmpdir(), 'sw-'));
  try {
    const swSrc = join(work, 'sw.js');
    await build({
      entryPoints: [swSource],
      bundle: true,
      format: 'iife',
      minify: true,
      target: 'es2022',
      outfile: swSrc,
      define: {
        'process.env.NODE_ENV': '"production"',
        OFFLINE_LANGUAGES: JSON.stringify(languages),
        DEFAULT_LANGUAGE: JSON.stringify(defaultLanguage),
      },
      logLevel: 'silent',
    });
    const shell = {
      globDirectory: dist,
      // Exact paths, each a pattern that must match (a miss is a warning, hence an error below).
      globPatterns: appShell(dist, defaultLanguage).map((file) => file.replace(/[[\]{}()*?!+@]/g, '\\$&')),
      maximumFileSizeToCacheInBytes: PRECACHE_FILE_LIMIT,
      dontCacheBustURLsMatching: /^_astro\//,
    };
    const { count, size, warnings } = await injectManifest({ ...shell, swSrc, swDest: join(dist, 'sw.js') });
    if (warnings.length > 0) throw new Error(`service worker: the app shell is incomplete: ${warnings.join('; ')}`);
    const { manifestEntries } = await getManifest(shell);
    return { count, bytes: size, precached: new Set<string>((manifestEntries ?? []).map((entry) => `/${entry.url}`)) };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
