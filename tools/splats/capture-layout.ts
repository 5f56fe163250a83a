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
