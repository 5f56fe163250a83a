import type { MeshPart } from './scan-mesh.ts';
import { type Bounds, cross, dot, normalize, type Vec3 } from './studio-camera.ts';

/**
 * The depth of the object seen from a distant light (orthographic), for soft shadows on the object
 * and on the floor it stands on: a studio's key light is a large softbox, so the lookup averages a
 * neighbourhood (percentage-closer filtering) instead of giving a hard edge.
 */
export class ShadowMap {
  private readonly depth: Float32Array;
  private readonly x: Vec3;
  private readonly y: Vec3;
  private readonly z: Vec3;
  private readonly origin: [number, number];
  private readonly texel: number;
  /** A world-space length: how far a surface point is pushed along its normal before the lookup. */
  readonly bias: number;
  private readonly size: number;
  private readonly softness: number;

  constructor(parts: MeshPart[], bounds: Bounds, towardsLight: Vec3, size = 1536, softness = 2) {
    this.size = size;
    this.softness = softness;
    this.z = normalize([-towardsLight[0], -towardsLight[1], -towardsLight[2]]);
    this.x = normalize(cross(this.z, Math.abs(this.z[1]) > 0.99 ? [1, 0, 0] : [0, 1, 0]));
    this.y = cross(this.x, this.z);
    const corners: Vec3[] = [0, 1, 2, 3, 4, 5, 6, 7].map((k) => [
      k & 1 ? bounds.max[0] : bounds.min[0],
      k & 2 ? bounds.max[1] : bounds.min[1],
      k & 4 ? bounds.max[2] : bounds.min[2],
    ]);
    const xs = corners.map((c) => dot(c, this.x));
    const ys = corners.map((c) => dot(c, this.y));
    const extent = Math.max(Math.max(...xs) - Math.min(...xs), Math.max(...ys) - Math.min(...ys)) * 1.04;
    this.texel = extent / size;
    this.origin = [
      (Math.max(...xs) + Math.min(...xs)) / 2 - extent / 2,
      (Math.max(...ys) + Math.min(...ys)) / 2 - extent / 2,
    ];
    this.bias = this.texel * 2.5;
    this.depth = new Float32Array(size * size).fill(Number.POSITIVE_INFINITY);
    for (const part of parts) this.draw(part);
  }

  private draw(part: MeshPart): void {
    const { positions, indices } = part;
    const count = positions.length / 3;
    const [u, v, d] = [new Float32Array(count), new Float32Array(count), new Float32Array(count)];
    for (let i = 0; i < count; i++) {
      const p: Vec3 = [positions[i * 3]!, positions[i * 3 + 1]!, positions[i * 3 + 2]!];
      u[i] = (dot(p, this.x) - this.origin[0]) / this.texel;
      v[i] = (dot(p, this.y) - this.origin[1]) / this.texel;
      d[i] = dot(p, this.z);
    }
    const size = this.size;
    for (let t = 0; t < indices.length; t += 3) {
      const [a, b, c] = [indices[t]!, indices[t + 1]!, indices[t + 2]!];
      const area = (u[b]! - u[a]!) * (v[c]! - v[a]!) - (u[c]! - u[a]!) * (v[b]! - v[a]!);
      if (area === 0) continue;
      const x0 = Math.max(0, Math.floor(Math.min(u[a]!, u[b]!, u[c]!)));
      const x1 = Math.min(size - 1, Math.ceil(Math.max(u[a]!, u[b]!, u[c]!)));
      const y0 = Math.max(0, Math.floor(Math.min(v[a]!, v[b]!, v[c]!)));
      const y1 = Math.min(size - 1, Math.ceil(Math.max(v[a]!, v[b]!, v[c]!)));
      for (let y = y0; y <= y1; y++) {
        const py = y + 0.5;
        for (let x = x0; x <= x1; x++) {
          const px = x + 0.5;
          const la = ((u[b]! - px) * (v[c]! - py) - (u[c]! - px) * (v[b]! - py)) / area;
          const lb = ((u[c]! - px) * (v[a]! - py) - (u[a]! - px) * (v[c]! - py)) / area;
          const lc = 1 - la - lb;
          if (la < 0 || lb < 0 || lc < 0) continue;
          const depth = la * d[a]! + lb * d[b]! + lc * d[c]!;
          const k = y * size + x;
          if (depth < this.depth[k]!) this.depth[k] = depth;
        }
      }
    }
  }

  /** How much of the light reaches point (x, y, z): 1 in full light, 0 in full shadow. */
  light(x: number, y: number, z: number): number {
    const u = (x * this.x[0] + y * this.x[1] + z * this.x[2] - this.origin[0]) / this.texel;
    const v = (x * this.y[0] + y * this.y[1] + z * this.y[2] - this.origin[1]) / this.texel;
    const d = x * this.z[0] + y * this.z[1] + z * this.z[2] - this.bias;
    const r = this.softness;
    let lit = 0;
    let samples = 0;
    for (let j = -r; j <= r; j++) {
      for (let i = -r; i <= r; i++) {
        samples++;
        const [su, sv] = [Math.floor(u + i * 1.5), Math.floor(v + j * 1.5)];
        if (su < 0 || sv < 0 || su >= this.size || sv >= this.size) lit++;
        else if (d <= this.depth[sv * this.size + su]!) lit++;
      }
    }
    return lit / samples;
  }
}
