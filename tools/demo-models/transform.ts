import { type MeshData, type Vec3, vertexCount } from './mesh-data.ts';

/** A node's placement as glTF stores it: translation, rotation (unit quaternion x, y, z, w), scale. */
export interface Trs {
  translation?: Vec3;
  rotation?: [number, number, number, number];
  scale?: Vec3;
}

/** 4 × 4 matrix, column-major like glTF. */
export type Mat4 = number[];

export function quatFromAxisAngle(axis: Vec3, radians: number): [number, number, number, number] {
  const length = Math.hypot(...axis);
  const s = Math.sin(radians / 2) / length;
  return [axis[0] * s, axis[1] * s, axis[2] * s, Math.cos(radians / 2)];
}

/** The rotation `a` followed by `b` (b · a). */
export function quatMultiply(
  b: readonly [number, number, number, number],
  a: readonly [number, number, number, number],
): [number, number, number, number] {
  const [bx, by, bz, bw] = b;
  const [ax, ay, az, aw] = a;
  return [
    bw * ax + bx * aw + by * az - bz * ay,
    bw * ay - bx * az + by * aw + bz * ax,
    bw * az + bx * ay - by * ax + bz * aw,
    bw * aw - bx * ax - by * ay - bz * az,
  ];
}

export function matrixFromTrs(trs: Trs): Mat4 {
  const [x, y, z, w] = trs.rotation ?? [0, 0, 0, 1];
  const [sx, sy, sz] = trs.scale ?? [1, 1, 1];
  const [tx, ty, tz] = trs.translation ?? [0, 0, 0];
  return [
    (1 - 2 * (y * y + z * z)) * sx,
    2 * (x * y + z * w) * sx,
    2 * (x * z - y * w) * sx,
    0,
    2 * (x * y - z * w) * sy,
    (1 - 2 * (x * x + z * z)) * sy,
    2 * (y * z + x * w) * sy,
    0,
    2 * (x * z + y * w) * sz,
    2 * (y * z - x * w) * sz,
    (1 - 2 * (x * x + y * y)) * sz,
    0,
    tx,
    ty,
    tz,
    1,
  ];
}

export function transformPoint(m: Mat4, x: number, y: number, z: number): Vec3 {
  return [
    m[0]! * x + m[4]! * y + m[8]! * z + m[12]!,
    m[1]! * x + m[5]! * y + m[9]! * z + m[13]!,
    m[2]! * x + m[6]! * y + m[10]! * z + m[14]!,
  ];
}

/**
 * Bakes a placement into the vertices. Normals go through the inverse transpose so they stay
 * perpendicular under non-uniform scale; a mirroring transform also flips the winding, so the
 * outside stays the front face.
 */
export function transformMesh(mesh: MeshData, trs: Trs): MeshData {
  const m = matrixFromTrs(trs);
  const [a, b, c, d, e, f, g, h, i] = [m[0]!, m[1]!, m[2]!, m[4]!, m[5]!, m[6]!, m[8]!, m[9]!, m[10]!];
  // Cofactor matrix = determinant × inverse transpose; the positive scale factor vanishes on normalizing.
  const cof = [
    e * i - f * h,
    f * g - d * i,
    d * h - e * g,
    c * h - b * i,
    a * i - c * g,
    b * g - a * h,
    b * f - c * e,
    c * d - a * f,
    a * e - b * d,
  ];
  const det = a * cof[0]! + b * cof[1]! + c * cof[2]!;
  const sign = Math.sign(det) || 1;
  const positions = new Float32Array(mesh.positions.length);
  const normals = new Float32Array(mesh.normals.length);
  for (let v = 0; v < vertexCount(mesh); v++) {
    const [x, y, z] = [mesh.positions[v * 3]!, mesh.positions[v * 3 + 1]!, mesh.positions[v * 3 + 2]!];
    positions.set(transformPoint(m, x, y, z), v * 3);
    const [nx, ny, nz] = [mesh.normals[v * 3]!, mesh.normals[v * 3 + 1]!, mesh.normals[v * 3 + 2]!];
    const n = [
      (cof[0]! * nx + cof[3]! * ny + cof[6]! * nz) * sign,
      (cof[1]! * nx + cof[4]! * ny + cof[7]! * nz) * sign,
      (cof[2]! * nx + cof[5]! * ny + cof[8]! * nz) * sign,
    ];
    const length = Math.hypot(n[0]!, n[1]!, n[2]!) || 1;
    normals.set([n[0]! / length, n[1]! / length, n[2]! / length], v * 3);
  }
  const indices = Uint32Array.from(mesh.indices);
  if (det < 0) {
    for (let t = 0; t < indices.length; t += 3) [indices[t + 1], indices[t + 2]] = [indices[t + 2]!, indices[t + 1]!];
  }
  return { positions, normals, indices };
}
