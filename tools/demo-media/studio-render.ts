import type { MeshPart } from './scan-mesh.ts';
import { ShadowMap } from './shadow-map.ts';
import {
  type Bounds,
  type Framing,
  frameObject,
  normalize,
  project,
  type StudioCamera,
  type Vec3,
} from './studio-camera.ts';

/**
 * A small software renderer for the demo's studio photographs of its generated scans (no GPU on a
 * build machine): the object on a seamless paper sweep under a large key light with soft shadows, a
 * cool fill, a rim light from behind and sky light; textures sampled bilinearly, perspective-correct;
 * lighting in linear light, tone-mapped (ACES curve) to sRGB. Deterministic: plain arithmetic only.
 */
const KEY = { towards: normalize([-0.5, 1.05, 0.6]), color: [1.75, 1.67, 1.55] as Vec3 };
const FILL = { towards: normalize([0.8, 0.25, 0.45]), color: [0.34, 0.37, 0.42] as Vec3 };
const RIM = { towards: normalize([0.35, 0.55, -0.75]), color: [0.55, 0.55, 0.55] as Vec3 };
const SKY: Vec3 = [0.26, 0.265, 0.28];
const GROUND: Vec3 = [0.09, 0.085, 0.08];
/** The paper sweep's colour (linear), a light warm grey. */
const PAPER: Vec3 = [0.42, 0.41, 0.39];

const toLinear = Float32Array.from({ length: 256 }, (_, i) => {
  const c = i / 255;
  return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
});
const LUT_SIZE = 4096;
const toSrgb = Uint8Array.from({ length: LUT_SIZE + 1 }, (_, i) => {
  const c = i / LUT_SIZE;
  return Math.round(255 * (c <= 0.0031308 ? c * 12.92 : 1.055 * c ** (1 / 2.4) - 0.055));
});
/** ACES filmic curve (Narkowicz's fit), then sRGB. */
function encode(x: number): number {
  const mapped = (x * (2.51 * x + 0.03)) / (x * (2.43 * x + 0.59) + 0.14);
  return toSrgb[Math.round(Math.min(1, Math.max(0, mapped)) * LUT_SIZE)]!;
}

export function boundsOf(parts: MeshPart[]): Bounds {
  const min: Vec3 = [Infinity, Infinity, Infinity];
  const max: Vec3 = [-Infinity, -Infinity, -Infinity];
  for (const { positions } of parts)
    for (let i = 0; i < positions.length; i++) {
      min[i % 3] = Math.min(min[i % 3]!, positions[i]!);
      max[i % 3] = Math.max(max[i % 3]!, positions[i]!);
    }
  return { min, max };
}

/** The object photographed in the studio: `framing.width × framing.height` pixels of 8-bit RGB. */
export function renderStudio(parts: MeshPart[], framing: Framing): Uint8Array {
  const { width, height } = framing;
  const bounds = boundsOf(parts);
  const camera = frameObject(bounds, framing);
  const shadows = new ShadowMap(parts, bounds, KEY.towards);
  const rgb = new Uint8Array(width * height * 3);
  const depth = new Float32Array(width * height); // 1 / distance; 0 where nothing is drawn
  for (const part of parts) drawPart(part, camera, shadows, width, height, rgb, depth);
  drawSweep(camera, bounds, shadows, width, height, rgb, depth);
  return rgb;
}

