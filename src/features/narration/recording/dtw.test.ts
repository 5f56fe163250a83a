import { describe, expect, it } from 'vitest';
import { dtw, firstMatch } from './dtw.ts';

const abs = (a: number[], b: number[]) => (i: number, j: number) => Math.abs((a[i] as number) - (b[j] as number));

describe('dynamic time warping', () => {
  it('pairs a sequence with itself along the diagonal, at no cost', () => {
    const a = [1, 5, 2, 8, 3];
    const path = dtw(a.length, a.length, abs(a, a));
    expect([...path.i]).toEqual([0, 1, 2, 3, 4]);
    expect([...path.j]).toEqual([0, 1, 2, 3, 4]);
    expect(path.meanCost).toBe(0);
  });
  it('absorbs a pause: each value finds its place in a slower copy with a gap', () => {
    const a = [0, 9, 0, 5, 0];
    const b = [0, 9, 9, 0, 0, 0, 0, 5, 5, 0];
    const path = dtw(a.length, b.length, abs(a, b));
    expect(path.meanCost).toBe(0);
    expect(firstMatch(path, 1)).toBe(1);
    expect(firstMatch(path, 3)).toBe(7);
  });
  it('steps only forward, from the first pair to the last', () => {
    const a = [3, 1, 4, 1, 5, 9, 2, 6];
    const b = [2, 7, 1, 8, 2, 8];
    const path = dtw(a.length, b.length, abs(a, b));
    expect([path.i[0], path.j[0]]).toEqual([0, 0]);
    expect([path.i.at(-1), path.j.at(-1)]).toEqual([7, 5]);
    for (let k = 1; k < path.i.length; k++) {
      const di = (path.i[k] as number) - (path.i[k - 1] as number);
      const dj = (path.j[k] as number) - (path.j[k - 1] as number);
      expect(di + dj).toBeGreaterThan(0);
      expect(Math.max(di, dj)).toBe(1);
    }
  });
});

describe('dynamic time warping within a band', () => {
  it('finds the same path as the full search when the path stays near the diagonal', () => {
    const a = Array.from({ length: 60 }, (_, k) => Math.sin(k * 1.7) * 10);
    const b = a.flatMap((v, k) => (k % 5 === 0 ? [v, v] : [v]));
    const full = dtw(a.length, b.length, abs(a, b));
    const banded = dtw(a.length, b.length, abs(a, b), 15);
    expect([...banded.j]).toEqual([...full.j]);
    expect(banded.meanCost).toBeCloseTo(full.meanCost, 6);
  });
});
