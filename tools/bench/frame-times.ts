import { median } from './median.ts';

type Page = import('playwright-core').Page;

/** Frame times of one scripted interaction, in milliseconds. */
export type Frames = { frames: number; medianMs: number; p95Ms: number };

/** The scripted walk: forward, then sideways, holding the keys as a visitor would. */
export const WALK: [key: string, ms: number][] = [
  ['KeyW', 3000],
  ['KeyD', 2000],
];
export const TURN_MS = WALK.reduce((sum, [, ms]) => sum + ms, 0);

/** Holds the walk's keys with the canvas focused, timing every animation frame in the page. */
export async function walkFrames(page: Page): Promise<Frames & { drawn: number }> {
  const root = page.locator('[data-tour-root]');
  await page.locator('[data-canvas-root] canvas').focus();
  const drawnBefore = Number(await root.getAttribute('data-frames'));
  const deltas = await timeFrames(page, async () => {
    for (const [key, ms] of WALK) {
      await page.keyboard.down(key);
      await page.waitForTimeout(ms);
      await page.keyboard.up(key);
    }
  });
  const drawn = Number(await root.getAttribute('data-frames')) - drawnBefore;
  // Frames are drawn only while the visitor moves ("demand" frame loop): few drawn means no walk.
  if (!(drawn > deltas.length / 4)) throw new Error(`the visitor did not walk (${drawn} frames drawn)`);
  return { ...frameStats(deltas), drawn };
}

/** The peer turning its model for as long as our walk, timing every animation frame in the page. */
export async function turnFrames(page: Page): Promise<Frames> {
  const deltas = await timeFrames(page, async () => {
    await page.locator('model-viewer').evaluate((viewer: HTMLElement & { autoRotateDelay: number }) => {
      viewer.autoRotateDelay = 0;
      viewer.setAttribute('auto-rotate', '');
    });
    await page.waitForTimeout(TURN_MS);
  });
  return frameStats(deltas);
}

/** requestAnimationFrame deltas (ms) in the page while `act` runs. */
export async function timeFrames(page: Page, act: () => Promise<void>): Promise<number[]> {
  await page.evaluate(() => {
    const w = window as unknown as { benchDeltas: number[]; benchTiming: boolean };
    w.benchDeltas = [];
    w.benchTiming = true;
    let last: number | undefined;
    const tick = (now: number) => {
      if (last !== undefined) w.benchDeltas.push(now - last);
      last = now;
      if (w.benchTiming) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
  await act();
  const deltas = await page.evaluate(() => {
    const w = window as unknown as { benchDeltas: number[]; benchTiming: boolean };
    w.benchTiming = false;
    return w.benchDeltas;
  });
  if (deltas.length === 0) throw new Error('no animation frames');
  return deltas;
}

export function frameStats(deltas: number[]): Frames {
  return { frames: deltas.length, medianMs: median(deltas) ?? 0, p95Ms: percentile(deltas, 0.95) };
}

/** Nearest-rank percentile (0 < p ≤ 1) of a non-empty list. */
function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))] ?? 0;
}
