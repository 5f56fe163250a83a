import { useFrame } from '@react-three/fiber';
import { useMemo } from 'react';
import { Vector3 } from 'three';
import type { TourData } from '../../../content/scenes/tour-data.ts';
import type { TourController } from './controller.ts';
import { BASE_HEIGHT } from './Exhibits.tsx';
import { labelPlacement } from './label-placement.ts';

/**
 * Keeps each exhibit's label (a real, focusable button in the page) over its object: projected every
 * drawn frame, hidden when behind the visitor. One reused vector, no React state, and the DOM written
 * only where something changed (whole pixels): a style write per label per frame was style and
 * layout work in every walking frame, even for labels out of view.
 */
export function LabelTracker({ data, controller }: { data: TourData; controller: TourController }) {
  const anchors = useMemo(
    () =>
      data.placements.map((p) => ({
        id: p.exhibit,
        at: new Vector3(p.position[0], p.position[1] + BASE_HEIGHT[p.mount] + 1.5, p.position[2]),
        shown: { hidden: true, transform: '', zIndex: '' },
      })),
    [data],
  );
  const v = useMemo(() => new Vector3(), []);
  useFrame(({ camera, size }) => {
    camera.updateMatrixWorld();
    for (const { id, at, shown } of anchors) {
      const label = controller.labels.get(id);
      if (!label) continue;
      const place = labelPlacement(v.copy(at).project(camera), camera.position.distanceTo(at), size);
      const hidden = place === null;
      if (hidden !== shown.hidden || label.hidden !== hidden) label.hidden = shown.hidden = hidden;
      if (!place) continue;
      if (place.transform !== shown.transform) label.style.transform = shown.transform = place.transform;
      if (place.zIndex !== shown.zIndex) label.style.zIndex = shown.zIndex = place.zIndex;
    }
  });
  return null;
}
