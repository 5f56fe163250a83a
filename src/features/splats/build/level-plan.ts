/**
 * The levels of detail an imported splat is cut into, from the count it holds. The coarse level is
 * what the visitor sees first (a few hundred KB, drawn within a second or two on a phone); the
 * phone level stays within what a phone sorts and draws (≤ 1M splats), the desktop level within a
 * desktop's (≤ 3M). Each level is made from the one above it, so a 5M-splat scan is decimated once
 * to 3M, that to 1M and that to the coarse level, never 5M straight down three times.
 */
export const SPLAT_BUDGETS = { coarse: 20_000, phone: 1_000_000, desktop: 3_000_000 } as const;
export type SplatLevelName = keyof typeof SPLAT_BUDGETS;

export interface PlannedLevel {
  name: SplatLevelName;
  /** Splats in this level. */
  splats: number;
  /** Spherical-harmonic degree kept: view-dependent colour costs bytes, so the coarse level has none. */
  shDegree: 0 | 1 | 2 | 3;
  /** The level it is made from ('input' for the imported file), and whether that needs decimating. */
  from: SplatLevelName | 'input';
  decimate: boolean;
}

/** Levels from the largest down. Fewer splats than a budget: the level is the input as it is. */
export function planLevels(inputSplats: number, inputShDegree: 0 | 1 | 2 | 3 = 3): PlannedLevel[] {
  const levels: PlannedLevel[] = [];
  let from: PlannedLevel['from'] = 'input';
  let available = inputSplats;
  const sh = (most: 0 | 1 | 2 | 3) => Math.min(most, inputShDegree) as 0 | 1 | 2 | 3;
  if (inputSplats > SPLAT_BUDGETS.phone) {
    const splats = Math.min(available, SPLAT_BUDGETS.desktop);
    levels.push({ name: 'desktop', splats, shDegree: sh(3), from, decimate: splats < available });
    from = 'desktop';
    available = splats;
  }
  if (inputSplats > SPLAT_BUDGETS.coarse) {
    const splats = Math.min(available, SPLAT_BUDGETS.phone);
    levels.push({ name: 'phone', splats, shDegree: sh(1), from, decimate: splats < available });
    from = 'phone';
    available = splats;
  }
  const splats = Math.min(available, SPLAT_BUDGETS.coarse);
  levels.push({ name: 'coarse', splats, shDegree: 0, from, decimate: splats < available });
  return levels;
}

/** The level a device loads after the coarse one: the desktop level only where one exists and the device is not a phone. */
export function detailLevelFor<T extends { name: SplatLevelName }>(
  levels: readonly T[],
  phone: boolean,
): T | undefined {
  const byName = (name: SplatLevelName) => levels.find((l) => l.name === name);
  return (phone ? undefined : byName('desktop')) ?? byName('phone');
}
