import type { AstroIntegration } from 'astro';
import { keepCheckedCatalog } from '../content/catalog.ts';
import { checkContent } from '../content/loader/check-content.ts';
import { ContentError } from '../content/loader/problems.ts';

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
        try {
          const catalog = await checkContent(process.cwd());
          keepCheckedCatalog(catalog);
          logger.info(`content is valid: ${catalog.exhibits.length} exhibits, ${catalog.places.length} places`);
        } catch (error) {
          if (!(error instanceof ContentError)) throw error;
          // The editor needs the files and fields, not Astro's stack trace of our own check: say them
          // and stop here, exit code 1, before anything is written.
          logger.error(error.message);
          process.exit(1);
        }
      },
    },
  };
}
