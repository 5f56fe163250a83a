import type { AstroIntegration } from 'astro';
import { loadCatalog } from '../lib/content/load-catalog.ts';

/**
 * Validates content/ before Astro renders a single page, so a malformed file stops the build with the
 * file, the field and what was expected, instead of a stack trace from the middle of a page.
 */
export function contentCheck(): AstroIntegration {
  return {
    name: 'museum-guide:content-check',
    hooks: {
      'astro:build:start': ({ logger }) => {
        const catalog = loadCatalog(process.cwd());
        logger.info(`content is valid: ${catalog.exhibits.length} exhibits, ${catalog.places.length} places`);
      },
    },
  };
}
