import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { NodeIO } from '@gltf-transform/core';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../browser/chromium.ts';
import { scanDocument, scanMesh, scanTexture } from '../model-import/scan-material.ts';
import { type Frames, frameStats, timeFrames } from './frame-times.ts';
import { median } from './median.ts';

type Page = import('playwright-core').Page;
type Measured = {
  firstFrameMs: number;
  bytes: number;
  frames: Frames;
  detailedMs?: number;
  drawCalls?: number;
  triangles?: number;
};

export const VIEWER_EXHIBIT = 'dau-ram-pottery-vase';
const EXHIBIT_PATH = `/vi/exhibits/${VIEWER_EXHIBIT}/`;
const ORIGINAL = '/bench-scan-original.glb';
const DETAILED = `/models/${VIEWER_EXHIBIT}.glb`;
const PEER_SCRIPT = '/bench-peer-model-viewer.min.js';
const PEER_DECODER = '/bench-peer-meshopt-decoder.js';
const VIEWPORT = { width: 1280, height: 720 };

/** One viewer's numbers, medians of the runs. */
export interface ViewerRun {
  firstFrameMs: number | null;
  bytes: number | null;
  orbitMedianMs: number | null;
  orbitP95Ms: number | null;
  /** Ours only: the detailed level on screen, and what one frame draws then. */
  detailedMs?: number | null;
  drawCalls?: number | null;
  triangles?: number | null;
}

export interface ObjectViewerReport {
  runs: number;
  original: { path: string; bytes: number };
  ours: ViewerRun;
  peerOriginal: ViewerRun;
  peerDetailed: ViewerRun;
  errors: string[];
}

/**
 * The original capture the demo exhibit's levels were imported from (400k triangles, 4K photo texture;
 * made deterministically, cached in bench/out) and model-viewer pages for it and for our detailed level.
 */
export async function writeObjectViewerPeers(outDir: string, distDir: string): Promise<void> {
  const cached = join(outDir, 'cache', 'scan-original.glb');
  if (!existsSync(cached)) {
    mkdirSync(join(outDir, 'cache'), { recursive: true });
    const mesh = scanMesh({ triangles: 400_000, texture: 0, height: 0.253 });
    const document = scanDocument(mesh, await scanTexture(4096), VIEWER_EXHIBIT);
    writeFileSync(cached, await new NodeIO().writeBinary(document));
  }
  writeFileSync(join(distDir, ORIGINAL), readFileSync(cached));
  for (const [name, src] of [
    ['bench-peer-scan-original.html', ORIGINAL],
    ['bench-peer-scan-detailed.html', DETAILED],
  ])
    writeFileSync(join(distDir, name), peerPage(src));
}

function peerPage(src: string): string {
  return `<!doctype html><html lang="vi"><meta charset="utf-8"><title>peer</title><link rel="icon" href="data:,">
<style>html,body{margin:0;height:100%;background:#1b1d20}model-viewer{display:block;width:640px;height:480px}</style>
<script>self.ModelViewerElement = { meshoptDecoderLocation: '${PEER_DECODER}' };</script>
<model-viewer src="${src}" alt="scan" camera-controls interaction-prompt="none"></model-viewer>
<script>document.querySelector('model-viewer').addEventListener('load', () => requestAnimationFrame(() => { window.benchFirstFrame = performance.now(); }));</script>
<script type="module" src="${PEER_SCRIPT}"></script></html>`;
}

/** Drags across the view for 4 s, as a visitor turning the object, timing every frame. */
async function orbit(page: Page, selector: string) {
  const box = (await page.locator(selector).boundingBox())!;
  const y = box.y + box.height / 2;
  const deltas = await timeFrames(page, async () => {
    await page.mouse.move(box.x + box.width * 0.3, y);
    await page.mouse.down();
    for (let i = 0; i < 80; i++) {
      await page.mouse.move(box.x + box.width * (0.3 + 0.4 * Math.abs(Math.sin(i / 12))), y);
      await page.waitForTimeout(50);
    }
    await page.mouse.up();
  });
  return frameStats(deltas);
}

const bytesBetween = (page: Page, from: number, to: number) =>
  page.evaluate(
    ([a, b]) =>
      (performance.getEntriesByType('resource') as PerformanceResourceTiming[])
        .filter((e) => e.startTime >= a && e.startTime <= b)
        .reduce((sum, e) => sum + (e.transferSize || e.encodedBodySize), 0) +
      (a === 0 ? (performance.getEntriesByType('navigation')[0] as PerformanceResourceTiming).transferSize : 0),
    [from, to] as const,
  );

