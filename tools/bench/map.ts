import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { median } from './median.ts';
import type { MapBenchReport, MapBenchSide } from './report.ts';
import { syntheticPlaces } from './synthetic-map-places.ts';
import { loadCatalog } from '../../src/content/loader/load-catalog.ts';
import { urls } from '../../src/urls.ts';
import { HOURS_WINDOW_DAYS, openMinutes } from '../../src/features/places/window.ts';
import { todayIn } from '../../src/features/places/freshness.ts';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../browser/chromium.ts';
import { type FrameSample, frameStats, timeFrames } from './frame-times.ts';

type Page = import('playwright-core').Page;
type Browser = import('playwright-core').Browser;

export const MAP_PLACES = 10_000;
const CPU_SLOWDOWN = 4;
const OURS = '/bench-map/';
const PEER = '/bench-peer-markercluster.html';
const DATA = '/bench-map/places.json';
const VIEWPORT = { width: 1280, height: 800 };

/**
 * Writes into the bench's own build: 10,000 synthetic places in the map's compact form, our real map
 * page pointed at them, and the peer, a plain Leaflet.markercluster page of the same points over the
 * same basemap, its scripts copied from node_modules (nothing from a CDN).
 */
export function writeMapBench(root: string, distDir: string): void {
  const catalog = loadCatalog(root);
  const { site } = catalog;
  // The benchmark draws the main destination's map, where the demo's places are.
  const destination = catalog.destinations[0]!;
  const today = todayIn(site.timezone);
  const hours = [...new Set(catalog.places.flatMap((p) => (p.openingHours ? [p.openingHours] : [])))];
  const doc = syntheticPlaces({
    count: MAP_PLACES,
    towns: catalog.places.map((p) => p.coordinates),
    bounds: destination.map.bounds,
    categories: site.placeCategories.map((c) => c.id),
    tags: site.placeTags.map((t) => t.id),
    schedules: hours.map((h) => openMinutes(h, today, HOURS_WINDOW_DAYS)),
    hoursFrom: today,
    hoursDays: HOURS_WINDOW_DAYS,
    lang: site.defaultLanguage,
  });
  mkdirSync(join(distDir, 'bench-map'), { recursive: true });
  writeFileSync(join(distDir, DATA), JSON.stringify(doc));
  const page = readFileSync(join(distDir, site.defaultLanguage, 'map', destination.id, 'index.html'), 'utf8');
  const pointed = page.replace(/data-places="[^"]*"/, `data-places="${DATA}"`);
  if (pointed === page) throw new Error('the map page has no data-places attribute to point at the synthetic places');
  writeFileSync(join(distDir, OURS, 'index.html'), pointed);
  const peerDir = join(distDir, 'bench-peer');
  mkdirSync(peerDir, { recursive: true });
  const modules = join(root, 'node_modules');
  for (const [from, to] of [
    ['leaflet/dist/leaflet.js', 'leaflet.js'],
    ['leaflet/dist/leaflet.css', 'leaflet.css'],
    ['leaflet.markercluster/dist/leaflet.markercluster.js', 'leaflet.markercluster.js'],
    ['leaflet.markercluster/dist/MarkerCluster.css', 'MarkerCluster.css'],
    ['leaflet.markercluster/dist/MarkerCluster.Default.css', 'MarkerCluster.Default.css'],
  ] as const)
    copyFileSync(join(modules, from), join(peerDir, to));
  const { center, defaultZoom, minZoom, maxZoom } = destination.map;
  writeFileSync(join(distDir, PEER), peerPage(center, defaultZoom, minZoom, maxZoom, urls.basemap(destination.id)));
}

function peerPage(
  center: { lat: number; lon: number },
  zoom: number,
  minZoom: number,
  maxZoom: number,
  basemap: string,
): string {
  return `<!doctype html><html lang="vi"><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>peer: Leaflet.markercluster</title><link rel="icon" href="data:,">
<link rel="stylesheet" href="/bench-peer/leaflet.css"><link rel="stylesheet" href="/bench-peer/MarkerCluster.css"><link rel="stylesheet" href="/bench-peer/MarkerCluster.Default.css">
<style>html,body{margin:0;height:100%}#map{height:100vh;background:#a9cfe0}.peer-marker{background:#e4f4f2;border:2px solid #0b6e6e;border-radius:50%}</style>
<div id="map" data-map></div>
<script src="/bench-peer/leaflet.js"></script><script src="/bench-peer/leaflet.markercluster.js"></script>
<script>
const map = L.map('map', { minZoom: ${minZoom}, maxZoom: ${maxZoom} }).setView([${center.lat}, ${center.lon}], ${zoom});
fetch('${basemap}').then((r) => r.json()).then((g) => L.geoJSON(g, { interactive: false, style: { weight: 1, fillOpacity: 1, color: '#b7b09c', fillColor: '#f2efe6' } }).addTo(map));
fetch('${DATA}').then((r) => r.json()).then((doc) => {
  const icon = L.divIcon({ className: 'peer-marker', iconSize: [24, 24] });
  const group = L.markerClusterGroup();
  group.addLayers(doc.places.filter((row) => row[8] !== 2).map((row) => L.marker([row[3] / 1e5, row[4] / 1e5], { icon, title: row[1] })));
  map.addLayer(group);
  document.documentElement.dataset.ready = '';
});
</script></html>`;
}

