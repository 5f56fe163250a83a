/// <reference lib="webworker" />
import { BackgroundSyncPlugin } from 'workbox-background-sync';
import { CacheableResponsePlugin } from 'workbox-cacheable-response';
import { ExpirationPlugin } from 'workbox-expiration';
import * as navigationPreload from 'workbox-navigation-preload';
import { cleanupOutdatedCaches, matchPrecache, precacheAndRoute } from 'workbox-precaching';
import { registerRoute, setCatchHandler } from 'workbox-routing';
import { CacheFirst, NetworkFirst, NetworkOnly, StaleWhileRevalidate } from 'workbox-strategies';
import { anyCachePlugin } from './any-cache-plugin.ts';
import type { Language } from '../../../content/schemas/language.ts';
import { narrationHandler } from './narration-route.ts';
import { folders, PLACES_DATA_PATH, urls } from '../../../urls.ts';
import { preloadErrorPlugin } from './preload-error-plugin.ts';

declare const self: ServiceWorkerGlobalScope & { __WB_MANIFEST: (string | { url: string; revision: string | null })[] };
declare const OFFLINE_LANGUAGES: string[];
declare const DEFAULT_LANGUAGE: string;

// The app shell: the default language's offline page and the not-found page with what they load (see
// src/lib/offline/app-shell.ts).
precacheAndRoute(self.__WB_MANIFEST);
cleanupOutdatedCaches();
// The first visit's page is taken over when it asks (CLAIM_CLIENTS below), not on activation: the page
// waits until no narration is playing, because Chromium refuses a recording whose byte ranges come
// partly from the network and partly from the worker. Later versions take over only after the visitor
// accepts them (SKIP_WAITING below).
navigationPreload.enable();

const ok = new CacheableResponsePlugin({ statuses: [200] });

// Pages: the network first (with navigation preload and a short timeout), then any cache: visited
// pages and downloaded packs.
const pages = new NetworkFirst({
  cacheName: 'pages',
  networkTimeoutSeconds: 3,
  plugins: [ok, anyCachePlugin, preloadErrorPlugin],
});
// Matched by address as well as by mode, so the first page saved through a CACHE_URLS message (which
// is not a navigation) lands in the same cache. Every page address of the site ends with "/".
registerRoute(
  ({ request, url }) =>
    request.mode === 'navigate' || (url.origin === self.location.origin && url.pathname.endsWith('/')),
  (options) => {
    const lang = languageOf(options.url.pathname);
    if (options.request.mode === 'navigate' && lang)
      (options.event as ExtendableEvent).waitUntil(keepOfflinePage(lang).catch(() => undefined));
    return pages.handle(options);
  },
);

const languageOf = (pathname: string) => OFFLINE_LANGUAGES.find((l) => pathname.startsWith(`/${l}/`));
const offlinePage = (lang: string) => urls.offline(lang as Language);

/**
 * The offline page of a language, saved the first time a page in that language is opened: only the
 * default language's is precached, so a visitor downloads the one they read, not all six.
 */
async function keepOfflinePage(lang: string) {
  if (lang === DEFAULT_LANGUAGE || (await caches.match(offlinePage(lang)))) return;
  const response = await fetch(offlinePage(lang));
  if (response.ok) await (await caches.open('pages')).put(offlinePage(lang), response);
}

// A visitor's report sent with no network is queued here and replayed when the connection returns,
// even if the page was closed (Background Sync; where the browser lacks it, Workbox replays when the
// worker next starts, and the page's own outbox sends it too: the client report id stores it once).
registerRoute(
  ({ url }) => url.origin === self.location.origin && url.pathname === urls.reportsApi(),
  new NetworkOnly({ plugins: [new BackgroundSyncPlugin('visitor-reports', { maxRetentionTime: 7 * 24 * 60 })] }),
  'POST',
);

// Hashed assets never change under their name.
registerRoute(
  ({ url }) => url.origin === self.location.origin && url.pathname.startsWith(folders.assets),
  new CacheFirst({ cacheName: 'assets', plugins: [ok, anyCachePlugin, new ExpirationPlugin({ maxEntries: 150 })] }),
);

registerRoute(
  ({ url }) => url.origin === self.location.origin && url.pathname.startsWith(folders.audio),
  narrationHandler,
);

registerRoute(
  ({ request, url }) =>
    url.origin === self.location.origin &&
    (request.destination === 'image' ||
      url.pathname.startsWith(folders.images) ||
      // Deep-zoom tiles and their .dzi (fetched, not an image request): named by content hash.
      url.pathname.startsWith(folders.zoom) ||
      url.pathname.startsWith(folders.icons)),
  new CacheFirst({
    cacheName: 'images',
    plugins: [
      ok,
      anyCachePlugin,
      new ExpirationPlugin({ maxEntries: 300, maxAgeSeconds: 60 * 24 * 3600, purgeOnQuotaError: true }),
    ],
  }),
);

// The search index, the label-code table, the map's places and its offline basemap: kept once used,
// refreshed in the background (a downloaded pack holds them too).
registerRoute(
  ({ url }) =>
    url.origin === self.location.origin &&
    (url.pathname.startsWith(folders.search) ||
      url.pathname === urls.codes() ||
      url.pathname.startsWith(folders.basemap) ||
      PLACES_DATA_PATH.test(url.pathname)),
  new StaleWhileRevalidate({
    cacheName: 'data',
    plugins: [ok, anyCachePlugin, new ExpirationPlugin({ maxEntries: 200, purgeOnQuotaError: true })],
  }),
);

// A page that is neither online nor cached: the offline page in the language of its address.
setCatchHandler(async ({ request, url }) => {
  if (request.destination !== 'document') return Response.error();
  const lang = languageOf(url?.pathname ?? '') ?? DEFAULT_LANGUAGE;
  return (
    (await caches.match(offlinePage(lang))) ??
    (await matchPrecache(`${offlinePage(DEFAULT_LANGUAGE)}index.html`)) ??
    Response.error()
  );
});

// A new version waits until the visitor accepts it, so no page ever mixes two versions.
self.addEventListener('message', (event) => {
  if (event.data?.type === 'SKIP_WAITING') void self.skipWaiting();
  if (event.data?.type === 'CLAIM_CLIENTS') event.waitUntil(self.clients.claim());
});
