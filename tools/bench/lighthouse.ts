import { createServer, type AddressInfo } from 'node:net';
import { join } from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../browser/chromium.ts';
import { type LighthouseMetrics, medianMetrics, metricsFrom } from './lighthouse-metrics.ts';
import type { LighthousePage } from './report.ts';
import { LIGHTHOUSE_GOALS } from './lighthouse-goals.ts';
import { loadCatalog } from '../../src/content/loader/load-catalog.ts';
import { startNginx } from '../serve/nginx.ts';
import { urls } from '../../src/urls.ts';

// Lighthouse starts its own Chromium (headless), with the project's flags: nothing phones home.
const chromeFlags = ['--headless=new', '--disable-gpu', ...CHROMIUM_ARGS];

/** Lighthouse mobile (its default: Moto G Power screen, simulated slow 4G) `runs` times; the median of each metric. */
export async function lighthousePage(page: string, url: string, runs: number): Promise<LighthousePage> {
  const results: LighthousePage['runs'] = [];
  for (let i = 0; i < runs; i++) {
    try {
      results.push(await oneRun(url));
    } catch (error) {
      results.push({ error: error instanceof Error ? error.message : String(error) });
    }
  }
  const ok = results.filter((run): run is LighthouseMetrics => !('error' in run));
  return { page, path: new URL(url).pathname, runs: results, median: ok.length > 0 ? medianMetrics(ok) : null };
}

/** A fresh Chrome per run, so no run inherits another's cache or compiled code. */
async function oneRun(url: string): Promise<LighthouseMetrics> {
  const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM_PATH, chromeFlags, logLevel: 'silent' });
  // chrome-launcher's own SIGINT handler never runs once bench.ts has called process.exit, so the
  // 'exit' hook is what stops Chrome on Ctrl-C.
  const killOnExit = () => chrome.kill();
  process.once('exit', killOnExit);
  try {
    const result = await lighthouse(url, {
      port: chrome.port,
      logLevel: 'error',
      output: 'json',
      onlyCategories: ['performance'],
      formFactor: 'mobile',
      throttlingMethod: 'simulate',
    });
    if (!result) throw new Error(`Lighthouse returned no result for ${url}`);
    return metricsFrom(result.lhr);
  } finally {
    process.off('exit', killOnExit);
    chrome.kill();
  }
}

/**
 * Lighthouse on the page types with goals (src/lib/bench/lighthouse-goals.ts): home, exhibit, places
 * list, map, tour and scan, served by nginx with deploy/nginx.conf as a museum runs it (compression and
 * cache headers included). nginx is stopped whatever happens.
 */
export async function lighthouseAll(
  root: string,
  distDir: string,
  samples: { type: string; path: string }[],
  runs: number,
  step: (what: string) => void,
): Promise<LighthousePage[]> {
  const { site, galleries, destinations } = loadCatalog(root);
  const scene = galleries.find((g) => g.scene)?.scene;
  const pages = [
    ...samples.filter((s) => s.type in LIGHTHOUSE_GOALS),
    { type: 'map', path: urls.map(site.defaultLanguage, destinations[0]?.id ?? '') },
    ...(scene ? [{ type: 'tour', path: urls.tour(site.defaultLanguage, scene) }] : []),
  ];
  const port = await freePort();
  const nginx = await startNginx({
    projectRoot: root,
    root: distDir,
    port,
    prefix: join(root, '.tmp', `nginx-bench-${port}`),
  });
  const results: LighthousePage[] = [];
  try {
    for (const { type, path } of pages) {
      step(`Lighthouse mobile × ${runs}: ${path}`);
      results.push(await lighthousePage(type, `${nginx.origin}${path}`, runs));
    }
  } finally {
    await nginx.stop();
  }
  return results;
}

async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((done) => probe.listen(0, '127.0.0.1', done));
  const { port } = probe.address() as AddressInfo;
  await new Promise((done) => probe.close(done));
  return port;
}
