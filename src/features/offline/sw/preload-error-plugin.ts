import type { WorkboxPlugin } from 'workbox-core/types.js';

/**
 * Firefox (ESR 153) resolves a navigation preload with a network-error response (`type: 'error'`,
 * status 0) when the server is down, instead of rejecting; Workbox hands that response to the page as
 * it is and never looks in the cache (GoogleChrome/workbox#3134), so a visited page would not reload
 * offline. Such a response is replaced by the cached page, or, with none, turned into the failure it
 * is, so the route's catch handler serves the offline page.
 */
export const preloadErrorPlugin: WorkboxPlugin = {
  handlerWillRespond: async ({ request, response }) => {
    if (response.type !== 'error') return response;
    const cached = await caches.match(request, { ignoreSearch: true, ignoreVary: true });
    if (cached) return cached;
    throw new TypeError(`no network and no cached copy of ${request.url}`);
  },
};
