import type { AstroIntegration } from 'astro';
import { checkNarrationMedia } from '../lib/content/check-media.ts';
import { loadCatalog } from '../lib/content/load-catalog.ts';
import { ContentError } from '../lib/content/problems.ts';
import { loadScenes } from '../lib/scenes/load-scenes.ts';

/**
 * Validates content/ before Astro renders a single page, so a malformed file stops the build with the
 * file, the field and what was expected, instead of a stack trace from the middle of a page.
 */
export function contentCheck(): AstroIntegration {
  return {
    name: 'museum-guide:content-check',
    hooks: {
      'astro:build:start': async ({ logger }) => {
        const catalog = loadCatalog(process.cwd());
        loadScenes(process.cwd(), catalog);
        const mediaProblems = await checkNarrationMedia(catalog, process.cwd());
        if (mediaProblems.length > 0) throw new ContentError(mediaProblems);
        logger.info(`content is valid: ${catalog.exhibits.length} exhibits, ${catalog.places.length} places`);
      },
    },
  };
}
