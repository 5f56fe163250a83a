import { copyFileSync, existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../browser/chromium.ts';
import { PNG } from 'pngjs';
import { median } from './median.ts';
import type { TourFrames, TourLoad, TourReport } from './report.ts';
import { sizesOf } from './sizes.ts';
import { type Frames, TURN_MS, turnFrames, WALK, walkFrames } from './frame-times.ts';

type Browser = import('playwright-core').Browser;
type Page = import('playwright-core').Page;

const VIEWPORT = { width: 1280, height: 720 };
const TIMEOUT = 60_000;
export const TOUR_EXHIBIT = 'quang-chinh-bronze-drum';
export const TOUR_PATH = `/vi/tour/history/?exhibit=${TOUR_EXHIBIT}`;
const MODEL = `/models/${TOUR_EXHIBIT}.glb`;
const PEER = '/bench-peer-model-viewer.html';
const PEER_SCRIPT = '/bench-peer-model-viewer.min.js';
const PEER_DECODER = '/bench-peer-meshopt-decoder.js';

/** One page load: when its first frame was drawn, and what it fetched up to then. */
type Load = { firstFrameMs: number; bytes: number; brotliBytes: number; paths: string[]; canvas: string };

/**
 * Writes the peer page into the build (before it is served: the server lists its files when it starts):
 * Google's <model-viewer> showing the same detailed glb, with its module and the meshopt decoder
 * copied from node_modules and served by the site (nothing from a CDN).
 */
export function writeModelViewerPeer(root: string, distDir: string): void {
  const modules = join(root, 'node_modules');
  const modelViewer = join(modules, '@google', 'model-viewer', 'dist', 'model-viewer.min.js');
  // model-viewer loads its decoder with a classic <script>, then uses the global MeshoptDecoder it defines.
  const decoder = join(modules, 'meshoptimizer', 'meshopt_decoder.cjs');
  copyFileSync(modelViewer, join(distDir, PEER_SCRIPT));
  copyFileSync(decoder, join(distDir, PEER_DECODER));
  writeFileSync(join(distDir, PEER), peerPage());
}

function peerPage(): string {
  return `<!doctype html><html lang="vi"><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>peer: model-viewer</title><link rel="icon" href="data:,">
<style>html,body{margin:0;height:100%;background:#08090a}model-viewer{display:block;width:100vw;height:100vh}</style>
<script>self.ModelViewerElement = { meshoptDecoderLocation: '${PEER_DECODER}' };</script>
<model-viewer src="${MODEL}" alt="Trống đồng Quảng Chính" camera-controls></model-viewer>
<script>
const viewer = document.querySelector('model-viewer');
// 'load' comes once the model is in the scene and two frames have passed; one more frame: it is drawn.
viewer.addEventListener('load', () => requestAnimationFrame(() => { window.benchFirstFrame = performance.now(); }));
viewer.addEventListener('error', (e) => { window.benchError = 'model-viewer: ' + (e.detail?.type ?? 'error') + ' ' + (e.detail?.sourceError?.message ?? ''); });
</script>
<script type="module" src="${PEER_SCRIPT}"></script></html>`;
}

/**
 * Our 3D tour (deep link, so it loads at once) beside the <model-viewer> peer, `runs` times each in a
 * fresh browser context (cold cache, service workers blocked): time to first frame and bytes fetched
 * until then, then frame times in motion (ours walking, the peer turning). Failures are reported.
 */
export async function tourBench(origin: string, distDir: string, runs: number): Promise<TourReport> {
  const report = blankTourReport(distDir, runs);
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: CHROMIUM_ARGS,
  });
  const ours: (Load & { drawCalls: number; triangles: number })[] = [];
  const peer: Load[] = [];
  const walks: (Frames & { drawn: number })[] = [];
  const turns: Frames[] = [];
  const attempt = async <T>(what: string, run: () => Promise<T>): Promise<T | undefined> => {
    try {
      return await run();
    } catch (error) {
      report.errors.push(`${what}: ${(error instanceof Error ? error.message : String(error)).split('\n')[0]}`);
      return undefined;
    }
  };
  try {
    for (let i = 1; i <= runs; i++) {
      await attempt(`ours, run ${i}`, () =>
        withPage(browser, async (page) => {
          ours.push(await loadOurs(page, origin, distDir));
          const walk = await attempt(`ours walking, run ${i}`, () => walkFrames(page));
          if (walk) walks.push(walk);
        }),
      );
      await attempt(`peer, run ${i}`, () =>
        withPage(browser, async (page) => {
          peer.push(await loadPeer(page, origin, distDir));
          const turn = await attempt(`peer turning, run ${i}`, () => turnFrames(page));
          if (turn) turns.push(turn);
        }),
      );
    }
  } finally {
    await browser.close();
  }
  report.ours = {
    ...loads(ours),
    drawCalls: mid(ours.map((l) => l.drawCalls)),
    triangles: mid(ours.map((l) => l.triangles)),
  };
  report.peer = loads(peer);
  report.frames = { ours: { ...frames(walks), drawn: mid(walks.map((w) => w.drawn)) }, peer: frames(turns) };
  const ratio = (a: number | null, b: number | null) => (a !== null && b ? Math.round((a / b) * 100) / 100 : null);
  report.firstFrameRatio = ratio(report.ours.firstFrameMs, report.peer.firstFrameMs);
  report.bytesRatio = ratio(report.ours.bytes, report.peer.bytes);
  return report;
}

