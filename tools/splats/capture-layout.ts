/**
 * The PLY layout the common 3D Gaussian splatting capture tools write (the INRIA reference trainer,
 * and Postshot, Polycam, Luma, Brush exports that follow it): one binary little-endian `vertex`
 * element of 32-bit floats — position, an unused normal, the SH DC colour, the rest of the SH
 * coefficients (15 per channel for degree 3), the opacity (a logit), the log scales and the rotation
 * quaternion (w first).
 */
export const SH_REST_BY_DEGREE = [0, 9, 24, 45] as const;

export function capturePlyProperties(shDegree: 0 | 1 | 2 | 3): string[] {
  const rest = SH_REST_BY_DEGREE[shDegree];
  return [
    'x',
    'y',
    'z',
    'nx',
    'ny',
    'nz',
    'f_dc_0',
    'f_dc_1',
    'f_dc_2',
    ...Array.from({ length: rest }, (_, i) => `f_rest_${i}`),
    'opacity',
    'scale_0',
    'scale_1',
    'scale_2',
    'rot_0',
    'rot_1',
    'rot_2',
    'rot_3',
  ];
}

/** The header of a capture PLY with `count` splats (the count is written as given, even when absurd). */
export function capturePlyHeader(count: number | bigint, shDegree: 0 | 1 | 2 | 3): string {
  const props = capturePlyProperties(shDegree).map((p) => `property float ${p}`);
  return ['ply', 'format binary_little_endian 1.0', `element vertex ${count}`, ...props, 'end_header', ''].join('\n');
}

/** The SH band-0 constant: a DC coefficient is (colour − 0.5) / SH_C0. */
export const SH_C0 = 0.28209479177387814;

/** One flat splat of a generated surface, as the capture tools would store it. */
export interface CaptureRow {
  position: readonly [number, number, number];
  /** Linear colour, 0–1 per channel. */
  rgb: readonly number[];
  /** The splat's two in-surface radii: `min` plus up to `spread`, one random draw for both (metres). */
  radius: { min: number; spread: number };
  /** Its thickness across the surface (metres). */
  thickness: number;
  /** w, x, y, z: turns the splat's flat axis (z) to the surface normal. */
  rotation: readonly [number, number, number, number];
}

/**
 * Writes `row` at `offset` of `out` in capturePlyProperties order with `rest` higher SH coefficients:
 * a zero normal, the DC colour, faint noise in the rest, an opacity of about 0.98, log scales and the
 * rotation. `rnd` draws the noise, then the radius, in that order (the generated files depend on it).
 */
export function writeCaptureRow(
  out: Float32Array,
  offset: number,
  rest: number,
  rnd: () => number,
  row: CaptureRow,
): void {
  const o = offset;
  out[o] = row.position[0];
  out[o + 1] = row.position[1];
  out[o + 2] = row.position[2];
  out[o + 3] = 0;
  out[o + 4] = 0;
  out[o + 5] = 0;
  for (let c = 0; c < 3; c++) out[o + 6 + c] = ((row.rgb[c] ?? 0) - 0.5) / SH_C0;
  for (let k = 0; k < rest; k++) out[o + 9 + k] = (rnd() - 0.5) * 0.02;
  out[o + 9 + rest] = 4; // opacity logit: about 0.98
  const size = Math.log(row.radius.min + rnd() * row.radius.spread);
  out[o + 10 + rest] = size;
  out[o + 11 + rest] = size;
  out[o + 12 + rest] = Math.log(row.thickness);
  for (let q = 0; q < 4; q++) out[o + 13 + rest + q] = row.rotation[q] ?? 0;
}
