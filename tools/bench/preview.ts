import { loadCatalog } from '../../src/content/loader/load-catalog.ts';
import { serveSite } from '../serve/static-site.ts';

export type Preview = { origin: string; stop: () => Promise<void> };

/**
 * Serves the build in `distDir` with the project's own static server (byte ranges, production cache
 * headers, localized 404s: what deploy serves), in this process, on a free port of 127.0.0.1.
 */
export async function startPreview(projectRoot: string, distDir: string): Promise<Preview> {
  const { languages } = loadCatalog(projectRoot).site;
  const server = await serveSite(distDir, languages);
  return { origin: server.origin, stop: server.close };
}
