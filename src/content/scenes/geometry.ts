import type { Scene, ScenePlacement, Vec2 } from '../schemas/scene.ts';

/*
 * Floor-plan maths for scenes, in the x/z plane. Pure: the walkthrough, the content check and the
 * tests share it, so what the check accepts is exactly what a visitor can walk.
 */

export interface Segment {
  a: Vec2;
  b: Vec2;
}

/** How far beyond a doorway a walker may step, so that crossing the threshold can be noticed. */
export const LANDING_DEPTH = 1;
/** A visitor's body seen from above, in metres. */
export const WALKER_RADIUS = 0.3;

const cross = (o: Vec2, a: Vec2, b: Vec2) => (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0]);

/** Even-odd rule: a ray toward +x crosses the outline an odd number of times from inside. */
export function pointInPolygon(point: Vec2, polygon: readonly Vec2[]): boolean {
  const [x, z] = point;
  let inside = false;
  polygon.forEach((a, i) => {
    const b = polygon[(i + 1) % polygon.length] ?? a;
    if (a[1] > z !== b[1] > z && x < a[0] + ((z - a[1]) * (b[0] - a[0])) / (b[1] - a[1])) inside = !inside;
  });
  return inside;
}

/** Whether segments p1p2 and q1q2 share any point, touching and collinear overlap included. */
export function segmentsIntersect(p1: Vec2, p2: Vec2, q1: Vec2, q2: Vec2): boolean {
  const d1 = cross(q1, q2, p1);
  const d2 = cross(q1, q2, p2);
  const d3 = cross(p1, p2, q1);
  const d4 = cross(p1, p2, q2);
  if (((d1 > 0 && d2 < 0) || (d1 < 0 && d2 > 0)) && ((d3 > 0 && d4 < 0) || (d3 < 0 && d4 > 0))) return true;
  const within = (a: Vec2, b: Vec2, p: Vec2) =>
    Math.min(a[0], b[0]) <= p[0] &&
    p[0] <= Math.max(a[0], b[0]) &&
    Math.min(a[1], b[1]) <= p[1] &&
    p[1] <= Math.max(a[1], b[1]);
  return (
    (d1 === 0 && within(q1, q2, p1)) ||
    (d2 === 0 && within(q1, q2, p2)) ||
    (d3 === 0 && within(p1, p2, q1)) ||
    (d4 === 0 && within(p1, p2, q2))
  );
}

/** Edge i of an outline runs from point i to point i+1, the last one back to point 0. */
export function outlineEdge(outline: readonly Vec2[], index: number): Segment {
  const a = outline[index] ?? [0, 0];
  return { a, b: outline[(index + 1) % outline.length] ?? a };
}

export const segmentLength = (s: Segment) => Math.hypot(s.b[0] - s.a[0], s.b[1] - s.a[1]);

/** Pairs of edges that cross although they are not neighbours: the outline is not a simple polygon. */
export function selfIntersections(outline: readonly Vec2[]): [number, number][] {
  const n = outline.length;
  const found: [number, number][] = [];
  for (let i = 0; i < n; i++) {
    for (let j = i + 2; j < n; j++) {
      if (i === 0 && j === n - 1) continue;
      const e = outlineEdge(outline, i);
      const f = outlineEdge(outline, j);
      if (segmentsIntersect(e.a, e.b, f.a, f.b)) found.push([i, j]);
    }
  }
  return found;
}

/** The walls: every outline edge, with each doorway's width cut out of its edge. */
export function wallSegments(scene: Scene): Segment[] {
  return scene.floor.outline.flatMap((_, i) => {
    const edge = outlineEdge(scene.floor.outline, i);
    const length = segmentLength(edge);
    const at = (t: number): Vec2 => [
      edge.a[0] + ((edge.b[0] - edge.a[0]) * t) / length,
      edge.a[1] + ((edge.b[1] - edge.a[1]) * t) / length,
    ];
    const gaps = scene.doorways.filter((d) => d.edge === i).sort((p, q) => p.offset - q.offset);
    const walls: Segment[] = [];
    let start = 0;
    for (const gap of gaps) {
      if (gap.offset > start) walls.push({ a: at(start), b: at(Math.min(gap.offset, length)) });
      start = Math.max(start, gap.offset + gap.width);
    }
    if (start < length) walls.push({ a: at(start), b: edge.b });
    return walls;
  });
}

