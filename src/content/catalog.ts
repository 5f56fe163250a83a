import type { Catalog } from './schemas/catalog.ts';
import { scopeToVenue } from '../features/destinations/index.ts';
import { loadCatalog } from './loader/load-catalog.ts';

let cached: Catalog | undefined;

/**
 * The catalog the pages render. Read once per build; in development it is read again on every call so
 * an edit in the CMS shows on the next page load.
 */
export function getCatalog(options: { fresh?: boolean } = {}): Catalog {
  // A single-venue deployment (site.yaml `venue`) builds from the same content, scoped to its venue.
  if (!cached || options.fresh) cached = scopeToVenue(loadCatalog(process.cwd()));
  return cached;
}

/**
 * The content check at the start of a build has just read and checked the catalog: the build's other
 * integrations use that one instead of reading 100,000 files again.
 */
export function keepCheckedCatalog(catalog: Catalog): void {
  cached = scopeToVenue(catalog);
}
