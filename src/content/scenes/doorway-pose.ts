import type { Scene } from '../schemas/scene.ts';
import { outlineEdge, pointInPolygon, segmentLength } from './geometry.ts';
import { type CameraPose, EYE_HEIGHT } from './poses.ts';

/**
 * Where a visitor stands after coming through a doorway: 1.5 m inside the room from the middle of the
 * gap, facing into the room, as a camera pose of the scene data (degrees, 0 looking towards −z).
 */
export function doorwayPose(scene: Scene, doorwayId: string): CameraPose {
  const door = scene.doorways.find((d) => d.id === doorwayId);
  if (!door) return { ...scene.spawn, pitch: 0 };
  const edge = outlineEdge(scene.floor.outline, door.edge);
  const length = segmentLength(edge);
  const [ux, uz] = [(edge.b[0] - edge.a[0]) / length, (edge.b[1] - edge.a[1]) / length];
  const mid = door.offset + door.width / 2;
  const [cx, cz] = [edge.a[0] + ux * mid, edge.a[1] + uz * mid];
  // The inward side is whichever normal leads into the room.
  for (const [nx, nz] of [
    [-uz, ux],
    [uz, -ux],
  ] as const) {
    const x = cx + nx * 1.5;
    const z = cz + nz * 1.5;
    if (pointInPolygon([x, z], scene.floor.outline)) return standing(x, z, (Math.atan2(-nx, -nz) * 180) / Math.PI);
  }
  return standing(cx, cz, 0);
}

const standing = (x: number, z: number, yaw: number): CameraPose => ({ position: [x, EYE_HEIGHT, z], yaw, pitch: 0 });
