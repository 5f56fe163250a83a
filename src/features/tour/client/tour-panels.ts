/**
 * <tour-panels>: the story panels of the gallery's exhibits (server-rendered narration players). A
 * hotspot in 3D, the guided tour and the HTML list all open the same panel; the address then names the
 * exhibit, so a copied link reopens facing it.
 */
class TourPanels extends HTMLElement {
  connectedCallback() {
    document.addEventListener('tour:open-exhibit', (e) => {
      const { id, play } = (e as CustomEvent<{ id: string; play?: boolean }>).detail;
      this.open(id, play === true);
    });
    for (const link of document.querySelectorAll<HTMLAnchorElement>('[data-open-exhibit]')) {
      link.addEventListener('click', (e) => {
        e.preventDefault();
        this.open(link.dataset.openExhibit ?? '', false);
      });
    }
    for (const close of this.querySelectorAll<HTMLButtonElement>('[data-close-panel]')) {
      close.addEventListener('click', () => this.close());
    }
    addEventListener('keydown', (e: KeyboardEvent) => {
      if (e.key === 'Escape') this.close();
    });
  }

  private open(id: string, play: boolean) {
    let shown: HTMLElement | null = null;
    for (const panel of this.querySelectorAll<HTMLElement>('[data-panel]')) {
      const match = panel.dataset.panel === id;
      if (!match) panel.querySelector('audio')?.pause();
      panel.hidden = !match;
      if (match) shown = panel;
    }
    if (!shown) return;
    this.hidden = false;
    shown.querySelector<HTMLElement>('h2')?.focus();
    const url = new URL(location.href);
    url.search = `?exhibit=${encodeURIComponent(id)}`;
    history.replaceState(null, '', url);
    if (play) shown.querySelector<HTMLButtonElement>('[data-action="toggle"][aria-pressed="false"]')?.click();
  }

  private close() {
    for (const panel of this.querySelectorAll<HTMLElement>('[data-panel]')) {
      panel.hidden = true;
      panel.querySelector('audio')?.pause();
    }
    this.hidden = true;
    const url = new URL(location.href);
    url.searchParams.delete('exhibit');
    history.replaceState(null, '', url);
  }
}

customElements.define('tour-panels', TourPanels);
