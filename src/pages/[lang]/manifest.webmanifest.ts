import { getCatalog } from '../../lib/content/catalog.ts';
import { webAppManifest } from '../../lib/offline/web-app-manifest.ts';
import { languagePaths } from '../../lib/static-paths.ts';
import type { Language } from '../../schemas/language.ts';

export const getStaticPaths = languagePaths;

export function GET({ params }: { params: { lang: Language } }): Response {
  return new Response(JSON.stringify(webAppManifest(getCatalog().site, params.lang)), {
    headers: { 'Content-Type': 'application/manifest+json' },
  });
}
