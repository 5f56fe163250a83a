import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../browser/chromium.ts';
import { median } from './median.ts';
import { TOUR_PATH } from './tour.ts';
import { turnFrames, walkFrames } from './frame-times.ts';
import { browserCpuMs } from './process-cpu.ts';

type Page = import('playwright-core').Page;
type BrowserContext = import('playwright-core').BrowserContext;

/** One way of walking the tour, to see where a walking frame's time goes. */
export interface WalkVariant {
  name: string;
  viewport: { width: number; height: number };
  deviceScaleFactor?: number;
  /** Runs in the page once the tour is ready, before the walk. */
  prepare?: (page: Page) => Promise<void>;
  /** Set up before the page loads: to keep parts of the gallery out (its splats, its scans). */
  route?: (context: BrowserContext) => Promise<unknown>;
}

/** The smallest model the site ships, served in place of every other: the room with no heavy meshes. */
const TINY_MODEL = '/models/anthracite-coal-block.light.glb';

export const WALK_VARIANTS: WalkVariant[] = [
  { name: 'as shipped', viewport: { width: 1280, height: 720 } },
  {
    // The labels are DOM buttons moved every frame: hidden, their style and layout work is gone.
    name: 'labels hidden',
    viewport: { width: 1280, height: 720 },
    prepare: async (page) => {
      await page.locator('.tour-labels').evaluate((el: HTMLElement) => {
        el.style.display = 'none';
      });
    },
  },
  // The same page at half the pixel ratio, a quarter of the pixels: what stays is the per-frame cost
  // that does not scale with pixels (scripts, vertices, draw calls); what goes is fragment shading
  // and overdraw.
  { name: 'quarter of the pixels', viewport: { width: 1280, height: 720 }, deviceScaleFactor: 0.5 },
  // What the gallery's splat costs: its files never arrive, so Spark has nothing to generate or sort.
  {
    name: 'without the splat',
    viewport: { width: 1280, height: 720 },
    route: (context) => context.route('**/splats/**', (route) => route.abort()),
  },
  // Its coarse level only (a quarter of the splats): what the number of splats drawn costs.
  {
    name: 'coarse splat only',
    viewport: { width: 1280, height: 720 },
    route: (context) => context.route(/\/splats\/.*\/(phone|desktop)\.spz$/, (route) => route.abort()),
  },
  // What the models cost (the scanned vase's 32k triangles and the others): each replaced by a tiny one.
  {
    name: 'tiny models and no splat',
    viewport: { width: 1280, height: 720 },
    route: async (context) => {
      await context.route('**/splats/**', (route) => route.abort());
      await context.route(/\/models\/.*\.glb$/, async (route) => {
        if (route.request().url().endsWith(TINY_MODEL)) return route.continue();
        const tiny = await route.fetch({ url: new URL(TINY_MODEL, route.request().url()).href });
        return route.fulfill({ response: tiny });
      });
    },
  },
];

export interface WalkBreakdownRow {
  name: string;
  runs: number;
  medianMs: number | null;
  p95Ms: number | null;
  canvas: string | null;
  /** Browser CPU (all its processes) per frame shown on screen during the walk: robust to a loaded machine. */
  cpuMsPerFrame: number | null;
}

/** Walks the tour `runs` times per variant (fresh context each), the same walk as the tour bench. */
export async function walkBreakdown(
  origin: string,
  runs: number,
  variants = WALK_VARIANTS,
): Promise<WalkBreakdownRow[]> {
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  const rows: WalkBreakdownRow[] = [];
  try {
    for (const variant of variants) {
      const medians: number[] = [];
      const p95s: number[] = [];
      const cpu: number[] = [];
      let canvas: string | null = null;
      for (let i = 0; i < runs; i++) {
        const context = await browser.newContext({
          viewport: variant.viewport,
          deviceScaleFactor: variant.deviceScaleFactor ?? 1,
          serviceWorkers: 'block',
        });
        try {
          await variant.route?.(context);
          const page = await context.newPage();
          page.setDefaultTimeout(60_000);
          await page.goto(`${origin}${TOUR_PATH}`);
          await page.locator('[data-tour-root][data-state="ready"]').waitFor();
          await page.waitForTimeout(1500); // late models and the first pixel-ratio change settle
          await variant.prepare?.(page);
          canvas = await page
            .locator('[data-canvas-root] canvas')
            .evaluate((c: HTMLCanvasElement) => `${c.width}×${c.height}`);
          const cpuBefore = browserCpuMs();
          const walk = await walkFrames(page);
          cpu.push((browserCpuMs() - cpuBefore) / Math.max(1, walk.shown));
          medians.push(walk.medianMs);
          p95s.push(walk.p95Ms);
        } finally {
          await context.close();
        }
      }
      const tenth = (v: number | null) => (v === null ? null : Math.round(v * 10) / 10);
      rows.push({
        name: variant.name,
        runs,
        medianMs: tenth(median(medians)),
        p95Ms: tenth(median(p95s)),
        canvas,
        cpuMsPerFrame: tenth(median(cpu)),
      });
    }
  } finally {
    await browser.close();
  }
  return rows;
}

/** model-viewer turning the tour bench's model: frame times and browser CPU per frame, `runs` times. */
export async function peerTurnBreakdown(origin: string, runs: number): Promise<WalkBreakdownRow> {
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  const medians: number[] = [];
  const p95s: number[] = [];
  const cpu: number[] = [];
  try {
    for (let i = 0; i < runs; i++) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 720 }, serviceWorkers: 'block' });
      try {
        const page = await context.newPage();
        page.setDefaultTimeout(90_000);
        await page.goto(`${origin}/bench-peer-model-viewer.html`);
        await page.waitForFunction(() => (window as unknown as { benchFirstFrame?: number }).benchFirstFrame);
        const cpuBefore = browserCpuMs();
        const turn = await turnFrames(page);
        cpu.push((browserCpuMs() - cpuBefore) / Math.max(1, turn.shown));
        medians.push(turn.medianMs);
        p95s.push(turn.p95Ms);
      } finally {
        await context.close();
      }
    }
  } finally {
    await browser.close();
  }
  const tenth = (v: number | null) => (v === null ? null : Math.round(v * 10) / 10);
  return {
    name: '<model-viewer> turning (peer)',
    runs,
    medianMs: tenth(median(medians)),
    p95Ms: tenth(median(p95s)),
    canvas: '1280×720',
    cpuMsPerFrame: tenth(median(cpu)),
  };
}
