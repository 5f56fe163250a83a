import type { MeshData } from './mesh-data.ts';

/** A point of a lathe profile: distance from the y axis and height, in metres. */
export type ProfilePoint = readonly [radius: number, y: number];

export interface LatheOptions {
  /** Columns around the axis; at least 3. */
  segments: number;
  /** The profile is a closed loop (a ring with a wall thickness) rather than a line. */
  loop?: boolean;
  /** Where the profile turns more sharply than this (degrees), the edge is left hard, not smoothed. */
  creaseAngle?: number;
}

interface ProfileVertex {
  radius: number;
  y: number;
  nr: number;
  ny: number;
}

/**
 * Revolves a profile around the y axis. Points on the axis (radius 0) close the surface there, so a
 * profile running from the axis back to the axis, or a `loop`, gives a closed solid. Vertices per
 * profile vertex: `segments` (no seam column, as there are no UVs); a hard crease doubles a point.
 * Faces wind counter-clockwise seen from the side the profile's outward normal points to: the outward
 * normal of a step (dr, dy) along the profile is (dy, -dr).
 */
export function lathe(profile: readonly ProfilePoint[], options: LatheOptions): MeshData {
  const { segments, loop = false, creaseAngle = 35 } = options;
  if (segments < 3) throw new Error(`lathe: expected at least 3 segments, got ${segments}`);
  if (profile.length < 2) throw new Error('lathe: expected a profile of at least 2 points');
  const rows = profileRows(profile, loop, Math.cos((creaseAngle * Math.PI) / 180));
  const positions: number[] = [];
  const normals: number[] = [];
  const rowStart: number[] = [];
  const columns = Array.from({ length: segments }, (_, j) => (2 * Math.PI * j) / segments);
  for (const vertex of rows.vertices) {
    rowStart.push(positions.length / 3);
    for (const theta of columns) {
      const [s, c] = [Math.sin(theta), Math.cos(theta)];
      positions.push(vertex.radius * s, vertex.y, vertex.radius * c);
      normals.push(vertex.nr * s, vertex.ny, vertex.nr * c);
    }
  }
  const indices: number[] = [];
  for (const [from, to] of rows.steps) {
    const a = rows.vertices[from]!;
    const b = rows.vertices[to]!;
    for (let j = 0; j < segments; j++) {
      const k = (j + 1) % segments;
      const [a0, a1, b0, b1] = [rowStart[from]! + j, rowStart[from]! + k, rowStart[to]! + j, rowStart[to]! + k];
      if (a.radius > 0) indices.push(a0, a1, b0);
      if (b.radius > 0) indices.push(a1, b1, b0);
    }
  }
  return {
    positions: Float32Array.from(positions),
    normals: Float32Array.from(normals),
    indices: Uint32Array.from(indices),
  };
}

/** Number of vertices `lathe` makes for this profile: one row per profile vertex after creasing. */
export function latheRowCount(profile: readonly ProfilePoint[], loop = false, creaseAngle = 35): number {
  return profileRows(profile, loop, Math.cos((creaseAngle * Math.PI) / 180)).vertices.length;
}

/** Splits the profile into rows of vertices with 2D normals, doubling a point at a hard crease. */
function profileRows(profile: readonly ProfilePoint[], loop: boolean, creaseCos: number) {
  const n = profile.length;
  const stepCount = loop ? n : n - 1;
  const stepNormals = Array.from({ length: stepCount }, (_, s) => {
    const [r0, y0] = profile[s]!;
    const [r1, y1] = profile[(s + 1) % n]!;
    const length = Math.hypot(r1 - r0, y1 - y0);
    if (length === 0) throw new Error(`lathe: profile points ${s} and ${(s + 1) % n} coincide`);
    return [(y1 - y0) / length, -(r1 - r0) / length] as const;
  });
  const vertices: ProfileVertex[] = [];
  /** For each point, the row used by the step arriving at it and by the step leaving it. */
  const arriving: number[] = [];
  const leaving: number[] = [];
  for (let p = 0; p < n; p++) {
    const before = p > 0 ? stepNormals[p - 1] : loop ? stepNormals[stepCount - 1] : undefined;
    const after = p < stepCount ? stepNormals[p] : undefined;
    const [radius, y] = profile[p]!;
    const push = (nr: number, ny: number) => vertices.push({ radius, y, ...onAxis(radius, nr, ny) }) - 1;
    if (before && after && before[0] * after[0] + before[1] * after[1] >= creaseCos) {
      const [nr, ny] = [before[0] + after[0], before[1] + after[1]];
      const length = Math.hypot(nr, ny);
      const row = push(nr / length, ny / length);
      arriving[p] = row;
      leaving[p] = row;
    } else {
      if (before) arriving[p] = push(before[0], before[1]);
      if (after) leaving[p] = push(after[0], after[1]);
    }
  }
  const steps = Array.from({ length: stepCount }, (_, s) => [leaving[s]!, arriving[(s + 1) % n]!] as const);
  return { vertices, steps };
}

/** A flat cap meeting the axis gets a normal straight along it, so its centre shades flat. */
function onAxis(radius: number, nr: number, ny: number) {
  return radius === 0 && Math.abs(nr) < 1e-6 ? { nr: 0, ny: Math.sign(ny) } : { nr, ny };
}
