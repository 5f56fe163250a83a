import { useFrame } from '@react-three/fiber';
import { useMemo } from 'react';
import { Vector3 } from 'three';
import type { TourData } from '../../../content/scenes/tour-data.ts';
import type { TourController } from './controller.ts';
import { BASE_HEIGHT } from './Exhibits.tsx';

const MAX_LABEL_DISTANCE = 16;

/**
 * Keeps each exhibit's label (a real, focusable button in the page) over its object: projected every
 * drawn frame, hidden when behind the visitor. One reused vector, no React state.
 */
export function LabelTracker({ data, controller }: { data: TourData; controller: TourController }) {
  const anchors = useMemo(
    () =>
      data.placements.map((p) => ({
        id: p.exhibit,
        at: new Vector3(p.position[0], p.position[1] + BASE_HEIGHT[p.mount] + 1.5, p.position[2]),
      })),
    [data],
  );
  const v = useMemo(() => new Vector3(), []);
  useFrame(({ camera, size }) => {
    camera.updateMatrixWorld();
    for (const { id, at } of anchors) {
      const label = controller.labels.get(id);
      if (!label) continue;
      // Far labels would crowd the view; nearer ones sit on top of farther ones.
      const distance = camera.position.distanceTo(at);
      v.copy(at).project(camera);
      const visible = v.z < 1 && Math.abs(v.x) < 1.1 && Math.abs(v.y) < 1.1 && distance < MAX_LABEL_DISTANCE;
      label.hidden = !visible;
      if (!visible) continue;
      label.style.transform = `translate(${((v.x + 1) / 2) * size.width}px, ${((1 - v.y) / 2) * size.height}px) translate(-50%, -50%)`;
      label.style.zIndex = String(Math.round(1000 - distance * 10));
    }
  });
  return null;
}
