import type { Catalog } from '../../../content/schemas/catalog.ts';
import type { Language } from '../../../content/schemas/language.ts';
import { urls } from '../../../urls.ts';

/** What a pack holds: one museum, or one destination (its places, map and experts). */
export interface PackVenue {
  kind: 'museum' | 'destination';
  id: string;
}

/** Every pack of the site: one per museum and one per destination, each in every language. */
export function packVenues(catalog: Pick<Catalog, 'museums' | 'destinations'>): PackVenue[] {
  return [
    ...catalog.museums.map((m) => ({ kind: 'museum' as const, id: m.id })),
    ...catalog.destinations.map((d) => ({ kind: 'destination' as const, id: d.id })),
  ];
}

/**
 * One downloadable pack in one language. A museum's keeps the id it had when packs were per museum
 * ("{museum}.{lang}"), so packs already on visitors' phones still update; a destination's is marked.
 */
export function packId(venue: PackVenue, lang: Language): string {
  return venue.kind === 'museum' ? `${venue.id}.${lang}` : `destination-${venue.id}.${lang}`;
}

export function packUrl(venue: PackVenue, lang: Language): string {
  return urls.pack(packId(venue, lang));
}

/**
 * The pages a visitor needs with no network: for a museum, the museum, its galleries and exhibits and
 * the keypad; for a destination, its places, its map and the experts who verified them. Their images,
 * narration and captions are collected from the built pages themselves, so nothing a page shows is left out.
 */
export function packPages(catalog: Catalog, venue: PackVenue, lang: Language): string[] {
  const common = [urls.home(lang), urls.downloads(lang)];
  if (venue.kind === 'destination') {
    const places = catalog.places.filter((p) => p.destination === venue.id);
    return [
      ...common,
      urls.places(lang),
      urls.destination(lang, venue.id),
      urls.map(lang, venue.id),
      ...places.map((p) => urls.place(lang, p.id)),
      ...catalog.experts.filter((e) => e.destination === venue.id).map((e) => urls.expert(lang, e.id)),
    ];
  }
  const galleries = catalog.galleries.filter((g) => g.museum === venue.id);
  const galleryIds = new Set(galleries.map((g) => g.id));
  return [
    ...common,
    urls.museum(lang, venue.id),
    ...galleries.map((g) => urls.gallery(lang, g.id)),
    ...catalog.exhibits.filter((e) => galleryIds.has(e.gallery)).map((e) => urls.exhibit(lang, e.id)),
    urls.scan(lang),
  ];
}

/** Data files a pack's islands load with fetch(), so the pack must name them itself: the map's, or the keypad's. */
export function packData(venue: PackVenue, lang: Language): string[] {
  return venue.kind === 'destination' ? [urls.placesData(lang, venue.id), urls.basemap(venue.id)] : [urls.codes()];
}

/** Addresses a built page refers to that belong in its pack: same-site images, audio, captions, scripts. */
export function packAssetsOf(html: string): { url: string; format?: 'opus' | 'mp3' }[] {
  const found = new Map<string, { url: string; format?: 'opus' | 'mp3' }>();
  for (const match of html.matchAll(/<(?:img|source|script|link)\b[^>]*?\b(?:src|href)="(\/[^"#?]*)"[^>]*>/g)) {
    const [tag, url] = match as unknown as [string, string];
    if (!/^\/(_astro|images|audio)\//.test(url)) continue;
    const format = /type='audio\/webm|type="audio\/webm/.test(tag)
      ? 'opus'
      : /type="audio\/mpeg"/.test(tag)
        ? 'mp3'
        : undefined;
    found.set(url, format ? { url, format } : { url });
  }
  return [...found.values()];
}
