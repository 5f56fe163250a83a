import { capturePlyProperties } from './capture-layout.ts';
import { seededRandom as random } from '../shared/seeded-random.ts';

/**
 * A deterministic, scan-like splat object: a wide-mouthed jar (a surface of revolution, 37 cm tall,
 * standing on y = 0) covered in small flat Gaussians with a grainy, banded colour — the kind of
 * surface a photogrammetry capture of a carved object gives. Written in the capture tools' PLY
 * layout so the importer sees exactly what a museum's scan would hand it.
 */
export interface GeneratedSplatOptions {
  count: number;
  seed?: number;
  shDegree?: 0 | 1 | 2 | 3;
}

const SH_C0 = 0.28209479177387814;
/** The jar's radius at height t (0 at the foot, 1 at the lip), in metres. */
export function jarRadius(t: number): number {
  return 0.08 + 0.135 * Math.sin(Math.PI * (0.1 + 0.8 * t));
}
export const JAR_HEIGHT = 0.37;

/**
 * Fills `out` (Float32, one row per splat in capturePlyProperties order) with splats `start` to
 * `start + rows - 1` of the object. Each splat depends only on its index and the seed, so the file
 * can be written in blocks.
 */
export function fillSplatRows(out: Float32Array, start: number, rows: number, options: GeneratedSplatOptions): void {
  const shDegree = options.shDegree ?? 3;
  const stride = capturePlyProperties(shDegree).length;
  const rest = stride - 17;
  for (let row = 0; row < rows; row++) {
    const i = start + row;
    const rnd = random((options.seed ?? 16) * 2654435761 + i);
    const t = rnd();
    const angle = rnd() * Math.PI * 2;
    const r = jarRadius(t) * (1 + (rnd() - 0.5) * 0.01);
    const o = row * stride;
    out[o] = Math.cos(angle) * r;
    out[o + 1] = t * JAR_HEIGHT;
    out[o + 2] = Math.sin(angle) * r;
    out[o + 3] = 0;
    out[o + 4] = 0;
    out[o + 5] = 0;
    // Aged bronze: dark green-brown, lighter cast bands every 3.7 cm, grain per splat.
    const band = Math.sin(t * 170) > 0.6 ? 1.35 : 1;
    const grain = 0.85 + rnd() * 0.3;
    const rgb = [0.42, 0.4, 0.26].map((c) => Math.min(1, c * band * grain));
    for (let c = 0; c < 3; c++) out[o + 6 + c] = ((rgb[c] ?? 0) - 0.5) / SH_C0;
    for (let k = 0; k < rest; k++) out[o + 9 + k] = (rnd() - 0.5) * 0.02;
    out[o + 9 + rest] = 4; // opacity logit: about 0.98
    const size = Math.log(0.003 + rnd() * 0.003);
    out[o + 10 + rest] = size;
    out[o + 11 + rest] = size;
    out[o + 12 + rest] = Math.log(0.0008);
    // Turn the flat axis (z) to face outward: a rotation about y by -angle, then 90° about y.
    const half = (-angle + Math.PI / 2) / 2;
    out[o + 13 + rest] = Math.cos(half);
    out[o + 14 + rest] = 0;
    out[o + 15 + rest] = Math.sin(half);
    out[o + 16 + rest] = 0;
  }
}
