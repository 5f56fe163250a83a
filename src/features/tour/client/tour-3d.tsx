import { createRoot, events, extend } from '@react-three/fiber';
import {
  AmbientLight,
  BoxGeometry,
  Color,
  DirectionalLight,
  Group,
  HemisphereLight,
  Mesh,
  MeshPhongMaterial,
  PointLight,
} from 'three';
import type { TourData } from '../../../content/scenes/tour-data.ts';
import type { TourController } from './controller.ts';
import { addFloorMap, addGuidedTour, addJoystick, addLabels } from './overlays.ts';
import type { Pose } from './pose.ts';
import { Scene3D } from './Scene3D.tsx';

// Only the three.js classes the gallery uses are registered (rather than all of three, as <Canvas>
// does), and the scene is rendered with react-three-fiber's own root, without react-dom: this keeps
// the tour's code within its budget. The controls around the view are plain DOM.
extend({
  AmbientLight,
  BoxGeometry,
  Color,
  DirectionalLight,
  Group,
  HemisphereLight,
  Mesh,
  MeshPhongMaterial,
  PointLight,
});

export interface MountCallbacks {
  openExhibit: (id: string, play?: boolean) => void;
  onPoseSettled: (pose: Pose) => void;
  onReady: () => void;
  onMove?: (pose: Pose) => void;
}

/** Loaded only on intent (see tour-loader.ts): draws the 3D gallery into `root`. */
export function mountTour(root: HTMLElement, data: TourData, initial: Pose, callbacks: MountCallbacks): void {
  const canvas = Object.assign(document.createElement('canvas'), { tabIndex: 0 });
  canvas.setAttribute('aria-label', data.strings.view ?? '');
  const labels = Object.assign(document.createElement('div'), { className: 'tour-labels' });
  const controls = Object.assign(document.createElement('div'), { className: 'tour-controls' });
  root.append(canvas, labels, controls);

  let settle: ReturnType<typeof setTimeout> | undefined;
  let lastMap = 0;
  const controller: TourController = {
    pose: { ...initial },
    glide: null,
    stick: { x: 0, y: 0 },
    invalidate: () => undefined,
    onFrame: () => undefined,
    labels: new Map(),
    showDetail: () => undefined,
  };
  const open = (id: string, play = false) => {
    controller.showDetail(id);
    callbacks.openExhibit(id, play);
  };
  addLabels(labels, data, controller, (id) => open(id));
  const showOnMap = addFloorMap(controls, data);
  addJoystick(controls, data, controller);
  addGuidedTour(controls, data, controller, open);
  showOnMap(controller.pose);
  controller.onFrame = (pose, moving) => {
    const now = performance.now();
    if (!moving || now - lastMap > 120) {
      lastMap = now;
      showOnMap(pose);
    }
    if (moving) callbacks.onMove?.(pose);
    clearTimeout(settle);
    settle = setTimeout(() => callbacks.onPoseSettled({ ...controller.pose }), 300);
  };

  const three = createRoot(canvas);
  const dpr = Math.min(1.5, globalThis.devicePixelRatio ?? 1);
  const reducedMotion = matchMedia('(prefers-reduced-motion: reduce)').matches;
  const render = async () => {
    const { width, height, top, left } = root.getBoundingClientRect();
    await three.configure({
      events,
      frameloop: 'demand',
      dpr,
      size: { width, height, top, left },
      camera: { fov: 70, near: 0.05, far: 200, position: [initial.x, initial.y, initial.z] },
      onCreated: (state) => {
        controller.invalidate = () => state.invalidate();
      },
    });
    three.render(
      <Scene3D
        data={data}
        controller={controller}
        reducedMotion={reducedMotion}
        dpr={dpr}
        onReady={callbacks.onReady}
      />,
    );
  };
  new ResizeObserver(() => void render()).observe(root);
  void render();
}