/** The report with nothing measured yet: what is known from the build alone. */
export function blankTourReport(distDir: string, runs: number): TourReport {
  const modelFile = join(distDir, MODEL);
  const model = existsSync(modelFile) ? readFileSync(modelFile) : undefined;
  const none = { ok: 0, frames: null, medianMs: null, p95Ms: null, msPerShownFrame: null };
  return {
    runs,
    path: TOUR_PATH,
    model: MODEL,
    modelBytes: model ? model.length : null,
    modelExtensions: model ? glbExtensions(model) : [],
    walk: WALK.map(([key, ms]) => `${key} ${ms / 1000} s`).join(', then '),
    peerMotion: `auto-rotate ${TURN_MS / 1000} s`,
    ours: { ok: 0, firstFrameMs: null, bytes: null, brotliBytes: null, canvas: null, drawCalls: null, triangles: null },
    peer: { ok: 0, firstFrameMs: null, bytes: null, brotliBytes: null, canvas: null },
    frames: { ours: { ...none, drawn: null }, peer: none },
    firstFrameRatio: null,
    bytesRatio: null,
    errors: [],
  };
}

function mid(values: number[]): number | null {
  const m = median(values);
  return m === null ? null : Math.round(m);
}

function loads(runs: Load[]): TourLoad {
  return {
    ok: runs.length,
    firstFrameMs: mid(runs.map((l) => l.firstFrameMs)),
    bytes: mid(runs.map((l) => l.bytes)),
    brotliBytes: mid(runs.map((l) => l.brotliBytes)),
    canvas: runs[0]?.canvas ?? null,
  };
}

function frames(runs: Frames[]): TourFrames {
  const tenth = (values: number[]) => {
    const m = median(values);
    return m === null ? null : Math.round(m * 10) / 10;
  };
  return {
    ok: runs.length,
    frames: mid(runs.map((f) => f.frames)),
    medianMs: tenth(runs.map((f) => f.medianMs)),
    p95Ms: tenth(runs.map((f) => f.p95Ms)),
    msPerShownFrame: tenth(runs.map((f) => f.msPerShownFrame)),
  };
}

async function withPage(browser: Browser, use: (page: Page) => Promise<void>): Promise<void> {
  // A fresh context: cold HTTP cache. Service workers blocked: the site's precache would fetch in the
  // background of a first visit, outside the page's resource timings; the peer has none.
  const context = await browser.newContext({ viewport: VIEWPORT, serviceWorkers: 'block' });
  try {
    const page = await context.newPage();
    page.setDefaultTimeout(TIMEOUT);
    await use(page);
  } finally {
    await context.close();
  }
}

