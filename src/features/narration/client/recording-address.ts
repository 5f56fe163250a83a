/**
 * The recording's address marked as this page's own (its document's start time) and with a reload
 * count, so no media cache can answer for it with data another load or another page fetched.
 */
export const freshAddress = (address: string, reload: number) => {
  const url = new URL(address, location.href);
  url.searchParams.set('load', `${Math.round(performance.timeOrigin)}-${reload}`);
  return url.href;
};

/**
 * Whether the recording must be loaded again under this page's own address so the service worker
 * sees it. Firefox gives a new <audio> the decoder of any live player of the same address and origin,
 * a page kept for the Back button included, without a request (HTMLMediaElement's
 * LookupMediaElementURITable): a recording first heard before the worker controlled the site then
 * plays on the controlled page without reaching the worker, which never keeps it for offline use.
 * Only a controlled page whose recording is not kept yet needs it.
 */
export async function mustLoadThroughWorker(audio: HTMLAudioElement): Promise<boolean> {
  if (!navigator.serviceWorker?.controller || typeof caches === 'undefined') return false;
  const addresses = audio.currentSrc ? [audio.currentSrc] : [...audio.querySelectorAll('source')].map((s) => s.src);
  const kept = await Promise.all(
    addresses.map((address) => {
      const url = new URL(address, location.href);
      url.search = '';
      return caches.match(url.href, { ignoreVary: true }).then(Boolean, () => true);
    }),
  );
  return addresses.length > 0 && !kept.some(Boolean);
}
