import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { test } from './support/test.ts';
import { siteCopy } from '../test/fixtures/site-copy.ts';
import { loadCatalog } from '../src/content/loader/load-catalog.ts';
import { parseCaptions } from '../src/features/narration/captions.ts';
import { runPendingImports } from '../src/features/narration/recording/pending-imports.ts';
import { useEditSite } from './support/edit-site.ts';

/*
 * What a curator does when the automatic caption alignment is unsure, in the real editor (Decap on a
 * throwaway copy under astro dev + decap-server, as admin-uploads.spec.ts): open the exhibit, play its
 * recording in the tap-to-sync field, tap as each sentence starts, save; the build then writes the
 * captions from the taps. The taps are made 0.4 s after each sentence's current caption start, so the
 * captions that come out can only have followed the taps.
 */
const { site, expect } = useEditSite();
const scratch = mkdtempSync(join(tmpdir(), 'admin-tap-to-sync-'));
const id = 'van-don-trading-port';
const LATE = 0.4;

test.afterAll(() => rmSync(scratch, { recursive: true, force: true }));

test('tap-to-sync in the editor: the taps are saved and the captions follow them', async ({ page }) => {
  const ui = JSON.parse(readFileSync('content/ui/vi.json', 'utf8')) as Record<string, string>;
  const vttPath = `public/audio/exhibits/${id}.vi.vtt`;
  const published = parseCaptions(readFileSync(vttPath, 'utf8')).cues;
  // Where each sentence starts in today's captions (its first cue), and where the curator taps.
  const sentenceStarts = [...new Set(published.map((c) => c.sentence))].map(
    (k) => published.find((c) => c.sentence === k)?.start as number,
  );
  const targets = sentenceStarts.map((s) => s + LATE);

  // Every language's file must reach the editor, or Decap will not save the entry. decap-server lets
  // each request wait 3 s for its lock and then answers 500; the editor's guard (local-guard.ts) hands
  // it one request at a time so none gives up. Should one, say so rather than fail later at the save.
  const unread: string[] = [];
  page.on('response', (response) => {
    const body = response.request().postData() ?? '';
    if (response.url().endsWith('/api/v1') && body.includes('"getEntry"') && response.status() !== 200)
      unread.push(/"path":"([^"]+)"/.exec(body)?.[1] ?? body);
  });
  await site.openEditor(page, `collections/exhibits/entries/${id}`);
  await expect(page.getByText('Đang tải...', { exact: true })).toHaveCount(0);
  expect(unread, 'decap-server could not read these files (its 3 s lock timed out behind the guard)').toEqual([]);
  // The default language's pane comes first (the editor shows two languages side by side).
  const sync = page.locator('tap-to-sync').first();
  await sync.scrollIntoViewIfNeeded();
  const tap = sync.getByRole('button', { name: ui['cms.tapSync.tap'] });
  await expect(tap).toBeDisabled();
  await sync.getByRole('button', { name: ui['cms.tapSync.start'] }).click();
  const audio = sync.locator('audio');
  const progress = (done: number) =>
    (ui['cms.tapSync.progress'] as string)
      .replace('{{done}}', String(done))
      .replace('{{total}}', String(targets.length));
  const now = () => audio.evaluate((a: HTMLAudioElement) => a.currentTime);
  // The recording's time just before and just after each tap: on a loaded machine a tap can land a
  // second after it was meant to, but never outside these bounds.
  const taps: { before: number; after: number }[] = [];
  for (const [k, target] of targets.entries()) {
    await expect(sync.getByRole('status')).toHaveText(progress(k));
    await audio.evaluate(
      (a: HTMLAudioElement, t) =>
        new Promise<void>((resolve) => {
          const check = () => (a.currentTime >= t ? resolve() : requestAnimationFrame(check));
          check();
        }),
      // A tap within 0.2 s of the one before counts as a double tap: after a late tap, wait a little.
      Math.max(target, (taps.at(-1)?.after ?? 0) + 0.3),
    );
    const before = await now();
    // Space (what a curator listening with eyes closed uses), and the button for one sentence.
    if (k === 3) await tap.click();
    else await page.keyboard.press('Space');
    taps.push({ before, after: await now() });
  }
  await expect(sync.getByRole('status')).toHaveText(ui['cms.tapSync.saved'] as string);

  await page.getByRole('button', { name: 'Lưu', exact: true }).click();
  // Saved on the draft branch: one start per sentence, each the moment of its tap. Read from git, not
  // from the editor's notice: after saving, Decap reads the entry back one file per language, and
  // decap-server gives each read 3 s to get at the repository; on a loaded machine some give up, and
  // the editor then reports the save as failed although it was committed.
  const branchEntry = () => {
    try {
      return site.git('show', `cms/exhibits/${id}:content/exhibits/${id}.vi.md`);
    } catch {
      return '';
    }
  };
  await expect.poll(branchEntry, { timeout: 60_000 }).toContain('sentenceStarts');
  const entry = branchEntry();
  const front = parse(entry.split(/^---$/m)[1] as string) as { audio: { sentenceStarts?: number[] } };
  const starts = front.audio.sentenceStarts ?? [];
  expect(starts).toHaveLength(targets.length);
  for (const [k, start] of starts.entries()) {
    // Kept to the millisecond.
    // Half a millisecond of rounding, and a hair for binary floats: 2.6785 + 0.0005 is 2.679 while the
    // saved 2.679 reads back as 2.6790000000000003 (a CI run failed on exactly that).
    expect(start, `sentence ${k + 1}`).toBeGreaterThanOrEqual((taps[k]?.before as number) - 0.0005 - 1e-9);
    expect(start, `sentence ${k + 1}`).toBeLessThanOrEqual((taps[k]?.after as number) + 0.0005 + 1e-9);
  }

  // The build's step on that content: the captions are re-timed from the taps, once.
  const copy = siteCopy(process.cwd(), join(scratch, 'site'), ['audio']);
  writeFileSync(join(copy, `content/exhibits/${id}.vi.md`), entry);
  expect(runPendingImports(copy, loadCatalog(copy)).retimed).toEqual([`${id}.vi`]);
  const cues = parseCaptions(readFileSync(join(copy, vttPath), 'utf8')).cues;
  for (const [k, start] of starts.entries()) {
    const first = cues.find((c) => c.sentence === k);
    expect(first?.start, `sentence ${k + 1}'s first caption`).toBeCloseTo(start, 2);
    const last = cues.findLast((c) => c.sentence === k);
    if (k + 1 < starts.length) expect(last?.end).toBeLessThanOrEqual(starts[k + 1] as number);
  }
  expect(runPendingImports(copy, loadCatalog(copy)).retimed).toEqual([]);
});