async function loadOurs(page: Page, origin: string, distDir: string) {
  // Before any of the page's scripts: note the time [data-tour-root] turns "ready" (or gives up).
  await page.addInitScript(() => {
    const w = window as unknown as { benchFirstFrame?: number; benchError?: string };
    new MutationObserver((records) => {
      for (const { target } of records) {
        if (!(target instanceof HTMLElement) || !target.hasAttribute('data-tour-root')) continue;
        const state = target.dataset.state;
        if (state === 'ready' && w.benchFirstFrame === undefined) w.benchFirstFrame = performance.now();
        if (state === 'failed' || state === 'no-webgl') w.benchError = `the tour says data-state="${state}"`;
      }
    }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-state'] });
  });
  await page.goto(`${origin}${TOUR_PATH}`);
  const firstFrameMs = await firstFrame(page);
  const load = await loaded(page, origin, distDir, firstFrameMs);
  const counts = await page.locator('[data-tour-root]').evaluate((root: HTMLElement) => ({
    drawCalls: Number(root.dataset.drawCalls),
    triangles: Number(root.dataset.triangles),
  }));
  await assertDrawn(page, '[data-canvas-root] canvas', 'our tour');
  return { ...load, ...counts };
}

async function loadPeer(page: Page, origin: string, distDir: string): Promise<Load> {
  await page.goto(`${origin}${PEER}`);
  const firstFrameMs = await firstFrame(page);
  const load = await loaded(page, origin, distDir, firstFrameMs);
  if (!load.paths.includes(MODEL)) throw new Error(`the peer did not fetch ${MODEL}`);
  await assertDrawn(page, 'model-viewer', 'model-viewer');
  return load;
}

/** Milliseconds from navigation start to the first frame, as the page noted it; throws on its error. */
async function firstFrame(page: Page): Promise<number> {
  const handle = await page.waitForFunction(
    () => {
      const w = window as unknown as { benchFirstFrame?: number; benchError?: string };
      return w.benchError
        ? { error: w.benchError }
        : w.benchFirstFrame === undefined
          ? false
          : { ms: w.benchFirstFrame };
    },
    undefined,
    { timeout: TIMEOUT, polling: 100 },
  );
  const result = (await handle.jsonValue()) as { error: string } | { ms: number };
  if ('error' in result) throw new Error(result.error);
  return result.ms;
}

/** What the page fetched until its first frame: bytes as served here, and brotli -11 of the same files. */
async function loaded(page: Page, origin: string, distDir: string, firstFrameMs: number): Promise<Load> {
  const canvas = await page.evaluate(() => {
    const element =
      document.querySelector('[data-canvas-root] canvas') ??
      document.querySelector('model-viewer')?.shadowRoot?.querySelector('canvas');
    return element instanceof HTMLCanvasElement ? `${element.width}×${element.height}` : '?';
  });
  const entries = await page.evaluate((until) => {
    const all = [
      ...performance.getEntriesByType('navigation'),
      ...performance.getEntriesByType('resource'),
    ] as PerformanceResourceTiming[];
    return all
      .filter((e) => e.startTime <= until)
      .map((e) => ({ url: e.name, bytes: e.transferSize || e.encodedBodySize }));
  }, firstFrameMs);
  let bytes = 0;
  let brotliBytes = 0;
  const paths: string[] = [];
  for (const entry of entries) {
    const url = new URL(entry.url);
    if (url.origin !== origin) continue;
    paths.push(url.pathname);
    bytes += entry.bytes;
    const file = fileFor(distDir, decodeURIComponent(url.pathname));
    brotliBytes += file ? sizesOf(readFileSync(file)).brotli : entry.bytes;
  }
  return { firstFrameMs: Math.round(firstFrameMs), bytes, brotliBytes, paths, canvas };
}

function fileFor(distDir: string, path: string): string | undefined {
  const candidates = path.endsWith('/') ? [`${path}index.html`] : [path, `${path}.html`, `${path}/index.html`];
  return candidates.map((c) => join(distDir, c)).find((f) => existsSync(f) && statSync(f).isFile());
}

/** Throws unless the element shows a picture (many colours), not an empty or single-colour box. */
async function assertDrawn(page: Page, selector: string, what: string): Promise<void> {
  const png = PNG.sync.read(await page.locator(selector).first().screenshot());
  const colours = new Set<number>();
  for (let i = 0; i < png.data.length; i += 4 * 97)
    colours.add(((png.data[i] ?? 0) << 16) | ((png.data[i + 1] ?? 0) << 8) | (png.data[i + 2] ?? 0));
  if (colours.size <= 20) throw new Error(`${what} drew a blank view (${colours.size} colours)`);
}

/** The extensions a glb declares as used (its JSON chunk), e.g. EXT_meshopt_compression. */
function glbExtensions(glb: Buffer): string[] {
  try {
    const json = JSON.parse(glb.subarray(20, 20 + glb.readUInt32LE(12)).toString('utf8')) as {
      extensionsUsed?: string[];
    };
    return json.extensionsUsed ?? [];
  } catch {
    return [];
  }
}
