import { PerspectiveCamera, Scene, Vector3, WebGLRenderer } from 'three';
import { OrbitControls } from 'three/examples/jsm/controls/OrbitControls.js';
import type { SplatLevel } from '../../../content/schemas/splat.ts';
import { createSparkRenderer, ProgressiveSplat, type SplatFrameReport } from './progressive-splat.ts';

export interface StageCallbacks {
  onLevel: (level: SplatLevel, index: number) => void;
  onError: (error: unknown) => void;
}

/**
 * The object viewer's 3D stage for a splat: a canvas in `host`, orbit and zoom (mouse, touch and the
 * arrow keys through OrbitControls), drawn on demand — only when the view moves or Spark finishes a
 * sort — so an idle exhibit page costs no frames. Returns a reset and a dispose.
 */
export function mountSplatStage(
  host: HTMLElement,
  levels: readonly SplatLevel[],
  label: string,
  callbacks: StageCallbacks,
) {
  const renderer = new WebGLRenderer({ antialias: false });
  renderer.setPixelRatio(Math.min(1.5, globalThis.devicePixelRatio ?? 1));
  const canvas = renderer.domElement;
  canvas.tabIndex = 0;
  canvas.setAttribute('aria-label', label);
  host.append(canvas);
  const scene = new Scene();
  const camera = new PerspectiveCamera(40, 1, 0.01, 100);
  const controls = new OrbitControls(camera, canvas);
  controls.listenToKeyEvents(canvas);
  controls.enableDamping = false;
  let queued = false;
  const draw = () => {
    if (queued) return;
    queued = true;
    requestAnimationFrame(() => {
      queued = false;
      renderer.render(scene, camera);
    });
  };
  // Each time the splats are brought up to date with the view, counted on the stage for tests and the
  // bench, and whether the last frame's were (data-splat-view, as in the tour).
  const report: SplatFrameReport = ({ current, updated }) => {
    if (updated) host.dataset.splatUpdates = String(Number(host.dataset.splatUpdates ?? 0) + 1);
    host.dataset.splatView = current ? 'current' : 'moving';
  };
  scene.add(createSparkRenderer(renderer, draw, report));
  const home = { position: new Vector3(0, 0.3, 1.2), target: new Vector3(0, 0.2, 0) };
  const frame = () => {
    camera.position.copy(home.position);
    controls.target.copy(home.target);
    controls.update();
    draw();
  };
  const splat = new ProgressiveSplat(levels, {
    onLevel: (level, index) => {
      if (index === 0) {
        // Frame the object once, from the coarse level: later levels have the same extent.
        const box = splat.bounds();
        const size = box.getSize(new Vector3()).length() || 1;
        box.getCenter(home.target);
        home.position.copy(home.target).add(new Vector3(0, size * 0.35, size * 1.6));
        frame();
      }
      draw();
      // Two frames: Spark sorts after the first one it sees the splats in.
      requestAnimationFrame(() => requestAnimationFrame(() => callbacks.onLevel(level, index)));
    },
    onError: callbacks.onError,
  });
  scene.add(splat);
  controls.addEventListener('change', draw);
  const resize = new ResizeObserver(() => {
    const { width, height } = host.getBoundingClientRect();
    renderer.setSize(width, height, false);
    camera.aspect = width / Math.max(1, height);
    camera.updateProjectionMatrix();
    draw();
  });
  resize.observe(host);
  frame();
  return {
    reset: frame,
    dispose: () => {
      resize.disconnect();
      controls.dispose();
      splat.dispose();
      renderer.dispose();
      canvas.remove();
    },
  };
}
