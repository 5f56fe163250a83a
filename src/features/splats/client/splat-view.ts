import { fill } from '../../../client/strings.ts';
import type { Splat } from '../../../content/schemas/splat.ts';
import { looksLikePhone, splatLoadOrder } from '../splat-levels.ts';

interface SplatViewData {
  splat: Splat;
  strings: Record<string, string>;
}

function webgl2Works(): boolean {
  try {
    return !!document.createElement('canvas').getContext('webgl2');
  } catch {
    return false;
  }
}

/**
 * <splat-view>: the poster and a "View in 3D" button paint first; three.js and Spark (about 1 MB) load
 * only when the visitor presses it. The coarse level draws first; `splat:ready` is dispatched (bubbling)
 * once it is on screen, `splat:refined` when the device's detailed level has replaced it. The element's
 * data-state says where it is: poster, loading, ready, refined, failed or no-webgl.
 */
class SplatView extends HTMLElement {
  connectedCallback() {
    const data = JSON.parse(
      this.querySelector('script[type="application/json"]')?.textContent ?? '{}',
    ) as SplatViewData;
    const start = this.querySelector<HTMLButtonElement>('[data-splat-start]');
    const status = this.querySelector<HTMLElement>('[data-splat-status]');
    const stage = this.querySelector<HTMLElement>('[data-splat-stage]');
    const reset = this.querySelector<HTMLButtonElement>('[data-splat-reset]');
    if (!start || !status || !stage || !reset || !data.splat) return;
    this.dataset.state = 'poster';
    start.addEventListener('click', async () => {
      if (!webgl2Works()) {
        this.dataset.state = 'no-webgl';
        status.textContent = data.strings.noWebgl ?? '';
        return;
      }
      start.disabled = true;
      this.dataset.state = 'loading';
      status.textContent = data.strings.loading ?? '';
      const phone = looksLikePhone({
        coarsePointer: matchMedia('(pointer: coarse)').matches,
        screenWidth: screen.width,
        deviceMemoryGb: (navigator as { deviceMemory?: number }).deviceMemory,
      });
      const levels = splatLoadOrder(data.splat, phone);
      try {
        const { mountSplatStage } = await import('./splat-stage.ts');
        const view = mountSplatStage(stage, levels, data.strings.label ?? '', {
          onLevel: (level, index) => {
            const last = index === levels.length - 1;
            this.dataset.state = last && index > 0 ? 'refined' : 'ready';
            this.dataset.level = String(index);
            this.dataset.splats = String(level.splats);
            status.textContent = last
              ? ''
              : fill(data.strings.refining ?? '', { size: megabytes(levels[index + 1]?.bytes ?? 0) });
            this.dispatchEvent(
              new CustomEvent(index === 0 ? 'splat:ready' : 'splat:refined', {
                bubbles: true,
                detail: { splats: level.splats },
              }),
            );
            if (index === 0 && last)
              this.dispatchEvent(new CustomEvent('splat:refined', { bubbles: true, detail: { splats: level.splats } }));
          },
          onError: () => {
            if (this.dataset.state === 'loading') {
              this.dataset.state = 'failed';
              status.textContent = data.strings.failed ?? '';
            }
          },
        });
        start.hidden = true;
        reset.hidden = false;
        reset.addEventListener('click', () => view.reset());
      } catch {
        this.dataset.state = 'failed';
        status.textContent = data.strings.failed ?? '';
        start.disabled = false;
      }
    });
  }
}

function megabytes(bytes: number): string {
  return (bytes / 1048576).toFixed(1);
}

customElements.define('splat-view', SplatView);
