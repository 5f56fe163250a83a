import { EYE_HEIGHT, facingPose } from '../../../content/scenes/poses.ts';
import { doorwayPose } from '../../../content/scenes/doorway-pose.ts';
import type { TourData } from '../../../content/scenes/tour-data.ts';
import { fromCamera, type Pose, toCamera } from './pose.ts';
import { webglWorks } from '../../../client/webgl.ts';

/** The first pose: a deep link's exhibit, a doorway just walked through, a shared view, or the spawn. */
function initialPose(data: TourData, params: URLSearchParams): Pose {
  const exhibit = params.get('exhibit');
  const facing = exhibit ? facingPose(data.scene, exhibit) : undefined;
  if (facing) return fromCamera(facing);
  const door = data.scene.doorways.find((d) => d.id === params.get('door'));
  if (door) return fromCamera(doorwayPose(data.scene, door.id));
  const at = params.get('at')?.split(',').map(Number);
  if (at && at.length === 3 && at.every(Number.isFinite))
    return fromCamera({ position: [at[0] ?? 0, EYE_HEIGHT, at[1] ?? 0], yaw: at[2] ?? 0, pitch: 0 });
  return fromCamera({ ...data.scene.spawn, pitch: 0 });
}

/**
 * <tour-loader>: the poster and a button paint first; the 3D code (three.js, React) and the models
 * load only when the visitor asks, or at once for a deep link to an exhibit or a doorway.
 */
class TourLoader extends HTMLElement {
  connectedCallback() {
    const data = JSON.parse(this.querySelector('script[type="application/json"]')?.textContent ?? '{}') as TourData;
    const status = this.querySelector<HTMLElement>('[data-tour-status]');
    const start = this.querySelector<HTMLButtonElement>('[data-tour-start]');
    const root = this.closest<HTMLElement>('[data-tour-root]');
    const stage = root?.querySelector<HTMLElement>('[data-canvas-root]');
    if (!status || !start || !root || !stage) return;
    const params = new URLSearchParams(location.search);
    const load = async () => {
      if (!webglWorks()) {
        status.textContent = data.strings.noWebgl ?? '';
        root.dataset.state = 'no-webgl';
        return;
      }
      start.disabled = true;
      status.textContent = data.strings.loading ?? '';
      root.dataset.state = 'loading';
      try {
        const { mountTour } = await import('./tour-3d.tsx');
        mountTour(stage, data, initialPose(data, params), {
          openExhibit: (id, play) =>
            document.dispatchEvent(new CustomEvent('tour:open-exhibit', { detail: { id, play } })),
          onPoseSettled: (pose) => {
            const url = new URL(location.href);
            if (!url.searchParams.has('exhibit'))
              url.search = `?at=${pose.x.toFixed(1)},${pose.z.toFixed(1)},${Math.round(toCamera(pose).yaw)}`;
            history.replaceState(null, '', url);
          },
          onReady: () => {
            root.dataset.state = 'ready';
            status.textContent = '';
            root.dispatchEvent(new CustomEvent('tour:ready', { bubbles: true }));
          },
        });
      } catch {
        root.dataset.state = 'failed';
        status.textContent = data.strings.failed ?? '';
        start.disabled = false;
      }
    };
    start.addEventListener('click', () => void load(), { once: true });
    if (params.has('exhibit') || params.has('door') || params.has('at')) void load();
  }
}

customElements.define('tour-loader', TourLoader);