function drawPart(
  part: MeshPart,
  camera: StudioCamera,
  shadows: ShadowMap,
  width: number,
  height: number,
  rgb: Uint8Array,
  depth: Float32Array,
): void {
  const { positions: P, normals: N, uvs: T, indices, texture } = part;
  const count = P.length / 3;
  const [sx, sy, iz] = [new Float32Array(count), new Float32Array(count), new Float32Array(count)];
  for (let i = 0; i < count; i++) {
    const [x, y, z] = project(camera, [P[i * 3]!, P[i * 3 + 1]!, P[i * 3 + 2]!]);
    [sx[i], sy[i], iz[i]] = [x, y, 1 / z];
  }
  const [eye, bias] = [camera.eye, shadows.bias];
  const f0 = 0.04 * (1 - part.metallic);
  const shininess = Math.max(2, 2 / part.roughness ** 4 - 2);
  const specularScale = (shininess + 8) / (8 * Math.PI);
  const albedo: Vec3 = [0, 0, 0];
  for (let t = 0; t < indices.length; t += 3) {
    const [a, b, c] = [indices[t]!, indices[t + 1]!, indices[t + 2]!];
    const area = (sx[b]! - sx[a]!) * (sy[c]! - sy[a]!) - (sx[c]! - sx[a]!) * (sy[b]! - sy[a]!);
    if (area >= 0) continue; // facing away (counter-clockwise fronts appear clockwise with y down)
    const x0 = Math.max(0, Math.floor(Math.min(sx[a]!, sx[b]!, sx[c]!)));
    const x1 = Math.min(width - 1, Math.ceil(Math.max(sx[a]!, sx[b]!, sx[c]!)));
    const y0 = Math.max(0, Math.floor(Math.min(sy[a]!, sy[b]!, sy[c]!)));
    const y1 = Math.min(height - 1, Math.ceil(Math.max(sy[a]!, sy[b]!, sy[c]!)));
    for (let y = y0; y <= y1; y++) {
      const py = y + 0.5;
      for (let x = x0; x <= x1; x++) {
        const px = x + 0.5;
        const la = ((sx[b]! - px) * (sy[c]! - py) - (sx[c]! - px) * (sy[b]! - py)) / area;
        const lb = ((sx[c]! - px) * (sy[a]! - py) - (sx[a]! - px) * (sy[c]! - py)) / area;
        const lc = 1 - la - lb;
        if (la < 0 || lb < 0 || lc < 0) continue;
        const z = la * iz[a]! + lb * iz[b]! + lc * iz[c]!;
        const k = y * width + x;
        if (z <= depth[k]!) continue;
        depth[k] = z;
        // Perspective-correct weights.
        const [wa, wb, wc] = [(la * iz[a]!) / z, (lb * iz[b]!) / z, (lc * iz[c]!) / z];
        const [a3, b3, c3] = [a * 3, b * 3, c * 3];
        let nx = wa * N[a3]! + wb * N[b3]! + wc * N[c3]!;
        let ny = wa * N[a3 + 1]! + wb * N[b3 + 1]! + wc * N[c3 + 1]!;
        let nz = wa * N[a3 + 2]! + wb * N[b3 + 2]! + wc * N[c3 + 2]!;
        const nl = Math.hypot(nx, ny, nz) || 1;
        nx /= nl;
        ny /= nl;
        nz /= nl;
        const px3 = wa * P[a3]! + wb * P[b3]! + wc * P[c3]!;
        const py3 = wa * P[a3 + 1]! + wb * P[b3 + 1]! + wc * P[c3 + 1]!;
        const pz3 = wa * P[a3 + 2]! + wb * P[b3 + 2]! + wc * P[c3 + 2]!;
        const u = wa * T[a * 2]! + wb * T[b * 2]! + wc * T[c * 2]!;
        const w = wa * T[a * 2 + 1]! + wb * T[b * 2 + 1]! + wc * T[c * 2 + 1]!;
        sample(texture, u, w, part.color, albedo);
        let [vx, vy, vz] = [eye[0] - px3, eye[1] - py3, eye[2] - pz3];
        const vl = Math.hypot(vx, vy, vz);
        vx /= vl;
        vy /= vl;
        vz /= vl;
        const ndl = Math.max(0, nx * KEY.towards[0] + ny * KEY.towards[1] + nz * KEY.towards[2]);
        const lit = ndl > 0 ? ndl * shadows.light(px3 + nx * bias, py3 + ny * bias, pz3 + nz * bias) : 0;
        const fill = Math.max(0, nx * FILL.towards[0] + ny * FILL.towards[1] + nz * FILL.towards[2]);
        const rim = Math.max(0, nx * RIM.towards[0] + ny * RIM.towards[1] + nz * RIM.towards[2]);
        const sky = 0.5 + 0.5 * ny;
        let [hx, hy, hz] = [KEY.towards[0] + vx, KEY.towards[1] + vy, KEY.towards[2] + vz];
        const hl = Math.hypot(hx, hy, hz) || 1;
        hx /= hl;
        hy /= hl;
        hz /= hl;
        const ndh = Math.max(0, nx * hx + ny * hy + nz * hz);
        const gloss = lit > 0 ? specularScale * ndh ** shininess * lit : 0;
        for (let ch = 0; ch < 3; ch++) {
          const diffuse =
            SKY[ch]! * sky +
            GROUND[ch]! * (1 - sky) +
            KEY.color[ch]! * lit +
            FILL.color[ch]! * fill +
            RIM.color[ch]! * rim;
          const f = f0 + part.metallic * albedo[ch]!;
          rgb[k * 3 + ch] = encode(albedo[ch]! * (1 - part.metallic * 0.7) * diffuse + f * gloss * KEY.color[ch]!);
        }
      }
    }
  }
}

