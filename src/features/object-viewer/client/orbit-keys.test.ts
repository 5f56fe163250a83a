import { describe, expect, it } from 'vitest';
import { applyStep, fitDistance, orbitStep } from './orbit-keys.ts';

describe('keyboard orbit', () => {
  it('turns with the arrows, zooms with + and −, resets with 0 or Home, ignores Tab', () => {
    expect(orbitStep('ArrowLeft')).toMatchObject({ turn: Math.PI / 12 });
    expect(orbitStep('ArrowRight')).toMatchObject({ turn: -Math.PI / 12 });
    expect(orbitStep('+')).toMatchObject({ zoom: 0.8 });
    expect(orbitStep('-')).toMatchObject({ zoom: 1.25 });
    expect(orbitStep('Home')).toBe('reset');
    expect(orbitStep('Tab')).toBeUndefined();
  });
  it('keeps the camera off the poles and within its zoom range', () => {
    const limits = { minRadius: 0.5, maxRadius: 4 };
    const up = applyStep({ radius: 1, theta: 0, phi: 0.1 }, { turn: 0, tilt: 1, zoom: 0.1 }, limits);
    expect(up.phi).toBeCloseTo(0.05);
    expect(up.radius).toBe(0.5);
    const out = applyStep({ radius: 3, theta: 0, phi: 1 }, { turn: 0, tilt: 0, zoom: 2 }, limits);
    expect(out.radius).toBe(4);
  });
  it('backs the camera off enough to see the whole object, more on a narrow view', () => {
    expect(fitDistance(1, 45, 1.5)).toBeCloseTo(1.15 / Math.tan(Math.PI / 8));
    expect(fitDistance(1, 45, 0.5)).toBeGreaterThan(fitDistance(1, 45, 1.5));
  });
});
