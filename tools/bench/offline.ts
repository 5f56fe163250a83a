import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../browser/chromium.ts';
import { median } from './median.ts';
import type { OfflineTimes } from './report.ts';
import { serveSite } from '../serve/static-site.ts';

/**
 * Reopening a visited exhibit page with the server switched off (served by the service worker), beside
 * the same page loaded from the network with no service worker; and tap to first sound from the cache.
 */
export async function offlineTimes(
  distDir: string,
  languages: readonly string[],
  exhibitPath: string,
  runs: number,
): Promise<OfflineTimes> {
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: CHROMIUM_ARGS,
  });
  const reopen: number[] = [];
  const network: number[] = [];
  const sound: number[] = [];
  try {
    for (let i = 0; i < runs; i++) {
      let server = await serveSite(distDir, languages);
      const { origin } = server;
      const port = Number(new URL(origin).port);
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.goto(`${origin}${exhibitPath}`);
      await page.evaluate(() => navigator.serviceWorker.ready);
      await page.waitForTimeout(1500); // the first page and its recording are saved after activation
      await server.close();
      await page.reload();
      reopen.push(await page.evaluate(() => Math.round(performance.getEntriesByType('navigation')[0]?.duration ?? 0)));
      sound.push(await tapToSound(page));
      await context.close();
      server = await serveSite(distDir, languages, { port });
      const plain = await browser.newContext({ serviceWorkers: 'block' });
      const online = await plain.newPage();
      await online.goto(`${origin}${exhibitPath}`);
      network.push(
        await online.evaluate(() => Math.round(performance.getEntriesByType('navigation')[0]?.duration ?? 0)),
      );
      await plain.close();
      await server.close();
    }
  } finally {
    await browser.close();
  }
  return { runs, reopenOfflineMs: median(reopen), loadOnlineMs: median(network), firstSoundOfflineMs: median(sound) };
}

async function tapToSound(page: import('playwright-core').Page): Promise<number> {
  await page.evaluate(() => {
    const audio = document.querySelector<HTMLAudioElement>('narration-player audio');
    const w = window as unknown as { tapAt?: number; soundAt?: number };
    audio?.addEventListener('timeupdate', () => {
      if (!w.soundAt && audio.currentTime > 0) w.soundAt = performance.now();
    });
    document.addEventListener('pointerdown', () => (w.tapAt = performance.now()), { capture: true, once: true });
  });
  await page.locator('narration-player [data-action="toggle"]').click();
  await page.waitForFunction(() => (window as unknown as { soundAt?: number }).soundAt, undefined, { timeout: 20_000 });
  return page.evaluate(() => {
    const w = window as unknown as { tapAt: number; soundAt: number };
    return Math.round(w.soundAt - w.tapAt);
  });
}
