import { getCatalog } from '../../content/catalog.ts';
import { webAppManifest } from '../../features/offline/build/web-app-manifest.ts';
import { languagePaths } from '../../content/static-paths.ts';
import type { Language } from '../../content/schemas/language.ts';

export const getStaticPaths = languagePaths;

export function GET({ params }: { params: { lang: Language } }): Response {
  return new Response(JSON.stringify(webAppManifest(getCatalog().site, params.lang)), {
    headers: { 'Content-Type': 'application/manifest+json' },
  });
}