/** Bilinear base colour at (u, v), linear RGB, times the material's factor. */
function sample(texture: MeshPart['texture'], u: number, v: number, factor: Vec3, out: Vec3): void {
  if (!texture) {
    out[0] = factor[0];
    out[1] = factor[1];
    out[2] = factor[2];
    return;
  }
  const { width, height, rgb } = texture;
  const x = Math.min(width - 1, Math.max(0, u * width - 0.5));
  const y = Math.min(height - 1, Math.max(0, v * height - 0.5));
  const [x0, y0] = [Math.floor(x), Math.floor(y)];
  const [x1, y1] = [Math.min(width - 1, x0 + 1), Math.min(height - 1, y0 + 1)];
  const [fx, fy] = [x - x0, y - y0];
  for (let c = 0; c < 3; c++) {
    const top = toLinear[rgb[(y0 * width + x0) * 3 + c]!]! * (1 - fx) + toLinear[rgb[(y0 * width + x1) * 3 + c]!]! * fx;
    const bottom =
      toLinear[rgb[(y1 * width + x0) * 3 + c]!]! * (1 - fx) + toLinear[rgb[(y1 * width + x1) * 3 + c]!]! * fx;
    out[c] = (top * (1 - fy) + bottom * fy) * factor[c]!;
  }
}

/**
 * Every pixel the object does not cover: the floor under it (with its shadow), curving up out of
 * sight into the backdrop, which darkens a little towards the top and the corners as studio light does.
 */
function drawSweep(
  camera: StudioCamera,
  bounds: Bounds,
  shadows: ShadowMap,
  width: number,
  height: number,
  rgb: Uint8Array,
  depth: Float32Array,
): void {
  const floor = bounds.min[1];
  const centre = [(bounds.min[0] + bounds.max[0]) / 2, (bounds.min[2] + bounds.max[2]) / 2];
  const size = Math.max(bounds.max[0] - bounds.min[0], bounds.max[2] - bounds.min[2], bounds.max[1] - floor);
  const { eye, right, up, forward, focal, cx, cy } = camera;
  const base = SKY[1]! + KEY.color[1]! * KEY.towards[1] + FILL.color[1]! * FILL.towards[1];
  for (let y = 0; y < height; y++) {
    const dy = -(y + 0.5 - cy) / focal;
    for (let x = 0; x < width; x++) {
      const k = y * width + x;
      if (depth[k]! > 0) continue;
      const dx = (x + 0.5 - cx) / focal;
      const ray = [
        forward[0] + dx * right[0] + dy * up[0],
        forward[1] + dx * right[1] + dy * up[1],
        forward[2] + dx * right[2] + dy * up[2],
      ];
      const vignette = 1 - 0.22 * (((x - width / 2) / width) ** 2 + ((y - height / 2) / height) ** 2) * 2;
      const backdrop = (0.86 + 0.14 * (y / height)) * vignette;
      let light = backdrop;
      if (ray[1]! < 0) {
        const t = (floor - eye[1]) / ray[1]!;
        const [px, pz] = [eye[0] + t * ray[0]!, eye[2] + t * ray[2]!];
        const away = Math.hypot(px - centre[0]!, pz - centre[1]!) / size;
        const blend = Math.min(1, Math.max(0, (away - 0.8) / 2.5));
        const shade = shadows.light(px, floor, pz);
        const lit = (SKY[1]! + KEY.color[1]! * KEY.towards[1] * shade + FILL.color[1]! * FILL.towards[1]) / base;
        light = lit * vignette * (1 - blend) + backdrop * blend;
      }
      for (let ch = 0; ch < 3; ch++) rgb[k * 3 + ch] = encode(PAPER[ch]! * light * 1.25);
    }
  }
}
