import { useMemo } from 'react';
import { BoxGeometry, type BufferGeometry, Shape, ShapeGeometry } from 'three';
import { mergeGeometries } from 'three/examples/jsm/utils/BufferGeometryUtils.js';
import { wallSegments } from '../../../content/scenes/geometry.ts';
import type { Scene } from '../../../content/schemas/scene.ts';
import { surfaceLook } from './surface-look.ts';

export interface RoomProps {
  scene: Scene;
}

/** The floor and every wall, each merged into one mesh: two draw calls for the whole room (Blinn-Phong: see surface-look.ts). */
export function Room({ scene }: RoomProps) {
  const floor = useMemo(() => {
    const shape = new Shape(scene.floor.outline.map(([x, z]) => ({ x, y: -z }) as never));
    const geometry = new ShapeGeometry(shape);
    geometry.rotateX(-Math.PI / 2);
    return geometry;
  }, [scene]);
  const walls = useMemo(() => {
    const parts: BufferGeometry[] = wallSegments(scene).map(({ a, b }) => {
      const length = Math.hypot(b[0] - a[0], b[1] - a[1]);
      const wall = new BoxGeometry(length, scene.wallHeight, 0.2);
      wall.rotateY(-Math.atan2(b[1] - a[1], b[0] - a[0]));
      wall.translate((a[0] + b[0]) / 2, scene.wallHeight / 2, (a[1] + b[1]) / 2);
      return wall;
    });
    return parts.length > 0 ? mergeGeometries(parts) : null;
  }, [scene]);
  const m = scene.materials;
  return (
    <group name="room">
      <mesh name="floor" geometry={floor}>
        <meshPhongMaterial {...surfaceLook(m.floor ?? {})} />
      </mesh>
      {walls && (
        <mesh name="walls" geometry={walls}>
          <meshPhongMaterial {...surfaceLook(m.wall ?? {})} />
        </mesh>
      )}
    </group>
  );
}