export function distanceToSegment(p: Vec2, s: Segment): number {
  const dx = s.b[0] - s.a[0];
  const dz = s.b[1] - s.a[1];
  const lengthSquared = dx * dx + dz * dz;
  const t = lengthSquared === 0 ? 0 : ((p[0] - s.a[0]) * dx + (p[1] - s.a[1]) * dz) / lengthSquared;
  const k = Math.min(1, Math.max(0, t));
  return Math.hypot(p[0] - (s.a[0] + k * dx), p[1] - (s.a[1] + k * dz));
}

/** Just outside a doorway, where a walker steps to leave through it. */
function onLanding(scene: Scene, p: Vec2): boolean {
  return scene.doorways.some((door) => {
    const edge = outlineEdge(scene.floor.outline, door.edge);
    const length = segmentLength(edge);
    const ux = (edge.b[0] - edge.a[0]) / length;
    const uz = (edge.b[1] - edge.a[1]) / length;
    const along = (p[0] - edge.a[0]) * ux + (p[1] - edge.a[1]) * uz;
    // Counter-clockwise outline: the room is left of each edge, so outward is its right-hand normal.
    const out = (p[0] - edge.a[0]) * uz - (p[1] - edge.a[1]) * ux;
    return along >= door.offset && along <= door.offset + door.width && out >= 0 && out <= LANDING_DEPTH;
  });
}

/** Whether a circle meets a placement's footprint, a rectangle turned by the placement's yaw. */
export function hitsFootprint(p: Vec2, radius: number, placement: ScenePlacement): boolean {
  const angle = (placement.rotation * Math.PI) / 180;
  const wx = p[0] - placement.position[0];
  const wz = p[1] - placement.position[2];
  // Undo the yaw (three.js rotation.y) to measure in the footprint's own axes.
  const lx = wx * Math.cos(angle) - wz * Math.sin(angle);
  const lz = wx * Math.sin(angle) + wz * Math.cos(angle);
  const [width, depth] = placement.footprint;
  const dx = Math.max(Math.abs(lx) - width / 2, 0);
  const dz = Math.max(Math.abs(lz) - depth / 2, 0);
  return dx * dx + dz * dz < radius * radius;
}

/** Whether a walker of `radius` standing at (x, z) would be outside the room, in a wall or in an exhibit. */
export function blocked(scene: Scene, x: number, z: number, radius: number): boolean {
  const p: Vec2 = [x, z];
  if (!pointInPolygon(p, scene.floor.outline) && !onLanding(scene, p)) return true;
  if (wallSegments(scene).some((wall) => distanceToSegment(p, wall) < radius)) return true;
  return scene.placements.some((placement) => hitsFootprint(p, radius, placement));
}

/**
 * Where a walker moving from `from` toward `to` ends up. The move goes in steps shorter than the
 * walker's radius, so it cannot jump over a wall, which has no thickness; a blocked step slides along
 * x or z alone, so walking diagonally into a wall glides along it instead of sticking.
 */
export function resolveMove(scene: Scene, from: Vec2, to: Vec2, radius: number): Vec2 {
  const distance = Math.hypot(to[0] - from[0], to[1] - from[1]);
  const steps = Math.max(1, Math.ceil(distance / Math.max(radius / 2, 0.01)));
  const sx = (to[0] - from[0]) / steps;
  const sz = (to[1] - from[1]) / steps;
  let here: Vec2 = [from[0], from[1]];
  for (let i = 0; i < steps; i++) {
    const tries: Vec2[] = [[here[0] + sx, here[1] + sz]];
    if (sx !== 0 && sz !== 0) tries.push([here[0] + sx, here[1]], [here[0], here[1] + sz]);
    const next = tries.find(([x, z]) => !blocked(scene, x, z, radius));
    if (!next) break;
    here = next;
  }
  return here;
}
