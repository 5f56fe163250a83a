import { copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../browser/chromium.ts';
import { frameStats, type Frames, timeFrames } from './frame-times.ts';
import { median } from './median.ts';
import { browserCpuMs } from './process-cpu.ts';

type Page = import('playwright-core').Page;

const PEER = '/bench-peer-spark.html';
const NETWORK = { label: 'museum Wi-Fi (40 ms, 10 Mbit/s)', latency: 40, bytesPerSecond: (10 * 1024 * 1024) / 8 };
const ORBIT_MS = 3000;

/**
 * One side's medians. `msPerShownFrame`: orbit time over the frames the compositor drew (what the
 * visitor sees move); `rafMedianMs`: requestAnimationFrame gaps (how long the main thread was held).
 */
type SplatSide = {
  firstFrameMs: number | null;
  peakRssBytes: number | null;
  msPerShownFrame: number | null;
  /** Browser CPU (every process: SwiftShader draws in the GPU one) per frame shown: robust to load. */
  cpuMsPerShownFrame: number | null;
  rafMedianMs: number | null;
};

export type SplatBenchRun = {
  firstFrameMs: number;
  peakRssBytes: number | null;
  frames: Frames;
  cpuMsPerShownFrame: number;
};
export type SplatBenchReport = {
  network: string;
  runs: number;
  exhibitPath: string;
  /** The file the peer loads whole: the level our viewer ends with on this device. */
  wholeFile: string;
  wholeBytes: number;
  coarseBytes: number;
  ours: SplatSide;
  peer: SplatSide;
  /** Ours ÷ peer; `frameTime` compares the frames shown on screen while orbiting. */
  ratios: { firstFrame: number | null; peakMemory: number | null; frameTime: number | null; frameCpu: number | null };
  errors: string[];
};

/**
 * The peer page: Spark alone, as its README shows it, loading the whole detailed file with one
 * SplatMesh. three.js and Spark are copied from node_modules and served by the site.
 */
export function writeSparkPeer(root: string, distDir: string, wholeFile: string): void {
  const modules = join(root, 'node_modules');
  mkdirSync(join(distDir, 'bench-peer-spark'), { recursive: true });
  copyFileSync(
    join(modules, 'three', 'build', 'three.module.js'),
    join(distDir, 'bench-peer-spark', 'three.module.js'),
  );
  copyFileSync(join(modules, 'three', 'build', 'three.core.js'), join(distDir, 'bench-peer-spark', 'three.core.js'));
  // Spark imports three's Pass.js addon by its bare name; the import map below points it here.
  copyFileSync(
    join(modules, 'three', 'examples', 'jsm', 'postprocessing', 'Pass.js'),
    join(distDir, 'bench-peer-spark', 'pass.js'),
  );
  copyFileSync(
    join(modules, '@sparkjsdev', 'spark', 'dist', 'spark.module.min.js'),
    join(distDir, 'bench-peer-spark', 'spark.js'),
  );
  writeFileSync(
    join(distDir, PEER),
    `<!doctype html><html><meta charset="utf-8"><title>peer: Spark, whole file</title><link rel="icon" href="data:,">
<style>html,body{margin:0;height:100%;background:#111214}canvas{display:block;width:100vw;height:100vh}</style>
<script type="importmap">{"imports":{"three":"/bench-peer-spark/three.module.js","three/addons/postprocessing/Pass.js":"/bench-peer-spark/pass.js"}}</script>
<script type="module">
import * as THREE from 'three';
import { SparkRenderer, SplatMesh } from '/bench-peer-spark/spark.js';
window.benchStart = performance.now();
const renderer = new THREE.WebGLRenderer();
renderer.setSize(innerWidth, innerHeight);
document.body.append(renderer.domElement);
const scene = new THREE.Scene();
const camera = new THREE.PerspectiveCamera(40, innerWidth / innerHeight, 0.01, 100);
camera.position.set(0, 0.35, 0.9); camera.lookAt(0, 0.18, 0);
scene.add(new SparkRenderer({ renderer }));
const mesh = new SplatMesh({ url: '${wholeFile}' });
await mesh.initialized;
scene.add(mesh);
let frames = 0;
let angle = 0;
renderer.setAnimationLoop(() => {
  // The camera goes round the object, as a visitor's drag moves it: Spark re-sorts when the view moves.
  if (window.benchTurn) {
    angle += 0.02;
    camera.position.set(Math.sin(angle) * 0.9, 0.35, Math.cos(angle) * 0.9);
    camera.lookAt(0, 0.18, 0);
  }
  renderer.render(scene, camera);
  if (++frames === 2) window.benchFirstFrame = performance.now();
});
</script></html>`,
  );
}

/** Resident memory of every process of the browser started with `profile` (browser, GPU, renderers). */
function browserRss(profile: string): number | null {
  let total = 0;
  try {
    for (const pid of readdirSync('/proc')) {
      if (!/^\d+$/.test(pid)) continue;
      try {
        if (!readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes(profile)) continue;
        const rss = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
        if (rss) total += Number(rss) * 1024;
      } catch {
        // ended meanwhile
      }
    }
  } catch {
    return null;
  }
  return total;
}

async function oneRun(origin: string, path: string, which: 'ours' | 'peer', run: number): Promise<SplatBenchRun> {
  const profile = join(tmpdir(), `splat-bench-${process.pid}-${which}-${run}`);
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    args: CHROMIUM_ARGS,
    viewport: { width: 1280, height: 720 },
    serviceWorkers: 'block',
  });
  let peak: number | null = null;
  const sampler = setInterval(() => {
    const rss = browserRss(profile);
    if (rss !== null && (peak === null || rss > peak)) peak = rss;
  }, 100);
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: NETWORK.latency,
      downloadThroughput: NETWORK.bytesPerSecond,
      uploadThroughput: NETWORK.bytesPerSecond,
    });
    let firstFrameMs: number;
    if (which === 'ours') {
      await page.goto(origin + path);
      await page.evaluate(() => {
        const w = window as unknown as { benchReady?: number };
        document.addEventListener('splat:ready', () => {
          w.benchReady = performance.now();
        });
      });
      const clicked = await page.evaluate(() => performance.now());
      await page.locator('[data-splat-start]').click();
      await page.waitForFunction(() => (window as unknown as { benchReady?: number }).benchReady, null, {
        timeout: 120_000,
      });
      firstFrameMs = (await page.evaluate(() => (window as unknown as { benchReady: number }).benchReady)) - clicked;
      await page.locator('splat-view[data-state="refined"]').waitFor({ timeout: 120_000 });
    } else {
      await page.goto(origin + PEER);
      await page.waitForFunction(() => (window as unknown as { benchFirstFrame?: number }).benchFirstFrame, null, {
        timeout: 120_000,
      });
      firstFrameMs = await page.evaluate(() => {
        const w = window as unknown as { benchFirstFrame: number };
        return w.benchFirstFrame - performance.getEntriesByType('navigation')[0]!.startTime;
      });
    }
    const cpuBefore = browserCpuMs();
    const frames = frameStats(await timeFrames(page, () => orbit(page, which)));
    const cpuMsPerShownFrame = Math.round((browserCpuMs() - cpuBefore) / Math.max(1, frames.shown));
    return { firstFrameMs, peakRssBytes: peak, frames, cpuMsPerShownFrame };
  } finally {
    clearInterval(sampler);
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
}

