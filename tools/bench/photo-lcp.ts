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
  /** What each page's LCP was: the image's address, or the element for text. */
  processedElement: string;
  originalElement: string;
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
    const processed = await lcpOf(browser, `${origin}${path}`);
    const original = await lcpOf(browser, `${origin}${PEER_PATH}`);
    return {
      page: path,
      network,
      processedMs: processed.ms,
      originalMs: original.ms,
      processedElement: processed.element,
      originalElement: original.element,
      ratio: original.ms / processed.ms,
      originalBytes,
    };
  } finally {
    await browser.close();
  }
}

async function lcpOf(
  browser: import('playwright-core').Browser,
  url: string,
): Promise<{ ms: number; element: string }> {
  const context = await browser.newContext({ ...PHONE, serviceWorkers: 'block' });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', NETWORK);
  await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
  // The LCP entry of an image is final once it has loaded; read the last one the page reported.
  const result = await page.evaluate(
    () =>
      new Promise<{ ms: number; element: string }>((resolve) => {
        // The photo is the largest element once it paints, which for a 24 MP JPEG can be well after
        // the load event (decoding): wait for the image's entry, or give the last one after 90 s.
        type Lcp = PerformanceEntry & { url?: string; element?: Element };
        let last: Lcp | undefined;
        const give = () =>
          resolve({ ms: last?.startTime ?? Number.NaN, element: last?.url || last?.element?.tagName || '?' });
        new PerformanceObserver((list) => {
          last = list.getEntries().at(-1) as Lcp;
          if (last.url) give();
        }).observe({ type: 'largest-contentful-paint', buffered: true });
        setTimeout(give, 90_000);
      }),
  );
  await context.close();
  return result;
}
