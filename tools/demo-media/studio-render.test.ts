import { describe, expect, it } from 'vitest';
import type { MeshPart } from './scan-mesh.ts';
import { renderStudio } from './studio-render.ts';

/** A 0.4 m grey cube standing on the floor (y = 0), counter-clockwise faces seen from outside. */
function cube(): MeshPart {
  const s = 0.2;
  const faces: [number[], number[]][] = [
    [
      [0, 0, 1],
      [-s, 0, s, s, 0, s, s, 2 * s, s, -s, 2 * s, s],
    ],
    [
      [0, 0, -1],
      [s, 0, -s, -s, 0, -s, -s, 2 * s, -s, s, 2 * s, -s],
    ],
    [
      [1, 0, 0],
      [s, 0, s, s, 0, -s, s, 2 * s, -s, s, 2 * s, s],
    ],
    [
      [-1, 0, 0],
      [-s, 0, -s, -s, 0, s, -s, 2 * s, s, -s, 2 * s, -s],
    ],
    [
      [0, 1, 0],
      [-s, 2 * s, s, s, 2 * s, s, s, 2 * s, -s, -s, 2 * s, -s],
    ],
    [
      [0, -1, 0],
      [-s, 0, -s, s, 0, -s, s, 0, s, -s, 0, s],
    ],
  ];
  const positions: number[] = [];
  const normals: number[] = [];
  const indices: number[] = [];
  faces.forEach(([normal, corners], f) => {
    positions.push(...corners);
    for (let k = 0; k < 4; k++) normals.push(...normal);
    indices.push(f * 4, f * 4 + 1, f * 4 + 2, f * 4, f * 4 + 2, f * 4 + 3);
  });
  return {
    positions: Float32Array.from(positions),
    normals: Float32Array.from(normals),
    uvs: new Float32Array((positions.length / 3) * 2),
    indices: Uint32Array.from(indices),
    color: [0.1, 0.1, 0.1],
    metallic: 0,
    roughness: 0.9,
  };
}

const framing = { width: 300, height: 200, azimuth: 25, elevation: 10, fovY: 16, fill: 0.6 };
const luma = (rgb: Uint8Array, x: number, y: number) => {
  const i = (y * framing.width + x) * 3;
  return 0.3 * rgb[i]! + 0.6 * rgb[i + 1]! + 0.1 * rgb[i + 2]!;
};

describe('renderStudio', () => {
  const rgb = renderStudio([cube()], framing);

  it('draws the object on the paper sweep: its faces lit differently, darker than the paper', () => {
    const paper = luma(rgb, 5, 5);
    // The cube's front face (towards the key light) and its right side (away from it).
    const [lit, shaded] = [luma(rgb, 130, 100), luma(rgb, 197, 100)];
    expect(paper).toBeGreaterThan(lit);
    expect(Math.abs(lit - shaded)).toBeGreaterThan(8);
  });

  it('casts a soft shadow on the floor, away from the key light', () => {
    let darkest = 255;
    for (let x = 200; x < 300; x++) darkest = Math.min(darkest, luma(rgb, x, 140));
    expect(darkest).toBeLessThan(luma(rgb, 40, 190) - 20);
  });

  it('is deterministic', () => {
    expect(Buffer.compare(Buffer.from(rgb), Buffer.from(renderStudio([cube()], framing)))).toBe(0);
  });
});
