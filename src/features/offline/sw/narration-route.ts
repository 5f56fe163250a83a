import type { RouteHandlerCallbackOptions } from 'workbox-core/types.js';
import { CacheExpiration } from 'workbox-expiration';
import { createPartialResponse } from 'workbox-range-requests';

const CACHE = 'narration';
const expiration = new CacheExpiration(CACHE, { maxEntries: 80, maxAgeSeconds: 60 * 24 * 3600 });

/**
 * Recordings a page has started playing from the network, by client and address. Chromium refuses a
 * recording whose byte ranges come partly from the network and partly from a response made here
 * ("PIPELINE_ERROR_READ: data source error"), so such a playback keeps using the network, and turns
 * to the cache only when the network is gone (the player then reloads it once, all from the cache).
 */
const playingFromNetwork = new Set<string>();

/**
 * Recordings being fetched whole to be kept. A player loads its recording again under a fresh address
 * (see recording-address.ts) often before the first fetch is done; one download is enough.
 */
const keeping = new Set<string>();

/**
 * Narration audio and captions, cache first, answering byte ranges from the cached whole file (what
 * RangeRequestsPlugin does, through its createPartialResponse) so seeking works offline and on iOS.
 * A browser asks for audio with a Range header, and the 206 it gets cannot be cached, so on a miss the
 * whole file is fetched once more in the background and kept.
 */
export async function narrationHandler({ request, event }: RouteHandlerCallbackOptions): Promise<Response> {
  const ranged = request.headers.has('range');
  const key = `${(event as FetchEvent | undefined)?.clientId ?? ''} ${request.url}`;
  // The player may add a query to load a recording afresh (see narration-player.ts); the file is kept
  // under its plain address, as offline packs keep it.
  const address = new URL(request.url);
  address.search = '';
  const file = address.href;
  const cached = await caches.match(file, { ignoreVary: true });
  const fromCache = () => {
    if (!cached) return Response.error();
    void expiration.updateTimestamp(file);
    return ranged ? createPartialResponse(request, cached) : cached;
  };
  if (cached && !playingFromNetwork.has(key)) return fromCache();
  let response: Response;
  try {
    response = await fetch(request);
  } catch (error) {
    if (cached) return fromCache();
    throw error;
  }
  playingFromNetwork.add(key);
  const keep = async () => {
    keeping.add(file);
    // no-store: Firefox answers a plain fetch of a recording it has just streamed from its HTTP cache
    // with that cache's 206, which cannot be stored; the whole file is what a pack keeps.
    const whole = ranged ? await fetch(file, { cache: 'no-store' }) : response.clone();
    if (whole.status !== 200) return;
    await (await caches.open(CACHE)).put(file, whole);
    await expiration.updateTimestamp(file);
    await expiration.expireEntries();
  };
  if (response.ok && !cached && !keeping.has(file))
    (event as ExtendableEvent | undefined)?.waitUntil(
      keep()
        .catch(() => undefined)
        .finally(() => keeping.delete(file)),
    );
  return response;
}
