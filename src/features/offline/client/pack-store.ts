import { type InstalledPack, PACK_CACHE_PREFIX, PACK_RECORD_URL } from '../pack-plan.ts';
import type { PackFile } from '../../../content/schemas/offline-pack.ts';

const cacheName = (id: string) => `${PACK_CACHE_PREFIX}${id}`;

/**
 * Downloads a pack into its own cache, a few files at a time. The record that marks it complete is
 * written last; on any failure, cancel or full disk the whole cache is deleted, so no half-downloaded
 * pack is ever left behind. An update downloads beside the old pack and replaces it only when complete.
 */
export async function downloadPack(
  record: Omit<InstalledPack, 'date' | 'bytes'>,
  files: PackFile[],
  onProgress: (doneBytes: number) => void,
  signal: AbortSignal,
): Promise<void> {
  const staging = cacheName(`${record.id}~new`);
  await caches.delete(staging);
  const cache = await caches.open(staging);
  // One failure stops the other downloads at once, so the clean-up below does not wait for them.
  const stop = new AbortController();
  const onAbort = () => stop.abort();
  signal.addEventListener('abort', onAbort, { once: true });
  let done = 0;
  try {
    const queue = [...files];
    const worker = async () => {
      for (let file = queue.shift(); file; file = queue.shift()) {
        stop.signal.throwIfAborted();
        const response = await fetch(file.url, { signal: stop.signal, cache: 'no-cache' });
        if (!response.ok) throw new Error(`${file.url}: ${response.status}`);
        await cache.put(file.url, response);
        done += file.bytes;
        onProgress(done);
      }
    };
    await Promise.all(
      [worker(), worker(), worker(), worker()].map((w) =>
        w.catch((error: unknown) => {
          stop.abort();
          throw error;
        }),
      ),
    );
    const installed: InstalledPack = { ...record, bytes: done, date: new Date().toISOString().slice(0, 10) };
    await cache.put(
      PACK_RECORD_URL,
      new Response(JSON.stringify(installed), { headers: { 'Content-Type': 'application/json' } }),
    );
    await replace(staging, cacheName(record.id));
  } catch (error) {
    await caches.delete(staging);
    throw error;
  } finally {
    signal.removeEventListener('abort', onAbort);
  }
}

/** Moves a finished download into place; the Cache API cannot rename, so entries are copied. */
async function replace(from: string, to: string): Promise<void> {
  const source = await caches.open(from);
  await caches.delete(to);
  const target = await caches.open(to);
  try {
    for (const request of await source.keys()) {
      const response = await source.match(request);
      if (response) await target.put(request, response);
    }
  } catch (error) {
    await caches.delete(to);
    throw error;
  } finally {
    await caches.delete(from);
  }
}

/**
 * Complete packs on this device. With `cleanUp` (when no download runs), a cache without its record is
 * the leftover of an interrupted download (a closed tab) and is removed.
 */
export async function installedPacks(cleanUp = false): Promise<InstalledPack[]> {
  const packs: InstalledPack[] = [];
  for (const name of await caches.keys()) {
    if (!name.startsWith(PACK_CACHE_PREFIX)) continue;
    const record = await (await caches.open(name)).match(PACK_RECORD_URL);
    if (!record || name.endsWith('~new')) {
      if (cleanUp) await caches.delete(name);
      continue;
    }
    packs.push((await record.json()) as InstalledPack);
  }
  return packs;
}

export function deletePack(id: string): Promise<boolean> {
  return caches.delete(cacheName(id));
}
