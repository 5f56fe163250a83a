import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { getCatalog } from '../content/catalog.ts';
import { writeZoomTiles } from '../features/media/build/zoom-tiles.ts';

/** After the pages: deep-zoom tiles of large photographs into dist/zoom/, before the offline packs list files. */
export function photoZoom(): AstroIntegration {
  return {
    name: 'museum-guide:photo-zoom',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const { made, copied } = await writeZoomTiles(process.cwd(), fileURLToPath(dir), getCatalog());
        const seconds = ((performance.now() - started) / 1000).toFixed(1);
        logger.info(`deep-zoom tiles: ${copied} photo(s), ${made} cut anew, in ${seconds} s`);
      },
    },
  };
}
