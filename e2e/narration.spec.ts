import type { Page } from '@playwright/test';
import { expect, test } from './support/test.ts';
import { activeCueIndex, parseCaptions, sentenceSpans } from '../src/features/narration/captions.ts';
import { readFileSync } from 'node:fs';
import { catalog, one, t } from './support/catalog.ts';

const recorded = one(
  catalog.exhibits,
  (e) => !!e.translations.vi?.fields.audio?.opus && !!e.translations.en?.fields.audio?.opus,
  'exhibit with vi and en recordings',
);
// The transcript's lines: whole sentences, put back together from the short caption cues.
const cues = sentenceSpans(
  parseCaptions(readFileSync(`public${recorded.translations.vi!.fields.audio!.captions}`, 'utf8')).cues,
);
const page_ = `/vi/exhibits/${recorded.id}/`;

// Playback is real time: on a loaded machine (the suite runs two browsers at once beside a build) a
// recording can take seconds to load on Play and to play on, so polls on it wait up to 20 s.
const playback = { timeout: 20_000 };
test.describe.configure({ timeout: 90_000 });

const audioState = (page: Page) =>
  page.locator('narration-player audio').evaluate((a: HTMLAudioElement) => ({
    time: a.currentTime,
    paused: a.paused,
    rate: a.playbackRate,
    src: a.currentSrc,
  }));

/** The offline worker controls the page: it takes over a first visit once nothing plays (see below). */
const underWorker = (page: Page) =>
  page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller)
      await new Promise((r) => navigator.serviceWorker.addEventListener('controllerchange', r, { once: true }));
  });

test('plays, skips forward and back, and the transcript follows the audio', async ({ page }) => {
  await page.goto(page_);
  // Taken over before playing: a take-over at the pause below reloads the recording, whose element then
  // reads 0 for a moment (the player keeps the position; this test reads the element).
  await underWorker(page);
  const play = page.getByRole('button', { name: t('vi')('narration.play'), exact: true });
  await play.click();
  await expect(page.getByRole('button', { name: t('vi')('narration.pause'), exact: true })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await expect.poll(async () => (await audioState(page)).time, playback).toBeGreaterThan(0.3);
  await page.getByRole('button', { name: t('vi')('narration.forward'), exact: true }).click();
  await expect.poll(async () => (await audioState(page)).time, playback).toBeGreaterThan(10);
  // Paused, so the sentence read at `at` is still the one being shown when the page is looked at (a
  // slow machine once read the time at the end of one sentence and the page on the next).
  await page.getByRole('button', { name: t('vi')('narration.pause'), exact: true }).click();
  const at = (await audioState(page)).time;
  const expected = activeCueIndex(cues, at);
  const current = page.locator('.transcript li[aria-current="true"]');
  // Between two captions (a few hundredths of a second) no sentence is highlighted.
  if (expected === -1) await expect(current).toHaveCount(0);
  else await expect(current).toHaveAttribute('data-index', String(expected));
  await page.getByRole('button', { name: t('vi')('narration.back'), exact: true }).click();
  await expect.poll(async () => (await audioState(page)).time, playback).toBeLessThan(at);
});

test('selecting a sentence of the transcript plays from there', async ({ page }) => {
  await page.goto(page_);
  const target = cues[3]!;
  await page.locator('.transcript .cue').nth(3).click();
  await expect.poll(async () => (await audioState(page)).time, playback).toBeGreaterThanOrEqual(target.start);
  expect((await audioState(page)).time).toBeLessThan(target.end + 1);
  await expect(page.locator('.transcript li').nth(3)).toHaveAttribute('aria-current', 'true');
});

test('speed changes and is kept for the next exhibit', async ({ page }) => {
  await page.goto(page_);
  await page.getByLabel(t('vi')('narration.speed')).selectOption('1.5');
  expect((await audioState(page)).rate).toBe(1.5);
  await page.reload();
  await expect(page.getByLabel(t('vi')('narration.speed'))).toHaveValue('1.5');
  expect((await audioState(page)).rate).toBe(1.5);
});

const seekValue = (page: Page) => page.locator('[data-seek]').evaluate((s: HTMLInputElement) => Number(s.value));

// The recording loads on Play, so after a reload the place is shown (status and slider) before any
// audio loads, and Play goes on from there.
async function expectResumedNear(page: Page, left: number) {
  await expect(page.locator('narration-player [data-status]')).toContainText(t('vi')('narration.startOver'));
  await expect.poll(() => seekValue(page), playback).toBeGreaterThan(Math.floor(left) - 2.5);
  await page.getByRole('button', { name: t('vi')('narration.play'), exact: true }).click();
  await expect.poll(async () => (await audioState(page)).time, playback).toBeGreaterThan(Math.floor(left) - 2.5);
}

test('resumes where the visitor left off after a reload', async ({ page }) => {
  await page.goto(page_);
  await page.locator('.transcript .cue').nth(4).click();
  await expect.poll(async () => (await audioState(page)).time, playback).toBeGreaterThan(cues[4]!.start + 2.5);
  await page.getByRole('button', { name: t('vi')('narration.pause'), exact: true }).click();
  const left = (await audioState(page)).time;
  await page.reload();
  await expectResumedNear(page, left);
});

// A slow phone: the visitor pauses on the first visit, the offline worker takes the page over (the
// player then reloads the recording through it), and the visitor reloads at that very moment. The
// place must survive: the player once saved the 0 the reloading recording reads.
test('a reload just as the offline worker takes over keeps the visitor place', async ({ page }) => {
  await page.goto(page_);
  await page.locator('.transcript .cue').nth(4).click();
  await expect.poll(async () => (await audioState(page)).time, playback).toBeGreaterThan(cues[4]!.start + 2.5);
  const takenOver = page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        if (navigator.serviceWorker.controller) resolve();
        navigator.serviceWorker.addEventListener('controllerchange', () => resolve(), { once: true });
      }),
  );
  await page.getByRole('button', { name: t('vi')('narration.pause'), exact: true }).click();
  const left = (await audioState(page)).time;
  await takenOver;
  await page.reload();
  await expectResumedNear(page, left);
});

