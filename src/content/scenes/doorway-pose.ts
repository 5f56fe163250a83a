import type { Scene } from '../schemas/scene.ts';
import { outlineEdge, pointInPolygon, segmentLength } from './geometry.ts';

/**
 * Where a visitor stands after coming through a doorway: 1.5 m inside the room from the middle of the
 * gap, facing into the room (yaw in radians, 0 looking towards −z).
 */
export function doorwayPose(scene: Scene, doorwayId: string): { x: number; z: number; yaw: number } {
  const door = scene.doorways.find((d) => d.id === doorwayId);
  if (!door) return { x: scene.spawn.position[0], z: scene.spawn.position[2], yaw: (scene.spawn.yaw * Math.PI) / 180 };
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
    if (pointInPolygon([x, z], scene.floor.outline)) return { x, z, yaw: Math.atan2(-nx, -nz) };
  }
  return { x: cx, z: cz, yaw: 0 };
}
