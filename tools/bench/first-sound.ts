import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../browser/chromium.ts';
import { median } from './median.ts';
import type { FirstSound } from './report.ts';

// Weak museum Wi-Fi: about a fast 3G link.
const NETWORK = {
  offline: false,
  latency: 150,
  downloadThroughput: (1.6 * 1024 * 1024) / 8,
  uploadThroughput: (750 * 1024) / 8,
};
// Autoplay stays as on phones: sound only after a tap.
const ARGS = [...CHROMIUM_ARGS, '--autoplay-policy=user-gesture-required'];

/**
 * Time from a tap on play to first sound, on the exhibit page and, side by side in the same run, on a
 * peer page that is nothing but a native <audio> of the same recording: the least any page could do.
 */
export async function firstSound(origin: string, exhibitPath: string, runs: number): Promise<FirstSound> {
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: ARGS,
  });
  const ours: number[] = [];
  const peer: number[] = [];
  try {
    for (let i = 0; i < runs; i++) {
      ours.push(
        await measure(
          browser,
          `${origin}${exhibitPath}`,
          'narration-player [data-action="toggle"]',
          'narration-player audio',
        ),
      );
      peer.push(await measure(browser, `${origin}/bench-peer-first-sound.html`, '#play', 'audio'));
    }
  } finally {
    await browser.close();
  }
  const oursMs = median(ours);
  const peerMs = median(peer);
  return {
    network: 'fast 3G (150 ms, 1.6 Mbit/s)',
    runs,
    oursMs,
    peerMs,
    ratio: oursMs && peerMs ? oursMs / peerMs : null,
  };
}

async function measure(
  browser: import('playwright-core').Browser,
  url: string,
  button: string,
  audio: string,
): Promise<number> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', NETWORK);
  await page.goto(url, { waitUntil: 'load' });
  await page.locator(button).waitFor({ state: 'visible' });
  await page.evaluate((selector) => {
    const element = document.querySelector<HTMLAudioElement>(selector);
    const w = window as unknown as { tapAt?: number; soundAt?: number };
    element?.addEventListener('timeupdate', () => {
      if (!w.soundAt && element.currentTime > 0) w.soundAt = performance.now();
    });
    document.addEventListener('pointerdown', () => (w.tapAt = performance.now()), { capture: true, once: true });
  }, audio);
  await page.locator(button).click();
  await page.waitForFunction(() => (window as unknown as { soundAt?: number }).soundAt, undefined, { timeout: 30_000 });
  const ms = await page.evaluate(() => {
    const w = window as unknown as { tapAt: number; soundAt: number };
    return w.soundAt - w.tapAt;
  });
  await context.close();
  return Math.round(ms);
}

/** Written into the build before it is served: the server lists its files when it starts. */
export function writePeerPage(distDir: string, audioPath: string): void {
  writeFileSync(join(distDir, 'bench-peer-first-sound.html'), peerPage(audioPath));
}

function peerPage(audioPath: string): string {
  const mp3 = audioPath.replace(/\.webm$/, '.mp3');
  return `<!doctype html><html lang="en"><meta charset="utf-8"><title>peer</title>
<audio preload="metadata"><source src="${audioPath}" type='audio/webm; codecs="opus"'><source src="${mp3}" type="audio/mpeg"></audio>
<button id="play" onclick="document.querySelector('audio').play()">Play</button></html>`;
}