test('switching language swaps the recording and the transcript', async ({ page }) => {
  await page.goto(page_);
  await expect(page.locator('.transcript')).toHaveAttribute('lang', 'vi');
  await page.locator('.lang-switcher summary').click();
  await page.getByRole('link', { name: 'English', exact: true }).click();
  await expect(page).toHaveURL(`/en/exhibits/${recorded.id}/`);
  await expect(page.locator('.transcript')).toHaveAttribute('lang', 'en');
  await expect(page.locator('.transcript li').first()).toHaveText(cues.length > 0 ? /\S/ : /$/);
  await page.getByRole('button', { name: t('en')('narration.play'), exact: true }).click();
  // The player may mark the address with a query of its own to load it afresh (recording-address.ts).
  await expect
    .poll(async () => new URL((await audioState(page)).src).pathname, playback)
    .toMatch(new RegExp(`${recorded.id}\\.en\\.(webm|mp3)$`));
});

test('works with the keyboard alone', async ({ page }) => {
  await page.goto(page_);
  const play = page.getByRole('button', { name: t('vi')('narration.play'), exact: true });
  await play.focus();
  await page.keyboard.press('Enter');
  await expect.poll(async () => (await audioState(page)).paused, playback).toBe(false);
  await page.keyboard.press('Tab'); // back 10 s
  await page.keyboard.press('Tab'); // position slider
  const before = (await audioState(page)).time;
  await page.keyboard.press('PageUp');
  await expect.poll(async () => (await audioState(page)).time, playback).toBeGreaterThan(before + 4);
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Space');
  await expect.poll(async () => (await audioState(page)).paused, playback).toBe(true);
});

test('nothing plays until the visitor asks, even when the service worker takes over the page', async ({ page }) => {
  await page.goto(page_);
  await underWorker(page);
  await page.waitForTimeout(500); // past the recording's reload through the worker
  expect(await audioState(page)).toMatchObject({ paused: true, time: 0 });
});

// On a first visit the service worker installs while the tourist already listens. It takes the page
// over only once nothing plays, and the recording then goes on through it from where it was. The test
// holds the worker back until the story plays, so the hand-over always happens mid-story.
test('a first-visit story keeps playing while the offline worker installs, and goes on after a pause', async ({
  page,
}) => {
  await page.addInitScript(() => {
    const register = ServiceWorkerContainer.prototype.register;
    const held = new Promise((resolve) => Object.assign(window, { releaseWorker: resolve }));
    ServiceWorkerContainer.prototype.register = function (...args) {
      return held.then(() => register.apply(this, args));
    };
  });
  await page.goto(page_);
  await page.getByRole('button', { name: t('vi')('narration.play'), exact: true }).click();
  await expect.poll(async () => (await audioState(page)).time, playback).toBeGreaterThan(0.5);
  await page.evaluate(() => (window as unknown as { releaseWorker: () => void }).releaseWorker());
  const controlled = () => page.evaluate(() => !!navigator.serviceWorker.controller);
  await page.evaluate(() => navigator.serviceWorker.ready);
  const activeAt = (await audioState(page)).time;
  await expect.poll(async () => (await audioState(page)).time, playback).toBeGreaterThan(activeAt + 1);
  expect(await controlled()).toBe(false);
  await page.getByRole('button', { name: t('vi')('narration.pause'), exact: true }).click();
  await expect.poll(controlled).toBe(true);
  const pausedAt = (await audioState(page)).time;
  await page.getByRole('button', { name: t('vi')('narration.play'), exact: true }).click();
  await expect.poll(async () => (await audioState(page)).time, playback).toBeGreaterThan(pausedAt + 1);
  expect((await audioState(page)).time - pausedAt).toBeLessThan(10);
});

test('the transcript keeps whole sentences while the captions are cut short', async ({ page }) => {
  const vtt = parseCaptions(readFileSync('public/audio/exhibits/bach-dang-stakes.en.vtt', 'utf8')).cues;
  const sentences = sentenceSpans(vtt);
  expect(vtt.length).toBeGreaterThan(sentences.length);
  await page.goto('/en/exhibits/bach-dang-stakes/');
  const lines = page.locator('.transcript li');
  await expect(lines).toHaveCount(sentences.length);
  // The 248-character sentence about the three battles, whole, in one line of the transcript.
  const longest = sentences.reduce((a, b) => (b.text.length > a.text.length ? b : a));
  expect(longest.text.length).toBeGreaterThan(200);
  await expect(lines.nth(sentences.indexOf(longest))).toHaveText(longest.text);
});
