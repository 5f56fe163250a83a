import { median } from './median.ts';

type Page = import('playwright-core').Page;

/** Frame times of one scripted interaction, in milliseconds. */
export type Frames = { frames: number; medianMs: number; p95Ms: number; shown: number; msPerShownFrame: number };

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
  if (!(drawn > deltas.deltas.length / 4)) throw new Error(`the visitor did not walk (${drawn} frames drawn)`);
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

/** What one scripted interaction gave: requestAnimationFrame deltas, and the frames shown on screen. */
export type FrameSample = { deltas: number[]; presented: number; wallMs: number };

/**
 * requestAnimationFrame deltas (ms) in the page while `act` runs, and the frames the compositor drew
 * meanwhile (its DrawFrame trace events). The deltas alone flatter a GPU-bound page: on SwiftShader a
 * page that renders every animation frame keeps a 16.7 ms rAF cadence while its GPU process shows one
 * frame in three seconds. Frames on screen per second of interaction is what a visitor sees.
 */
export async function timeFrames(page: Page, act: () => Promise<void>): Promise<FrameSample> {
  const cdp = await page.context().newCDPSession(page);
  const draws: number[] = [];
  cdp.on('Tracing.dataCollected', ({ value }) => {
    for (const event of value as { name?: string; ts?: number }[]) {
      if (event.name === 'DrawFrame' && typeof event.ts === 'number') draws.push(event.ts);
    }
  });
  const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.start', {
    traceConfig: { includedCategories: ['devtools.timeline', 'disabled-by-default-devtools.timeline.frame'] },
    transferMode: 'ReportEvents',
  });
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
  const started = performance.now();
  await act();
  const wallMs = performance.now() - started;
  const deltas = await page.evaluate(() => {
    const w = window as unknown as { benchDeltas: number[]; benchTiming: boolean };
    w.benchTiming = false;
    return w.benchDeltas;
  });
  await cdp.send('Tracing.end');
  await complete;
  await cdp.detach();
  // Not one animation frame in the whole motion: the main thread was held all along, one long gap.
  return { deltas: deltas.length > 0 ? deltas : [wallMs], presented: draws.length, wallMs };
}

/**
 * `medianMs`/`p95Ms`: requestAnimationFrame gaps (main-thread cadence); `msPerShownFrame`: the
 * interaction's duration over the frames drawn on screen in it (what the visitor sees move).
 */
export function frameStats({ deltas, presented, wallMs }: FrameSample): Frames {
  return {
    frames: deltas.length,
    medianMs: median(deltas) ?? 0,
    p95Ms: percentile(deltas, 0.95),
    shown: presented,
    msPerShownFrame: Math.round(wallMs / Math.max(1, presented)),
  };
}

/** Nearest-rank percentile (0 < p ≤ 1) of a non-empty list. */
function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))] ?? 0;
}
