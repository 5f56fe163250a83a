import type { APIRoute } from 'astro';
import { getCatalog } from '../../../../content/catalog.ts';
import { destinationPaths } from '../../../../content/static-paths.ts';
import type { Language } from '../../../../content/schemas/language.ts';
import { encodePlaces } from '../../../../features/map/encode-places.ts';
import { HOURS_WINDOW_DAYS } from '../../../../features/places/build.ts';
import { todayIn } from '../../../../features/places/freshness.ts';

export const getStaticPaths = destinationPaths;

/** A destination's places as its map loads them, compact, in the page's language (see src/features/map/compact-places.ts). */
export const GET: APIRoute = ({ params }) => {
  const catalog = getCatalog();
  const today = todayIn(catalog.site.timezone);
  const doc = encodePlaces(catalog, params.lang as Language, today, HOURS_WINDOW_DAYS, params.destination);
  return new Response(JSON.stringify(doc), { headers: { 'Content-Type': 'application/json' } });
};
