import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { headerRules, renderHeadersFile } from '../features/deploy/headers-file.ts';
import { readDeploySettings } from '../features/deploy/site-settings.ts';
import { fileExtensions } from '../features/deploy/file-extensions.ts';

/**
 * Writes dist/_headers for static hosts (Netlify, Cloudflare Pages): the security and cache headers
 * deploy/nginx.conf sends, generated from src/features/deploy/ so the two cannot drift apart.
 */
export function deployHeaders(): AstroIntegration {
  return {
    name: 'museum-guide:deploy-headers',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const { languages } = readDeploySettings(process.cwd());
        const extensions = fileExtensions(fileURLToPath(dir));
        writeFileSync(new URL('_headers', dir), renderHeadersFile(headerRules(languages, extensions)));
        logger.info(`wrote ${fileURLToPath(new URL('_headers', dir))}`);
      },
    },
  };
}
