import { describe, expect, it } from 'vitest';
import { capturePlyProperties } from './capture-layout.ts';
import { CAVE_WALL, fillCaveWallRows, wallDepth } from './generated-room.ts';

const stride = capturePlyProperties(0).length;
const rows = (count: number, start = 0, n = count, seed = 25) => {
  const out = new Float32Array(n * stride);
  fillCaveWallRows(out, start, n, { count, seed, shDegree: 0 });
  return out;
};

describe('the generated cave wall (the demo room splat)', () => {
  it('is the same file for the same seed, block by block, and another for another seed', () => {
    const whole = rows(2000);
    const second = rows(2000, 1000, 1000);
    expect(second).toEqual(whole.subarray(1000 * stride));
    expect(rows(2000, 0, 2000, 26)).not.toEqual(whole);
  });

  it('stands against the wall (x ≥ 0), within its length and height, with unit rotations and finite values', () => {
    const out = rows(5000);
    for (let i = 0; i < 5000; i++) {
      const o = i * stride;
      const [x, y, z] = [out[o]!, out[o + 1]!, out[o + 2]!];
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x).toBeLessThan(0.7);
      expect(y).toBeGreaterThanOrEqual(0);
      expect(y).toBeLessThanOrEqual(CAVE_WALL.height);
      expect(z).toBeGreaterThanOrEqual(0);
      expect(z).toBeLessThanOrEqual(CAVE_WALL.length);
      const q = out.subarray(o + stride - 4, o + stride);
      expect(Math.hypot(...q)).toBeCloseTo(1, 4);
      for (const v of out.subarray(o, o + stride)) expect(Number.isFinite(v)).toBe(true);
    }
  });

  it('has relief: the wall stands out between a few centimetres and half a metre', () => {
    const depths = Array.from({ length: 400 }, (_, i) => wallDepth((i % 20) * 0.13, Math.floor(i / 20) * 0.2));
    expect(Math.min(...depths)).toBeGreaterThan(0.01);
    expect(Math.max(...depths)).toBeLessThan(0.5);
    expect(Math.max(...depths) - Math.min(...depths)).toBeGreaterThan(0.2);
  });
});
