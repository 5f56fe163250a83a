import { Workbox } from 'workbox-window';

/**
 * Registers the service worker and offers a new deploy without forcing it: the new worker waits until
 * the visitor accepts, then takes over and the page reloads into the new version. Until then the old
 * worker keeps serving the old version's files, so no page mixes two versions.
 */
if ('serviceWorker' in navigator && import.meta.env.PROD) {
  const wb = new Workbox('/sw.js');
  const prompt = document.querySelector<HTMLElement>('[data-update-prompt]');
  wb.addEventListener('waiting', () => {
    if (!prompt) return;
    prompt.hidden = false;
    prompt.querySelector<HTMLButtonElement>('[data-update-accept]')?.addEventListener(
      'click',
      () => {
        wb.addEventListener('controlling', () => location.reload());
        wb.messageSkipWaiting();
      },
      { once: true },
    );
    prompt
      .querySelector<HTMLButtonElement>('[data-update-later]')
      ?.addEventListener('click', () => (prompt.hidden = true), { once: true });
  });
  // The first page a visitor opens loads before the worker exists; once it runs, it saves that page and
  // what the page loaded, so a tourist who scanned a label can reload it with no network (Workbox's
  // documented "cache URLs on first activation" recipe).
  wb.addEventListener('activated', (event) => {
    if (event.isUpdate) return;
    const urlsToCache = [location.href, ...performance.getEntriesByType('resource').map((entry) => entry.name)].filter(
      (url) => new URL(url).origin === location.origin,
    );
    void wb.messageSW({ type: 'CACHE_URLS', payload: { urlsToCache } });
  });
  void wb.register();
}
