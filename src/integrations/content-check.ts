import type { AstroIntegration } from 'astro';
import { checkContent } from '../lib/content/check-content.ts';

/**
 * Validates content/ before Astro renders a single page, so a malformed file stops the build with the
 * file, the field and what was expected, instead of a stack trace from the middle of a page.
 */
export function contentCheck(): AstroIntegration {
  return {
    name: 'museum-guide:content-check',
    hooks: {
      'astro:build:start': async ({ logger }) => {
        // astro:build:start runs before Astro empties outDir: a refused file leaves the last good
        // site in place, never a partial one.
        const catalog = await checkContent(process.cwd());
        logger.info(`content is valid: ${catalog.exhibits.length} exhibits, ${catalog.places.length} places`);
      },
    },
  };
}
