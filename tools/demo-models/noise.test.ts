import { describe, expect, it } from 'vitest';
import { boundsOf, sizeOf } from './mesh-data.ts';
import { openEdgeCount } from './mesh-checks.ts';
import { hashNoise, jitter, seededRandom } from './noise.ts';
import { flatShade } from './normals.ts';
import { box } from './primitives.ts';

describe('seeded randomness', () => {
  it('repeats for the same seed and differs for another', () => {
    const a = seededRandom(7);
    const b = seededRandom(7);
    const c = seededRandom(8);
    const first = [a(), a(), a()];
    expect([b(), b(), b()]).toEqual(first);
    expect(c()).not.toBe(first[0]);
    for (const value of first) expect(value).toBeGreaterThanOrEqual(0);
    for (const value of first) expect(value).toBeLessThan(1);
  });

  it('hashes integers into [-1, 1)', () => {
    const values = Array.from({ length: 1000 }, (_, i) => hashNoise(3, i, -i, 2 * i));
    expect(Math.min(...values)).toBeGreaterThanOrEqual(-1);
    expect(Math.max(...values)).toBeLessThan(1);
    expect(Math.min(...values)).toBeLessThan(-0.9);
  });
});

describe('jitter', () => {
  it('keeps a closed box closed: shared corners move together', () => {
    const rock = flatShade(jitter(box([3, 2, 2], [0, 1, 0], 4), [0.2, 0.2, 0.2], 28));
    expect(openEdgeCount(rock)).toBe(0);
  });

  it('moves vertices by at most the amplitude, the same way on every run', () => {
    const source = box([1, 1, 1], [0, 0, 0], 2);
    const once = jitter(source, [0.1, 0, 0.05], 1);
    expect(jitter(source, [0.1, 0, 0.05], 1).positions).toEqual(once.positions);
    for (let i = 0; i < once.positions.length; i += 3) {
      expect(Math.abs(once.positions[i]! - source.positions[i]!)).toBeLessThanOrEqual(0.1 + 1e-6);
      expect(once.positions[i + 1]).toBe(source.positions[i + 1]);
    }
    expect(sizeOf(boundsOf(once))[0]).not.toBe(1);
  });
});
