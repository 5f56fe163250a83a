import { createRoot, events, extend } from '@react-three/fiber';
import { AmbientLight, Color, DirectionalLight, Group, HemisphereLight } from 'three';
import type { ModelLevels } from '../levels.ts';
import { ViewerScene, type ViewerHandle } from './ViewerScene.tsx';

// Only the classes the viewer's scene uses are registered (as in the tour), and react-three-fiber's
// own root renders without react-dom: the viewer shares the tour's chunks of three and R3F.
extend({ AmbientLight, Color, DirectionalLight, Group, HemisphereLight });

export interface MountOptions {
  label: string;
  reducedMotion: boolean;
  onLevel: (level: 'first' | 'detailed') => void;
  onError: () => void;
}

/** Loaded on "View in 3D" only: draws the exhibit's model into `stage`, returns the keyboard's handle. */
export function mountViewer(stage: HTMLElement, levels: ModelLevels, options: MountOptions): ViewerHandle {
  const canvas = Object.assign(document.createElement('canvas'), { tabIndex: 0 });
  canvas.setAttribute('aria-label', options.label);
  stage.append(canvas);
  const handle: ViewerHandle = { press: () => false };
  canvas.addEventListener('keydown', (event) => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    if (handle.press(event.key)) event.preventDefault();
  });
  const three = createRoot(canvas);
  const render = async () => {
    const { width, height, top, left } = stage.getBoundingClientRect();
    await three.configure({
      events,
      frameloop: 'demand',
      dpr: Math.min(1.5, globalThis.devicePixelRatio ?? 1),
      size: { width, height, top, left },
      camera: { fov: 40, near: 0.01, far: 100, position: [0, 0.5, 2] },
    });
    three.render(<ViewerScene levels={levels} handle={handle} {...options} />);
  };
  new ResizeObserver(() => void render()).observe(stage);
  void render();
  canvas.focus({ preventScroll: true });
  return handle;
}
