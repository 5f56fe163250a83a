/**
 * <offline-status>: shows that the device is offline and marks the links that would not open, by
 * asking the caches (pages visited, packs downloaded, the app shell) about each internal link.
 */
class OfflineStatus extends HTMLElement {
  private strings = { unavailable: '' };
  private readonly update = () => void this.render();

  connectedCallback() {
    this.strings = JSON.parse(this.dataset.strings ?? '{}') as typeof this.strings;
    addEventListener('online', this.update);
    addEventListener('offline', this.update);
    // Online, the page is as the server sent it: nothing to mark, so no link is looked at on load.
    if (!navigator.onLine) void this.render();
  }

  disconnectedCallback() {
    removeEventListener('online', this.update);
    removeEventListener('offline', this.update);
  }

  private async render() {
    const offline = !navigator.onLine;
    this.hidden = !offline;
    document.documentElement.toggleAttribute('data-offline', offline);
    const links = [...document.querySelectorAll<HTMLAnchorElement>('main a[href^="/"], .site-header a[href^="/"]')];
    for (const link of links) link.querySelector('.offline-note')?.remove();
    if (!offline || !('caches' in window)) {
      for (const link of links) link.removeAttribute('data-unavailable');
      return;
    }
    await Promise.all(
      links.map(async (link) => {
        const available = await caches.match(link.pathname, { ignoreSearch: true });
        link.toggleAttribute('data-unavailable', !available);
        if (!available) {
          const note = document.createElement('span');
          note.className = 'offline-note visually-hidden';
          note.textContent = ` ${this.strings.unavailable}`;
          link.append(note);
        }
      }),
    );
  }
}

customElements.define('offline-status', OfflineStatus);
