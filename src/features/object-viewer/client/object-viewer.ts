import type { ModelLevels } from '../levels.ts';
import { webglWorks } from '../../../client/webgl.ts';

interface ViewerData {
  levels: ModelLevels;
  strings: Record<string, string>;
}

/**
 * <object-viewer>: a poster and a "View in 3D" button. three.js, React and the model load only on the
 * click. States on data-state: poster → loading → ready (or failed, no-webgl); data-level says which
 * level is drawn ("first", then "detailed"). Each level drawn fires `object-viewer:ready` (bubbling,
 * detail { level }), so a test waits for it and then looks.
 */
class ObjectViewer extends HTMLElement {
  connectedCallback() {
    const data = JSON.parse(this.querySelector('script[type="application/json"]')?.textContent ?? '{}') as ViewerData;
    const open = this.querySelector<HTMLButtonElement>('[data-open]');
    const stage = this.querySelector<HTMLElement>('[data-stage]');
    const status = this.querySelector<HTMLElement>('[data-status]');
    const controls = this.querySelector<HTMLElement>('[data-controls]');
    if (!open || !stage || !status || !controls || !data.levels) return;
    const say = (key: string) => {
      status.textContent = data.strings[key] ?? '';
    };
    open.addEventListener('click', async () => {
      if (!webglWorks()) {
        this.dataset.state = 'no-webgl';
        say('noWebgl');
        return;
      }
      open.disabled = true;
      this.dataset.state = 'loading';
      say('loading');
      try {
        const { mountViewer } = await import('./viewer-3d.tsx');
        const viewer = mountViewer(stage, data.levels, {
          label: data.strings.canvas ?? '',
          reducedMotion: matchMedia('(prefers-reduced-motion: reduce)').matches,
          onLevel: (level) => {
            this.dataset.state = 'ready';
            this.dataset.level = level;
            say(level === 'detailed' ? 'detailed' : 'ready');
            this.dispatchEvent(new CustomEvent('object-viewer:ready', { bubbles: true, detail: { level } }));
          },
          onError: () => {
            this.dataset.state = 'failed';
            say('failed');
          },
        });
        open.hidden = true;
        controls.hidden = false;
        this.querySelector<HTMLElement>('[data-help]')?.removeAttribute('hidden');
        stage.querySelector('img')?.remove();
        controls.addEventListener('click', (event) => {
          const key = (event.target as HTMLElement).closest<HTMLElement>('[data-key]')?.dataset.key;
          if (key) viewer.press(key);
        });
      } catch {
        this.dataset.state = 'failed';
        say('failed');
        open.disabled = false;
      }
    });
  }
}

customElements.define('object-viewer', ObjectViewer);
