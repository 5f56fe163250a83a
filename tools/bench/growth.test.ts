import { describe, expect, it } from 'vitest';
import { growthOf } from './growth.ts';

describe('growthOf', () => {
  it('finds the line through measurements that grow linearly', () => {
    const g = growthOf([
      { size: 500, value: 30 + 0.1 * 500 },
      { size: 1000, value: 30 + 0.1 * 1000 },
      { size: 5000, value: 30 + 0.1 * 5000 },
    ]);
    expect(g.slope).toBeCloseTo(0.1);
    expect(g.intercept).toBeCloseTo(30);
    expect(g.r2).toBeCloseTo(1);
    expect(g.sizeRatio).toBe(10);
    expect(g.valueRatio).toBeCloseTo(530 / 80);
  });

  it('shows quadratic growth as a poorer fit and a value ratio far above the size ratio', () => {
    const g = growthOf([500, 1000, 2500, 5000].map((size) => ({ size, value: size * size })));
    expect(g.r2).toBeLessThan(0.99);
    expect(g.valueRatio).toBe(100);
  });

  it('needs two measurements', () => {
    expect(() => growthOf([{ size: 1, value: 1 }])).toThrow(/two/);
  });
});
