import { readFileSync } from 'node:fs';
import { build } from 'esbuild';
import { expect, test } from './support/test.ts';
import { loadCatalog } from '../src/content/loader/load-catalog.ts';
import { narrationSentences } from '../src/features/narration/recording/import-recording.ts';

/*
 * The editor's <tap-to-sync> element on its own, in a page of the site's origin (so the published
 * recording plays as it does in the editor), without starting Decap and its git server: play, tap at
 * each sentence with the button and with Space, and read the sentence starts it hands the field.
 */
const exhibit = loadCatalog(process.cwd()).exhibits.find((e) => e.id === 'endemic-plants');
// The editor hands the element its strings in the editor's language (here English, from content/ui).
const ui = JSON.parse(readFileSync('content/ui/en.json', 'utf8')) as Record<string, string>;
const labels = {
  start: ui['cms.tapSync.start'],
  tap: ui['cms.tapSync.tap'],
  progress: ui['cms.tapSync.progress'],
  saved: ui['cms.tapSync.saved'],
};
const sentences = exhibit ? narrationSentences(exhibit, 'vi').slice(0, 4) : [];

// Playback is real time, and slow to start on a loaded machine (as in narration.spec.ts).
test.describe.configure({ timeout: 90_000 });

test('tap-to-sync: the curator taps each sentence start while the recording plays', async ({ page }) => {
  const bundle = await build({
    entryPoints: ['src/features/editor/client/tap-to-sync.ts'],
    bundle: true,
    write: false,
    format: 'esm',
  });
  const script = bundle.outputFiles[0]?.text ?? '';
  await page.route('**/tap-to-sync-test/', (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: `<!doctype html><html lang="en"><body><div id="host"></div><script type="module">${script}</script></body></html>`,
    }),
  );
  await page.goto('/tap-to-sync-test/');
  await page.waitForFunction(() => customElements.get('tap-to-sync'));
  await page.evaluate(
    ([src, lines, labels]) => {
      const element = document.createElement('tap-to-sync') as HTMLElement & {
        src: string;
        sentences: string[];
        strings: Record<string, string>;
      };
      element.src = src as string;
      element.sentences = lines as string[];
      element.strings = labels as Record<string, string>;
      element.addEventListener('synced', (e) => {
        (window as unknown as { starts: number[] }).starts = (e as CustomEvent<number[]>).detail;
      });
      document.getElementById('host')?.append(element);
    },
    ['/audio/exhibits/endemic-plants.vi.mp3', sentences, labels],
  );
  const tap = page.getByRole('button', { name: labels.tap });
  await expect(tap).toBeDisabled();
  await page.getByRole('button', { name: labels.start }).click();
  await expect(page.locator('tap-to-sync p').nth(1)).toHaveText(sentences[0] as string);
  const audioTime = () => page.locator('tap-to-sync audio').evaluate((a: HTMLAudioElement) => a.currentTime);
  for (let k = 0; k < sentences.length; k++) {
    // Wait for the recording to move on, then tap: by button, and for the last two by Space.
    const before = await audioTime();
    await expect.poll(audioTime, { timeout: 20_000 }).toBeGreaterThan(before + 0.3);
    if (k < 2) await tap.click();
    else await page.keyboard.press('Space');
  }
  await expect(page.locator('tap-to-sync [role=status]')).toHaveText(labels.saved as string);
  const starts = (await page.evaluate(() => (window as unknown as { starts: number[] }).starts)) ?? [];
  expect(starts).toHaveLength(sentences.length);
  for (let k = 1; k < starts.length; k++) expect(starts[k]).toBeGreaterThan(starts[k - 1] as number);
  await expect(tap).toBeDisabled();
});
