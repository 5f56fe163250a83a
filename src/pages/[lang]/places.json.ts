import type { APIRoute } from 'astro';
import { getCatalog } from '../../content/catalog.ts';
import { encodePlaces } from '../../features/map/encode-places.ts';
import { todayIn } from '../../features/places/freshness.ts';
import { languagePaths } from '../../content/static-paths.ts';
import type { Language } from '../../content/schemas/language.ts';

export const getStaticPaths = languagePaths;

/** The places as the map loads them, compact, in the page's language (see src/features/map/compact-places.ts). */
export const GET: APIRoute = ({ params }) => {
  const catalog = getCatalog();
  const doc = encodePlaces(catalog, params.lang as Language, todayIn(catalog.site.timezone));
  return new Response(JSON.stringify(doc), { headers: { 'Content-Type': 'application/json' } });
};
