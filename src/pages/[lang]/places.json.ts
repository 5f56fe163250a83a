import type { APIRoute } from 'astro';
import { getCatalog } from '../../lib/content/catalog.ts';
import { encodePlaces } from '../../lib/places/encode-places.ts';
import { todayIn } from '../../lib/places/freshness.ts';
import { languagePaths } from '../../lib/static-paths.ts';
import type { Language } from '../../schemas/language.ts';

export const getStaticPaths = languagePaths;

/** The places as the map loads them, compact, in the page's language (see src/lib/map/compact-places.ts). */
export const GET: APIRoute = ({ params }) => {
  const catalog = getCatalog();
  const doc = encodePlaces(catalog, params.lang as Language, todayIn(catalog.site.timezone));
  return new Response(JSON.stringify(doc), { headers: { 'Content-Type': 'application/json' } });
};