async function ours(page: Page, origin: string): Promise<Measured> {
  await page.goto(`${origin}${EXHIBIT_PATH}`, { waitUntil: 'load' });
  await page.evaluate(() => {
    const w = window as unknown as { bench: Record<string, number> };
    w.bench = {};
    document.addEventListener('object-viewer:ready', (e) => {
      w.bench[(e as CustomEvent).detail.level] = performance.now();
    });
    document.querySelector('object-viewer [data-open]')?.addEventListener('click', () => {
      w.bench.click = performance.now();
    });
  });
  await page.locator('object-viewer [data-open]').click();
  const times = (await (
    await page.waitForFunction(
      () =>
        (window as unknown as { bench: Record<string, number> }).bench.detailed &&
        (window as unknown as { bench: Record<string, number> }).bench,
      undefined,
      { timeout: 60_000 },
    )
  ).jsonValue()) as Record<string, number>;
  const click = times.click ?? 0;
  const bytes = await bytesBetween(page, click, times.first ?? 0);
  const viewer = page.locator('object-viewer');
  const drawCalls = Number(await viewer.getAttribute('data-draw-calls'));
  const triangles = Number(await viewer.getAttribute('data-triangles'));
  const frames = await orbit(page, 'object-viewer canvas');
  return {
    firstFrameMs: (times.first ?? 0) - click,
    detailedMs: (times.detailed ?? 0) - click,
    bytes,
    drawCalls,
    triangles,
    frames,
  };
}

async function peer(page: Page, origin: string, html: string): Promise<Measured> {
  await page.goto(`${origin}/${html}`);
  const first = Number(
    await (
      await page.waitForFunction(() => (window as unknown as { benchFirstFrame?: number }).benchFirstFrame, undefined, {
        timeout: 90_000,
      })
    ).jsonValue(),
  );
  const bytes = await bytesBetween(page, 0, first);
  const frames = await orbit(page, 'model-viewer');
  return { firstFrameMs: first, bytes, frames };
}

/** Our object viewer beside model-viewer given the original file and given our detailed level. */
export async function objectViewerBench(origin: string, distDir: string, runs: number): Promise<ObjectViewerReport> {
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  const errors: string[] = [];
  const collected: Record<'ours' | 'peerOriginal' | 'peerDetailed', Measured[]> = {
    ours: [],
    peerOriginal: [],
    peerDetailed: [],
  };
  const jobs = {
    ours: (p: Page) => ours(p, origin),
    peerOriginal: (p: Page) => peer(p, origin, 'bench-peer-scan-original.html'),
    peerDetailed: (p: Page) => peer(p, origin, 'bench-peer-scan-detailed.html'),
  };
  try {
    for (let i = 1; i <= runs; i++)
      for (const [name, job] of Object.entries(jobs) as [keyof typeof collected, (p: Page) => Promise<Measured>][]) {
        const context = await browser.newContext({ viewport: VIEWPORT, serviceWorkers: 'block' });
        try {
          collected[name].push(await job(await context.newPage()));
        } catch (error) {
          errors.push(`${name}, run ${i}: ${(error as Error).message.split('\n')[0]}`);
        } finally {
          await context.close();
        }
      }
  } finally {
    await browser.close();
  }
  const mid = (values: (number | undefined)[]) => {
    const m = median(values.filter((v): v is number => typeof v === 'number'));
    return m === null ? null : Math.round(m * 10) / 10;
  };
  const summary = (list: Measured[]): ViewerRun => ({
    firstFrameMs: mid(list.map((r) => r.firstFrameMs)),
    bytes: mid(list.map((r) => r.bytes)),
    orbitMedianMs: mid(list.map((r) => r.frames.medianMs)),
    orbitP95Ms: mid(list.map((r) => r.frames.p95Ms)),
    ...(list[0]?.detailedMs !== undefined
      ? {
          detailedMs: mid(list.map((r) => r.detailedMs)),
          drawCalls: mid(list.map((r) => r.drawCalls)),
          triangles: mid(list.map((r) => r.triangles)),
        }
      : {}),
  });
  return {
    runs,
    original: { path: ORIGINAL, bytes: readFileSync(join(distDir, ORIGINAL)).length },
    ours: summary(collected.ours),
    peerOriginal: summary(collected.peerOriginal),
    peerDetailed: summary(collected.peerDetailed),
    errors,
  };
}
