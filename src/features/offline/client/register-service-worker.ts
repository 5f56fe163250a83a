import { Workbox } from 'workbox-window';
import { urls } from '../../../urls.ts';
import type { Language } from '../../../content/schemas/language.ts';

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
    // The offline page in this page's language too: the worker precaches only the default language's.
    const lang = /^\/([a-z]{2,3})\//.exec(location.pathname)?.[1];
    const urlsToCache = [
      location.href,
      ...(lang ? [new URL(urls.offline(lang as Language), location.href).href] : []),
      ...performance.getEntriesByType('resource').map((entry) => entry.name),
    ].filter((url) => new URL(url).origin === location.origin);
    void wb.messageSW({ type: 'CACHE_URLS', payload: { urlsToCache } });
    // Taking over the page mid-playback would break the recording (see src/features/offline/sw/sw.ts), so the worker
    // is asked to take over once nothing plays: at once, or when the narration pauses or ends.
    void whenNoMediaPlays().then(() => wb.messageSW({ type: 'CLAIM_CLIENTS' }));
  });
  void wb.register();
}

function whenNoMediaPlays(): Promise<void> {
  const playing = () =>
    [...document.querySelectorAll('audio, video')].some((media) => !(media as HTMLMediaElement).paused);
  return new Promise((resolve) => {
    const check = () => {
      if (playing()) return;
      document.removeEventListener('pause', check, true);
      document.removeEventListener('ended', check, true);
      resolve();
    };
    // Media events do not bubble; listening in the capture phase hears every player on the page.
    document.addEventListener('pause', check, true);
    document.addEventListener('ended', check, true);
    check();
  });
}
