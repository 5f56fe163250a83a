import { EYE_HEIGHT, facingPose } from '../../../content/scenes/poses.ts';
import { doorwayPose } from '../../../content/scenes/doorway-pose.ts';
import type { TourData } from '../../../content/scenes/tour-data.ts';
import { fromCamera, type Pose } from './pose.ts';

const DEG = Math.PI / 180;

/** The first pose: a deep link's exhibit, a doorway just walked through, a shared view, or the spawn. */
function initialPose(data: TourData, params: URLSearchParams): Pose {
  const exhibit = params.get('exhibit');
  const facing = exhibit ? facingPose(data.scene, exhibit) : undefined;
  if (facing) return fromCamera(facing);
  const door = data.scene.doorways.find((d) => d.id === params.get('door'));
  if (door) {
    const pose = doorwayPose(data.scene, door.id);
    return { x: pose.x, z: pose.z, y: EYE_HEIGHT, yaw: pose.yaw, pitch: 0 };
  }
  const at = params.get('at')?.split(',').map(Number);
  if (at && at.length === 3 && at.every(Number.isFinite))
    return { x: at[0] ?? 0, z: at[1] ?? 0, y: EYE_HEIGHT, yaw: (at[2] ?? 0) * DEG, pitch: 0 };
  const { position, yaw } = data.scene.spawn;
  return { x: position[0], y: position[1], z: position[2], yaw: yaw * DEG, pitch: 0 };
}

function webglWorks(): boolean {
  try {
    const canvas = document.createElement('canvas');
    return !!(canvas.getContext('webgl2') ?? canvas.getContext('webgl'));
  } catch {
    return false;
  }
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
              url.search = `?at=${pose.x.toFixed(1)},${pose.z.toFixed(1)},${Math.round(pose.yaw / DEG)}`;
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