/** Navigation start to the first frame with the places clustered on the map (both pages set data-ready). */
const FIRST_RENDER = () => {
  const w = window as unknown as { benchFirstRender?: number };
  const check = () => {
    if (document.querySelector('[data-ready]') && document.querySelector('.leaflet-marker-icon')) {
      requestAnimationFrame(() => {
        w.benchFirstRender = performance.now();
      });
      return;
    }
    requestAnimationFrame(check);
  };
  requestAnimationFrame(check);
  try {
    localStorage.setItem('map.onlineLayer', 'off');
  } catch {}
};

async function measure(
  browser: Browser,
  origin: string,
  path: string,
): Promise<{ firstRenderMs: number; frames: FrameSample }> {
  const context = await browser.newContext({ viewport: VIEWPORT, serviceWorkers: 'block' });
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
    await page.addInitScript(FIRST_RENDER);
    await page.goto(`${origin}${path}`);
    await page.waitForFunction(() => (window as unknown as { benchFirstRender?: number }).benchFirstRender, null, {
      timeout: 120_000,
      polling: 100,
    });
    const firstRenderMs = await page.evaluate(
      () => (window as unknown as { benchFirstRender: number }).benchFirstRender,
    );
    const frames = await timeFrames(page, () => pan(page));
    return { firstRenderMs, frames };
  } finally {
    await context.close();
  }
}

/** Four drags across the map, as a visitor looks around: right, down, left, up. */
async function pan(page: Page): Promise<void> {
  const map = page.locator('[data-map]');
  await map.scrollIntoViewIfNeeded();
  const box = (await map.boundingBox())!;
  const cx = box.x + box.width / 2;
  const cy = box.y + box.height / 2;
  for (const [dx, dy] of [
    [-250, 0],
    [0, -200],
    [250, 0],
    [0, 200],
  ] as const) {
    await page.mouse.move(cx, cy);
    await page.mouse.down();
    for (let step = 1; step <= 20; step++) {
      await page.mouse.move(cx + (dx * step) / 20, cy + (dy * step) / 20);
      await page.waitForTimeout(16);
    }
    await page.mouse.up();
    await page.waitForTimeout(400);
  }
}

/** Ours and the peer, alternating in one browser, `runs` times each, CPU slowed 4×. */
export async function mapBench(origin: string, runs: number): Promise<MapBenchReport> {
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  const results = {
    ours: [] as Awaited<ReturnType<typeof measure>>[],
    peer: [] as Awaited<ReturnType<typeof measure>>[],
  };
  const errors: string[] = [];
  try {
    for (let i = 1; i <= runs; i++) {
      for (const [side, path] of [
        ['ours', OURS],
        ['peer', PEER],
      ] as const) {
        try {
          results[side].push(await measure(browser, origin, path));
        } catch (error) {
          errors.push(`${side}, run ${i}: ${(error instanceof Error ? error.message : String(error)).split('\n')[0]}`);
        }
      }
    }
  } finally {
    await browser.close();
  }
  const side = (list: Awaited<ReturnType<typeof measure>>[]): MapBenchSide => {
    const stats = list.map((r) => frameStats(r.frames));
    const round = (v: number | null) => (v === null ? null : Math.round(v * 10) / 10);
    return {
      ok: list.length,
      firstRenderMs: round(median(list.map((r) => r.firstRenderMs))),
      frameMedianMs: round(median(stats.map((s) => s.medianMs))),
      frameP95Ms: round(median(stats.map((s) => s.p95Ms))),
    };
  };
  const ours = side(results.ours);
  const peer = side(results.peer);
  const ratio = (a: number | null, b: number | null) => (a !== null && b ? Math.round((a / b) * 100) / 100 : null);
  return {
    places: MAP_PLACES,
    cpuSlowdown: CPU_SLOWDOWN,
    runs,
    ours: { path: OURS, ...ours },
    peer: { path: PEER, ...peer },
    firstRenderRatio: ratio(ours.firstRenderMs, peer.firstRenderMs),
    frameP95Ratio: ratio(ours.frameP95Ms, peer.frameP95Ms),
    errors,
  };
}
