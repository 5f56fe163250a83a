import { describe, expect, it } from 'vitest';
import { distanceMeters, formatDistance } from './distance.ts';

describe('distanceMeters', () => {
  it('measures the Bãi Cháy bridge span about right (≈ 900 m)', () => {
    const d = distanceMeters({ lat: 20.9575, lon: 107.0606 }, { lat: 20.9549, lon: 107.0688 });
    expect(d).toBeGreaterThan(850);
    expect(d).toBeLessThan(950);
  });
  it('is zero for the same point and symmetric', () => {
    const a = { lat: 20.95, lon: 107.08 };
    const b = { lat: 21.1, lon: 106.8 };
    expect(distanceMeters(a, a)).toBe(0);
    expect(distanceMeters(a, b)).toBeCloseTo(distanceMeters(b, a), 6);
  });
});

describe('formatDistance', () => {
  it('uses metres under a kilometre and the page language’s number format', () => {
    expect(formatDistance(347, 'en')).toBe('350 m');
    expect(formatDistance(1234, 'en')).toBe('1.2 km');
    expect(formatDistance(1234, 'fr')).toBe('1,2\u202fkm');
    expect(formatDistance(23_456, 'en')).toBe('23 km');
  });
});
