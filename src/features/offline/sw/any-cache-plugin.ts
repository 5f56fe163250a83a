import type { WorkboxPlugin } from 'workbox-core/types.js';

/**
 * Lets a strategy answer from any cache, not only its own: a downloaded museum pack lives in its own
 * cache ("pack:{museum}:{lang}"), and its pages, images and audio must be found by every route.
 */
export const anyCachePlugin: WorkboxPlugin = {
  cachedResponseWillBeUsed: async ({ request, cachedResponse }) =>
    cachedResponse ?? (await caches.match(request, { ignoreSearch: true, ignoreVary: true })) ?? null,
};
