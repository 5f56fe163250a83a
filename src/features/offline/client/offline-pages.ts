/**
 * <offline-pages>: the pages of this language saved on the device (visited, or in a downloaded pack),
 * by their titles, read from the saved pages themselves.
 */
class OfflinePages extends HTMLElement {
  async connectedCallback() {
    const list = this.querySelector<HTMLUListElement>('[data-offline-pages]');
    const lang = this.dataset.lang ?? '';
    if (!list || !('caches' in window)) return;
    const seen = new Map<string, string>();
    for (const name of await caches.keys()) {
      const cache = await caches.open(name);
      for (const request of await cache.keys()) {
        const url = new URL(request.url);
        const path = url.pathname.replace(/index\.html$/, '');
        if (
          url.origin !== location.origin ||
          !path.startsWith(`/${lang}/`) ||
          !path.endsWith('/') ||
          seen.has(path) ||
          /\/(offline|404)\/$/.test(path)
        )
          continue;
        const html = await (await cache.match(request))?.text();
        const title = html ? /<title>([^<]*)<\/title>/.exec(html)?.[1] : undefined;
        if (title) seen.set(path, new DOMParser().parseFromString(title, 'text/html').body.textContent ?? title);
      }
    }
    const items = [...seen]
      .sort((a, b) => a[1].localeCompare(b[1], lang))
      .map(([path, title]) => {
        const item = document.createElement('li');
        item.append(Object.assign(document.createElement('a'), { href: path, textContent: title }));
        return item;
      });
    list.replaceChildren(...items);
    if (items.length === 0)
      list.replaceWith(Object.assign(document.createElement('p'), { textContent: this.dataset.none ?? '' }));
  }
}

customElements.define('offline-pages', OfflinePages);
