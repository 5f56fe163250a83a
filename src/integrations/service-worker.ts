import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { getCatalog } from '../content/catalog.ts';
import { getScenes } from '../content/scenes/scenes.ts';
import { buildServiceWorker } from '../features/offline/build/build-service-worker.ts';
import { writePackManifests } from '../features/offline/build/write-packs.ts';

/**
 * After the site is built: dist/sw.js with the app-shell precache (injectManifest), then the offline
 * packs' manifests (dist/offline/packs/), which leave out what the shell already holds.
 */
export function serviceWorker(): AstroIntegration {
  return {
    name: 'museum-guide:service-worker',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const dist = fileURLToPath(dir);
        const catalog = getCatalog();
        const source = fileURLToPath(new URL('../features/offline/sw/sw.ts', import.meta.url));
        const { count, bytes, precached } = await buildServiceWorker(
          source,
          dist,
          catalog.site.languages,
          catalog.site.defaultLanguage,
        );
        logger.info(`service worker: ${count} files precached (${Math.round(bytes / 1024)} KB before compression)`);
        const packs = writePackManifests(dist, catalog, precached, getScenes());
        logger.info(`offline packs: ${packs.map((p) => `${p.id} ${Math.round(p.bytes / 1024)} KB`).join(', ')}`);
      },
    },
  };
}
