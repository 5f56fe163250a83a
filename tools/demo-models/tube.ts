import { type MeshData, meshFrom, type Vec3 } from './mesh-data.ts';

export interface TubeOptions {
  /** Radius along the path, as a function of the fraction travelled (0 at the start, 1 at the end). */
  radius: number | ((t: number) => number);
  radialSegments: number;
  /** Close both ends with flat caps (default true). */
  caps?: boolean;
}

/**
 * A tube swept along a polyline, its rings kept from twisting by parallel transport: a rib, a jaw
 * bone, a branch of coral. Vertices: path.length × radialSegments, plus radialSegments + 1 per cap.
 */
export function tube(path: readonly Vec3[], options: TubeOptions): MeshData {
  const { radialSegments: segments, caps = true } = options;
  if (path.length < 2) throw new Error('tube: expected a path of at least 2 points');
  const radiusAt = typeof options.radius === 'number' ? () => options.radius as number : options.radius;
  const positions: number[] = [];
  const normals: number[] = [];
  const indices: number[] = [];
  const frames = transportFrames(path);
  frames.forEach(({ point, normal: n, binormal: b }, i) => {
    const r = radiusAt(i / (path.length - 1));
    for (let j = 0; j < segments; j++) {
      const a = (2 * Math.PI * j) / segments;
      const d = [0, 1, 2].map((k) => Math.cos(a) * n[k]! + Math.sin(a) * b[k]!);
      positions.push(point[0] + r * d[0]!, point[1] + r * d[1]!, point[2] + r * d[2]!);
      normals.push(d[0]!, d[1]!, d[2]!);
    }
  });
  for (let i = 0; i + 1 < path.length; i++) {
    for (let j = 0; j < segments; j++) {
      const k = (j + 1) % segments;
      const [a0, a1, b0, b1] = [i * segments + j, i * segments + k, (i + 1) * segments + j, (i + 1) * segments + k];
      indices.push(a0, a1, b0, a1, b1, b0);
    }
  }
  if (caps) {
    for (const [i, outward] of [
      [0, -1],
      [path.length - 1, 1],
    ] as const) {
      const { point, tangent } = frames[i]!;
      const centre = positions.length / 3;
      const axis = tangent.map((t) => t * outward);
      positions.push(...point);
      normals.push(...axis);
      for (let j = 0; j < segments; j++) {
        positions.push(...positions.slice((i * segments + j) * 3, (i * segments + j) * 3 + 3));
        normals.push(...axis);
      }
      for (let j = 0; j < segments; j++) {
        const [a, b] = [centre + 1 + j, centre + 1 + ((j + 1) % segments)];
        indices.push(...(outward > 0 ? [centre, a, b] : [centre, b, a]));
      }
    }
  }
  return meshFrom(positions, normals, indices);
}

interface Frame {
  point: Vec3;
  tangent: number[];
  normal: number[];
  binormal: number[];
}

function transportFrames(path: readonly Vec3[]): Frame[] {
  const frames: Frame[] = [];
  let normal: number[] | undefined;
  path.forEach((point, i) => {
    const before = path[Math.max(0, i - 1)]!;
    const after = path[Math.min(path.length - 1, i + 1)]!;
    const tangent = normalize([after[0] - before[0], after[1] - before[1], after[2] - before[2]]);
    if (!normal) {
      // Start from the world axis least aligned with the path, made perpendicular to it.
      const axis = [0, 1, 2].reduce((best, k) => (Math.abs(tangent[k]!) < Math.abs(tangent[best]!) ? k : best), 0);
      normal = [0, 0, 0];
      normal[axis] = 1;
    }
    const along = dot(normal, tangent);
    normal = normalize(normal.map((v, k) => v - along * tangent[k]!));
    frames.push({ point, tangent, normal, binormal: cross(tangent, normal) });
  });
  return frames;
}

function dot(a: number[], b: number[]): number {
  return a[0]! * b[0]! + a[1]! * b[1]! + a[2]! * b[2]!;
}

function cross(a: number[], b: number[]): number[] {
  return [a[1]! * b[2]! - a[2]! * b[1]!, a[2]! * b[0]! - a[0]! * b[2]!, a[0]! * b[1]! - a[1]! * b[0]!];
}

function normalize(v: number[]): number[] {
  const length = Math.hypot(v[0]!, v[1]!, v[2]!) || 1;
  return v.map((x) => x / length);
}

/** `points` points of the curve `at(t)` for t evenly from 0 to 1: a path for `tube`. */
export function curve(points: number, at: (t: number) => Vec3): Vec3[] {
  return Array.from({ length: points }, (_, i) => at(i / (points - 1)));
}
