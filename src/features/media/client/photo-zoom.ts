/**
 * <photo-zoom data-dzi="/zoom/….dzi">: "Look closer" on a large photograph. OpenSeadragon (about
 * 85 kB gzipped) is fetched only when the visitor presses the button, so the page's budget is not
 * spent on it; pinch, wheel and drag are its own, and its canvas takes the keyboard (arrows or WASD
 * move, + and - zoom, 0 goes back) once focused.
 */
interface Strings {
  open: string;
  close: string;
  zoomIn: string;
  zoomOut: string;
  reset: string;
  hint: string;
  failed: string;
}

class PhotoZoom extends HTMLElement {
  connectedCallback(): void {
    this.querySelector('[data-zoom-open]')?.addEventListener('click', () => void this.open());
  }

  private async open(): Promise<void> {
    const strings = JSON.parse(this.dataset.strings ?? '{}') as Strings;
    const opener = this.querySelector<HTMLButtonElement>('[data-zoom-open]');
    const dialog = document.createElement('dialog');
    dialog.className = 'photo-zoom';
    dialog.setAttribute('aria-label', strings.open);
    const bar = document.createElement('div');
    bar.className = 'photo-zoom-bar';
    const button = (label: string, text: string) => {
      const b = document.createElement('button');
      b.type = 'button';
      b.textContent = text;
      b.setAttribute('aria-label', label);
      bar.append(b);
      return b;
    };
    const zoomIn = button(strings.zoomIn, '+');
    const zoomOut = button(strings.zoomOut, '−');
    const reset = button(strings.reset, '⟲');
    const hint = document.createElement('p');
    hint.textContent = strings.hint;
    bar.append(hint);
    const close = button(strings.close, '✕');
    close.dataset.zoomClose = '';
    const stage = document.createElement('div');
    stage.className = 'photo-zoom-stage';
    dialog.append(bar, stage);
    this.append(dialog);
    dialog.showModal();
    let destroy = () => {};
    const done = () => {
      destroy();
      dialog.remove();
      opener?.focus();
    };
    close.addEventListener('click', () => dialog.close());
    dialog.addEventListener('close', done, { once: true });
    try {
      // OpenSeadragon injects an inline <style> unless one with this attribute exists, which the site's
      // Content-Security-Policy refuses (and reports). An empty one, whose hash the policy allows, stops
      // it; its one rule (no focus ring on touch screens) is in photo.css.
      if (!document.querySelector('style[data-openseadragon-mobile-css]')) {
        const empty = document.createElement('style');
        empty.dataset.openseadragonMobileCss = 'true';
        document.head.append(empty);
      }
      const { default: OpenSeadragon } = await import('openseadragon');
      const viewer = OpenSeadragon({
        element: stage,
        tileSources: this.dataset.dzi ?? '',
        // Our own labelled buttons above, in the page's language; OSD's would need its image folder.
        showNavigationControl: false,
        showZoomControl: false,
        maxZoomPixelRatio: 2,
        visibilityRatio: 1,
        gestureSettingsTouch: { pinchToZoom: true, flickEnabled: true },
      });
      destroy = () => viewer.destroy();
      zoomIn.addEventListener('click', () => viewer.viewport.zoomBy(1.6));
      zoomOut.addEventListener('click', () => viewer.viewport.zoomBy(1 / 1.6));
      reset.addEventListener('click', () => viewer.viewport.goHome());
      viewer.addHandler('open', () => {
        stage.dataset.ready = '';
        viewer.canvas.focus();
      });
      viewer.addHandler('open-failed', () => {
        hint.textContent = strings.failed;
      });
    } catch {
      hint.textContent = strings.failed;
    }
  }
}

customElements.define('photo-zoom', PhotoZoom);
