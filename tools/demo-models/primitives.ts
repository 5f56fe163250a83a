import { lathe } from './lathe.ts';
import { type MeshData, meshFrom, type Vec3 } from './mesh-data.ts';

/**
 * An axis-aligned box of `size` centred on `center`, `divisions` quads along each edge (all faces
 * flat-shaded: 4 vertices per quad-grid corner per face, so edges stay hard).
 */
export function box(size: Vec3, center: Vec3 = [0, 0, 0], divisions = 1): MeshData {
  const positions: number[] = [];
  const normals: number[] = [];
  const indices: number[] = [];
  // Each face: normal axis, sign, and the two in-plane axes ordered so u × v points along the normal.
  const faces: [number, 1 | -1, number, number][] = [
    [0, 1, 1, 2],
    [0, -1, 2, 1],
    [1, 1, 2, 0],
    [1, -1, 0, 2],
    [2, 1, 0, 1],
    [2, -1, 1, 0],
  ];
  for (const [axis, sign, u, v] of faces) {
    const start = positions.length / 3;
    for (let i = 0; i <= divisions; i++) {
      for (let j = 0; j <= divisions; j++) {
        const p: Vec3 = [0, 0, 0];
        p[axis] = center[axis] + (sign * size[axis]) / 2;
        p[u] = center[u] + size[u] * (i / divisions - 0.5);
        p[v] = center[v] + size[v] * (j / divisions - 0.5);
        positions.push(...p);
        const n: Vec3 = [0, 0, 0];
        n[axis] = sign;
        normals.push(...n);
      }
    }
    const row = divisions + 1;
    for (let i = 0; i < divisions; i++) {
      for (let j = 0; j < divisions; j++) {
        const a = start + i * row + j;
        indices.push(a, a + row, a + row + 1, a, a + row + 1, a + 1);
      }
    }
  }
  return meshFrom(positions, normals, indices);
}

/** A closed cylinder standing on y = 0. */
export function cylinder(radius: number, height: number, segments: number): MeshData {
  return lathe(
    [
      [0, 0],
      [radius, 0],
      [radius, height],
      [0, height],
    ],
    { segments },
  );
}

/** A closed cone (or a frustum, with `topRadius`) standing on y = 0. */
export function cone(radius: number, height: number, segments: number, topRadius = 0): MeshData {
  const top: [number, number][] =
    topRadius > 0
      ? [
          [topRadius, height],
          [0, height],
        ]
      : [[0, height]];
  return lathe([[0, 0], [radius, 0], ...top], { segments });
}

/** A closed half-ellipsoid dome on y = 0: `radius` wide, `height` tall. */
export function dome(radius: number, height: number, segments: number, rings: number): MeshData {
  const arc = Array.from({ length: rings + 1 }, (_, i) => {
    const a = (i / rings) * (Math.PI / 2);
    return [radius * Math.cos(a), height * Math.sin(a)] as [number, number];
  });
  arc[rings] = [0, height];
  return lathe([[0, 0], ...arc], { segments });
}

/** A sphere centred on the origin. */
export function sphere(radius: number, segments: number, rings: number): MeshData {
  const arc = Array.from({ length: rings + 1 }, (_, i) => {
    const a = -Math.PI / 2 + (i / rings) * Math.PI;
    return [i === 0 || i === rings ? 0 : radius * Math.cos(a), radius * Math.sin(a)] as [number, number];
  });
  return lathe(arc, { segments });
}

/**
 * A flat-topped prism from a polygon in the x–z plane, from y0 to y0 + height. The polygon must be
 * star-shaped around the origin (every corner visible from it), as the caps are fans from the centre.
 * Corners go counter-clockwise seen from above (+y).
 */
export function extrudePolygon(corners: readonly [number, number][], y0: number, height: number): MeshData {
  const positions: number[] = [];
  const normals: number[] = [];
  const indices: number[] = [];
  const n = corners.length;
  for (const [y, ny] of [
    [y0, -1],
    [y0 + height, 1],
  ] as const) {
    const centre = positions.length / 3;
    positions.push(0, y, 0);
    normals.push(0, ny, 0);
    for (const [x, z] of corners) {
      positions.push(x, y, z);
      normals.push(0, ny, 0);
    }
    for (let i = 0; i < n; i++) {
      const [a, b] = [centre + 1 + i, centre + 1 + ((i + 1) % n)];
      indices.push(...(ny > 0 ? [centre, a, b] : [centre, b, a]));
    }
  }
  for (let i = 0; i < n; i++) {
    const [x0, z0] = corners[i]!;
    const [x1, z1] = corners[(i + 1) % n]!;
    const length = Math.hypot(x1 - x0, z1 - z0);
    // Seen from +y, x points right and z down the page, so the outside of a counter-clockwise edge is
    // its right-hand side: (-dz, dx).
    const [nx, nz] = [(z0 - z1) / length, (x1 - x0) / length];
    const start = positions.length / 3;
    positions.push(x0, y0, z0, x1, y0, z1, x1, y0 + height, z1, x0, y0 + height, z0);
    for (let k = 0; k < 4; k++) normals.push(nx, 0, nz);
    indices.push(start, start + 1, start + 2, start, start + 2, start + 3);
  }
  return meshFrom(positions, normals, indices);
}

/** Corners of a star with `points` tips, counter-clockwise seen from above. */
export function starPolygon(points: number, outer: number, inner: number): [number, number][] {
  return Array.from({ length: points * 2 }, (_, i) => {
    const radius = i % 2 === 0 ? outer : inner;
    const a = (i * Math.PI) / points;
    return [radius * Math.sin(a), radius * Math.cos(a)];
  });
}

/** A ring lying on a horizontal surface at y0: a raised relief line, trapezoid in section. */
export function raisedRing(radius: number, y0: number, width: number, height: number, segments: number): MeshData {
  return lathe(
    [
      [radius - width / 2, y0],
      [radius + width / 2, y0],
      [radius + width / 4, y0 + height],
      [radius - width / 4, y0 + height],
    ],
    { segments, loop: true },
  );
}

/** A band around a wall whose outer surface is at `radius`: half sunk into it, `thickness` proud. */
export function band(radius: number, y: number, height: number, thickness: number, segments: number): MeshData {
  return lathe(
    [
      [radius - thickness, y - height / 2],
      [radius + thickness, y - height / 2],
      [radius + thickness, y + height / 2],
      [radius - thickness, y + height / 2],
    ],
    { segments, loop: true },
  );
}
