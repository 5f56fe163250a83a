import { describe, expect, it } from 'vitest';
import { detailLevelFor, planLevels } from './level-plan.ts';

describe('planLevels', () => {
  it('cuts a 5M-splat scan to 3M for desktops, 1M for phones and a coarse first level, each from the one above', () => {
    const levels = planLevels(5_000_000);
    expect(levels.map((l) => [l.name, l.splats, l.from, l.decimate])).toEqual([
      ['desktop', 3_000_000, 'input', true],
      ['phone', 1_000_000, 'desktop', true],
      ['coarse', 20_000, 'phone', true],
    ]);
  });
  it('keeps a 2M scan whole for desktops (within budget) and decimates only below it', () => {
    const levels = planLevels(2_000_000);
    expect(levels[0]).toMatchObject({ name: 'desktop', splats: 2_000_000, decimate: false });
    expect(levels.every((l) => l.splats <= { desktop: 3e6, phone: 1e6, coarse: 2e4 }[l.name])).toBe(true);
  });
  it('makes no desktop level for a scan phones can already draw, and no decimation for a tiny one', () => {
    expect(planLevels(800_000).map((l) => l.name)).toEqual(['phone', 'coarse']);
    expect(planLevels(10_000)).toEqual([
      { name: 'coarse', splats: 10_000, shDegree: 0, from: 'input', decimate: false },
    ]);
  });
  it('never asks for more spherical harmonics than the input has', () => {
    expect(planLevels(2_000_000, 0).every((l) => l.shDegree === 0)).toBe(true);
  });
});

describe('detailLevelFor', () => {
  const levels = planLevels(2_000_000);
  it('gives phones the phone level and desktops the desktop level', () => {
    expect(detailLevelFor(levels, true)?.name).toBe('phone');
    expect(detailLevelFor(levels, false)?.name).toBe('desktop');
  });
  it('falls back to the phone level on a desktop when the scan has no desktop level', () => {
    expect(detailLevelFor(planLevels(500_000), false)?.name).toBe('phone');
    expect(detailLevelFor(planLevels(5_000), false)).toBeUndefined();
  });
});
