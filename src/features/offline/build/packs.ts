import type { Catalog } from '../../../content/schemas/catalog.ts';
import type { Language } from '../../../content/schemas/language.ts';
import { urls } from '../../../urls.ts';
import { PACK_PHOTO_MAX_WIDTH, PACK_ZOOM_MAX_SIDE } from '../../media/index.ts';

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
  // A photo's sizes up to a phone's (the largest a phone picks); the desktop sizes stay online only.
  for (const match of html.matchAll(/<(?:img|source)\b[^>]*?\bsrcset="([^"]*)"/g)) {
    for (const candidate of (match[1] ?? '').split(',')) {
      const [url, descriptor] = candidate.trim().split(/\s+/);
      const width = Number.parseInt(descriptor ?? '', 10);
      if (url?.startsWith('/_astro/') && width <= PACK_PHOTO_MAX_WIDTH) found.set(url, { url });
    }
  }
  return [...found.values()];
}

/** The deep-zoom images ("Look closer") a page offers: their .dzi descriptions. */
export function packZoomImagesOf(html: string): string[] {
  return [...html.matchAll(/\bdata-dzi="(\/zoom\/[0-9a-f]+\.dzi)"/g)].map((m) => m[1] as string);
}

/**
 * The zoom levels of a DZI pyramid a pack carries: those whose long side is at most PACK_ZOOM_MAX_SIDE
 * (level n of a W×H image is ⌈W / 2^(top − n)⌉ wide, top = ⌈log2(max(W, H))⌉).
 */
export function packZoomLevels(dzi: string): number[] {
  const width = Number(/\bWidth="(\d+)"/.exec(dzi)?.[1]);
  const height = Number(/\bHeight="(\d+)"/.exec(dzi)?.[1]);
  if (!width || !height) return [];
  const top = Math.ceil(Math.log2(Math.max(width, height)));
  const levels: number[] = [];
  for (let n = 0; n <= top; n++)
    if (Math.ceil(Math.max(width, height) / 2 ** (top - n)) <= PACK_ZOOM_MAX_SIDE) levels.push(n);
  return levels;
}
