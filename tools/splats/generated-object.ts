import { capturePlyProperties, writeCaptureRow } from './capture-layout.ts';
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
    // Aged bronze: dark green-brown, lighter cast bands every 3.7 cm, grain per splat.
    const band = Math.sin(t * 170) > 0.6 ? 1.35 : 1;
    const grain = 0.85 + rnd() * 0.3;
    // Turn the flat axis (z) to face outward: a rotation about y by -angle, then 90° about y.
    const half = (-angle + Math.PI / 2) / 2;
    writeCaptureRow(out, row * stride, rest, rnd, {
      position: [Math.cos(angle) * r, t * JAR_HEIGHT, Math.sin(angle) * r],
      rgb: [0.42, 0.4, 0.26].map((c) => Math.min(1, c * band * grain)),
      radius: { min: 0.003, spread: 0.003 },
      thickness: 0.0008,
      rotation: [Math.cos(half), 0, Math.sin(half), 0],
    });
  }
}