/** Ours: dragging the view round (OrbitControls redraws on each move). The peer: its camera going round. */
async function orbit(page: Page, which: 'ours' | 'peer') {
  if (which === 'peer') {
    await page.evaluate(() => {
      (window as unknown as { benchTurn: boolean }).benchTurn = true;
    });
    await page.waitForTimeout(ORBIT_MS);
    return;
  }
  const box = await page.locator('[data-splat-stage] canvas').boundingBox();
  if (!box) throw new Error('no splat canvas');
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  // For as long as the peer turns: a move every 50 ms, each waiting for the page to take it.
  const until = performance.now() + ORBIT_MS;
  for (let i = 0; i < 2 || performance.now() < until; i++) {
    await page.mouse.move(box.x + box.width / 2 + (i % 30) * 8, box.y + box.height / 2);
    await page.waitForTimeout(50);
  }
  await page.mouse.up();
}

/** `runs` cold loads each of our exhibit splat view and of the Spark-whole-file peer, alternating. */
export async function splatBench(
  origin: string,
  exhibitPath: string,
  files: { whole: string; wholeBytes: number; coarseBytes: number },
  runs: number,
): Promise<SplatBenchReport> {
  const ours: SplatBenchRun[] = [];
  const peer: SplatBenchRun[] = [];
  const errors: string[] = [];
  for (let i = 0; i < runs; i++) {
    for (const which of ['ours', 'peer'] as const) {
      try {
        (which === 'ours' ? ours : peer).push(await oneRun(origin, exhibitPath, which, i));
      } catch (error) {
        errors.push(`${which} run ${i + 1}: ${(error as Error).message.split('\n')[0]}`);
      }
    }
  }
  const summary = (r: SplatBenchRun[]): SplatSide => ({
    firstFrameMs: median(r.map((x) => x.firstFrameMs)) ?? null,
    peakRssBytes: median(r.flatMap((x) => (x.peakRssBytes === null ? [] : [x.peakRssBytes]))) ?? null,
    msPerShownFrame: median(r.map((x) => x.frames.msPerShownFrame)) ?? null,
    cpuMsPerShownFrame: median(r.map((x) => x.cpuMsPerShownFrame)) ?? null,
    rafMedianMs: median(r.map((x) => x.frames.medianMs)) ?? null,
  });
  const o = summary(ours);
  const p = summary(peer);
  const ratio = (a: number | null, b: number | null) => (a !== null && b ? Math.round((a / b) * 100) / 100 : null);
  return {
    network: NETWORK.label,
    runs,
    exhibitPath,
    wholeFile: files.whole,
    wholeBytes: files.wholeBytes,
    coarseBytes: files.coarseBytes,
    ours: o,
    peer: p,
    ratios: {
      firstFrame: ratio(o.firstFrameMs, p.firstFrameMs),
      peakMemory: ratio(o.peakRssBytes, p.peakRssBytes),
      frameTime: ratio(o.msPerShownFrame, p.msPerShownFrame),
      frameCpu: ratio(o.cpuMsPerShownFrame, p.cpuMsPerShownFrame),
    },
    errors,
  };
}
