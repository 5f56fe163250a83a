import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../browser/chromium.ts';

// Weak museum Wi-Fi, as in first-sound.ts: about a fast 3G link; a 412 px phone at DPR 2.6.
const NETWORK = {
  offline: false,
  latency: 150,
  downloadThroughput: (1.6 * 1024 * 1024) / 8,
  uploadThroughput: (750 * 1024) / 8,
};
const PHONE = { viewport: { width: 412, height: 915 }, deviceScaleFactor: 2.6, isMobile: true, hasTouch: true };
export const PEER_PATH = '/bench-peer-photo/';

export interface PhotoLcp {
  page: string;
  network: string;
  processedMs: number | null;
  originalMs: number | null;
  /** original ÷ processed: how many times longer the visitor waits for the photo served as it came. */
  ratio: number | null;
  originalBytes: number;
  error?: string;
}

/**
 * A peer of the exhibit page at `path` in the built site: the same page with its hero <picture>
 * replaced by the original file as it came from the camera (`original`, copied into the site), the
 * width/height attributes kept. Everything else on the two pages is the same.
 */
export function writeOriginalPhotoPeer(distDir: string, path: string, original: string): number {
  const html = readFileSync(join(distDir, path, 'index.html'), 'utf8');
  const img = /<picture>[\s\S]*?<img\b[^>]*?\bwidth="(\d+)" height="(\d+)"[^>]*><\/picture>/.exec(html);
  if (!img) throw new Error(`${path}: no hero <picture> to replace`);
  const swapped = html.replace(
    img[0],
    `<img src="/bench-original.jpg" alt="" width="${img[1]}" height="${img[2]}" fetchpriority="high">`,
  );
  mkdirSync(join(distDir, PEER_PATH), { recursive: true });
  writeFileSync(join(distDir, PEER_PATH, 'index.html'), swapped);
  copyFileSync(original, join(distDir, 'bench-original.jpg'));
  return readFileSync(original).length;
}

/** Largest Contentful Paint of `path` and of the peer, one run each, in one browser, side by side. */
export async function photoLcp(origin: string, path: string, originalBytes: number): Promise<PhotoLcp> {
  const network = 'fast 3G (150 ms, 1.6 Mbit/s), 412 px at DPR 2.6';
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  try {
    const processedMs = await lcpOf(browser, `${origin}${path}`);
    const originalMs = await lcpOf(browser, `${origin}${PEER_PATH}`);
    return { page: path, network, processedMs, originalMs, ratio: originalMs / processedMs, originalBytes };
  } finally {
    await browser.close();
  }
}

async function lcpOf(browser: import('playwright-core').Browser, url: string): Promise<number> {
  const context = await browser.newContext({ ...PHONE, serviceWorkers: 'block' });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', NETWORK);
  await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
  // The LCP entry of an image is final once it has loaded; read the last one the page reported.
  const ms = await page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        new PerformanceObserver((list) => {
          const entries = list.getEntries();
          resolve(entries[entries.length - 1]!.startTime);
        }).observe({ type: 'largest-contentful-paint', buffered: true });
      }),
  );
  await context.close();
  return ms;
}
