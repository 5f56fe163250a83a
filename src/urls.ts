import type { Language } from './content/schemas/language.ts';

/**
 * Every URL of the site is built here, from ids, so a QR code, a label, a 3D hotspot and a search
 * result always agree. Paths end with "/" because the site is built as directories.
 */
export const urls = {
  home: (lang: Language) => `/${lang}/`,
  /** Every museum of the site (the home page's "Tour a museum" when there are several). */
  museums: (lang: Language) => `/${lang}/museums/`,
  museum: (lang: Language, id: string) => `/${lang}/museums/${id}/`,
  gallery: (lang: Language, id: string) => `/${lang}/galleries/${id}/`,
  exhibit: (lang: Language, id: string) => `/${lang}/exhibits/${id}/`,
  /** The 3D walkthrough of one gallery; `?exhibit={id}` opens facing that exhibit. */
  tour: (lang: Language, sceneId: string, exhibitId?: string) =>
    `/${lang}/tour/${sceneId}/${exhibitId ? `?exhibit=${encodeURIComponent(exhibitId)}` : ''}`,
  places: (lang: Language) => `/${lang}/places/`,
  /** A destination: its introduction and its places by category. */
  destination: (lang: Language, id: string) => `/${lang}/destinations/${id}/`,
  place: (lang: Language, id: string) => `/${lang}/places/${id}/`,
  /**
   * A destination's map of places; `?place={id}` selects one (see src/features/map/url-state.ts for the
   * rest). Before there were several destinations the map was `/{lang}/map/`, which now forwards here.
   */
  map: (lang: Language, destinationId: string, placeId?: string) =>
    `/${lang}/map/${destinationId}/${placeId ? `?place=${encodeURIComponent(placeId)}` : ''}`,
  /** The map's old address (one destination), kept as a page that forwards to the first destination's map. */
  mapMoved: (lang: Language) => `/${lang}/map/`,
  /** A destination's places as its map loads them: compact JSON in one language. */
  placesData: (lang: Language, destinationId: string) => `/${lang}/map/${destinationId}/places.json`,
  /** A destination's offline basemap: land cut to its map bounds (tools/cli/generate-basemap.ts). */
  basemap: (destinationId: string) => `/basemap/${destinationId}.json`,
  expert: (lang: Language, id: string) => `/${lang}/experts/${id}/`,
  scan: (lang: Language) => `/${lang}/scan/`,
  search: (lang: Language) => `/${lang}/search/`,
  notFound: (lang: Language) => `/${lang}/404/`,
  /** What works without a network (the service worker's fallback page). */
  offline: (lang: Language) => `/${lang}/offline/`,
  /** Download a museum and the destination for offline use; list, update and delete packs. */
  downloads: (lang: Language) => `/${lang}/downloads/`,
  manifest: (lang: Language) => `/${lang}/manifest.webmanifest`,
  /** Label code → exhibit id, for the keypad, the scanner and the not-found page. */
  codes: () => '/x/codes.json',
  /** The visitor reports service (nginx and `npm start` proxy /api/ to it). */
  reportsApi: () => '/api/reports',
  reportStatus: (kind: 'place' | 'exhibit', id: string) => `/api/reports/status/${kind}/${encodeURIComponent(id)}`,
  /** An exhibit's 3D model: the detailed one and the light level of detail loaded first. */
  model: (exhibitId: string) => ({ src: `/models/${exhibitId}.glb`, light: `/models/${exhibitId}.light.glb` }),
  /** Printable labels: every exhibit on A4 sheets, or one exhibit's large label. Not per language. */
  labelSheet: () => '/print/labels/',
  label: (exhibitId: string) => `/print/labels/${exhibitId}/`,
  /** The editing UI (Decap CMS); not per language, it follows the site's default language. */
  admin: () => '/admin/',
  /** Editors' tools: links to the editor, the translation coverage and the freshness report. */
  editors: (lang: Language) => `/${lang}/editors/`,
  /** Per language, which exhibits and places lack text or narration. */
  translationCoverage: (lang: Language) => `/${lang}/editors/coverage/`,
  /** Listings not verified within site.freshnessDays (built by the places map work, issue #6). */
  freshnessReport: (lang: Language) => `/${lang}/editors/freshness/`,
  /** Visitors' reports on the signed-in expert's listings (the data comes from the reports service). */
  expertReports: (lang: Language) => `/${lang}/editors/reports/`,
  expertSignIn: () => '/api/auth/github',
  /** A listing opened in the editor (Decap's address for an entry). */
  editEntry: (collection: 'places' | 'exhibits', id: string) => `/admin/#/collections/${collection}/entries/${id}`,
  /**
   * A listing opened in the editor to be re-verified, after the expert marked a visitor's report fixed:
   * the `reverify` marker (read by features/editor/client/reverify-marker.ts) makes its "Verified on"
   * field start at today. It sits before the `#`, which Decap's router owns and would not keep.
   */
  reverifyEntry: (collection: 'places' | 'exhibits', id: string) =>
    `/admin/?${REVERIFY_PARAM}=${collection}/${encodeURIComponent(id)}#/collections/${collection}/entries/${id}`,
  /** Open reports per listing of the signed-in expert, for the editors' pages. */
  openReportCounts: () => '/api/reports/counts',
  /** The short link printed as a QR code on an exhibit label. */
  shortLink: (code: string) => `/x/${code.toLowerCase()}/`,
  /** An offline pack's manifest (a museum in one language): every file it holds, with sizes. */
  pack: (packId: string) => `${folders.packs}${packId}.json`,
  /** A large photo's deep-zoom tiles (DZI), named by the original's content hash. */
  photoZoom: (hash: string) => `${folders.zoom}${hash}.dzi`,
};

/** The query parameter of urls.reverifyEntry: `{collection}/{id}` of the entry to re-verify. */
export const REVERIFY_PARAM = 'reverify';

/** The site's folders of files, as the service worker routes them; each ends with "/". */
export const folders = {
  /** Astro's output, every file name carrying a content hash. */
  assets: '/_astro/',
  audio: '/audio/',
  images: '/images/',
  icons: '/icons/',
  /** Deep-zoom tiles of large photographs (src/features/media/build/zoom-tiles.ts). */
  zoom: '/zoom/',
  basemap: '/basemap/',
  /** Pagefind's search index and its UI. */
  search: '/pagefind/',
  packs: '/offline/packs/',
} as const;

/** Matches urls.placesData(lang, destination) for any language and destination. */
export const PLACES_DATA_PATH = /^\/[a-z]{2,3}\/map\/[a-z0-9-]+\/places\.json$/;

/** The same page in another language: the first path segment is the language. */
export function withLanguage(pathname: string, lang: Language): string {
  const parts = pathname.split('/');
  if (parts.length > 1 && /^[a-z]{2,3}$/.test(parts[1] ?? '')) {
    parts[1] = lang;
    return parts.join('/');
  }
  return urls.home(lang);
}

/** An absolute URL on the deployed site, e.g. for QR codes and hreflang alternates. */
export function absoluteUrl(baseUrl: string, path: string): string {
  return new URL(path, baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`).toString();
}
