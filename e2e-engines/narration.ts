import assert from 'node:assert/strict';
import { t } from '../e2e/support/catalog.ts';
import { type Engine, waitFor } from './support/engine.ts';

const TOGGLE = 'narration-player [data-action="toggle"]';

/** What the visitor sees of the narration player: its button, its clock, its message, its sound. */
const playerState = () => {
  const audio = document.querySelector<HTMLAudioElement>('narration-player audio');
  const toggle = document.querySelector('narration-player [data-action="toggle"]');
  return {
    label: toggle?.querySelector('[data-label]')?.textContent ?? '',
    pressed: toggle?.getAttribute('aria-pressed') === 'true',
    clock: document.querySelector('narration-player [data-time]')?.textContent ?? '',
    status: document.querySelector('narration-player [data-status]')?.textContent ?? '',
    time: audio?.currentTime ?? 0,
    playing: !!audio && !audio.paused && !audio.ended,
    src: audio?.currentSrc ? new URL(audio.currentSrc).pathname : '',
  };
};

export function narration({ page, lang }: Engine, origin: string) {
  const strings = t(lang);
  return {
    /** Presses Play and waits until the recording sounds and its clock moves; returns its address. */
    async playsFromButton(): Promise<string> {
      await waitFor('the Play button', () =>
        page.evaluate(playerState).then((s) => s.label === strings('narration.play')),
      );
      await page.click(TOGGLE);
      const started = await waitFor('the button to become Pause', async () => {
        const state = await page.evaluate(playerState);
        assert.notEqual(state.status, strings('narration.loadError'), 'the recording did not load');
        return state.pressed && state.label === strings('narration.pause') ? state : null;
      });
      // Measured from the moment it plays, so a resumed position is not taken for progress.
      await waitFor(`the recording to advance past ${started.time.toFixed(1)} s`, async () => {
        const state = await page.evaluate(playerState);
        assert.notEqual(state.status, strings('narration.loadError'), 'the recording stopped with an error');
        return state.time > started.time + 0.5 && !state.clock.startsWith('0:00 /');
      });
      const { src } = await page.evaluate(playerState);
      assert.ok(src.startsWith('/audio/'), `the recording ${src} is one of the site's own (${origin})`);
      return src;
    },
    async pause(): Promise<void> {
      if ((await page.evaluate(playerState)).playing) await page.click(TOGGLE);
      await waitFor('the narration to pause', () => page.evaluate(playerState).then((s) => !s.playing));
    },
  };
}

/**
 * The page a scanned label opens stays at its top, with the Play button in view: nothing scrolls it
 * in the first second. Watched for a whole second since a scroll can come at any moment in it.
 */
export async function pageAtRest({ page }: Engine, path: string): Promise<void> {
  await waitFor(`the exhibit page ${path}`, async () => new URL(await page.url()).pathname === path);
  const seen = await page.evaluate(
    () =>
      new Promise<{ maxScrollY: number; playInView: boolean }>((resolve) => {
        let maxScrollY = window.scrollY;
        const watch = () => (maxScrollY = Math.max(maxScrollY, window.scrollY));
        addEventListener('scroll', watch);
        setTimeout(() => {
          removeEventListener('scroll', watch);
          const play = document.querySelector('narration-player [data-action="toggle"]')?.getBoundingClientRect();
          resolve({ maxScrollY: watch(), playInView: !!play && play.top >= 0 && play.bottom <= innerHeight });
        }, 1000);
      }),
  );
  assert.deepEqual(seen, { maxScrollY: 0, playInView: true });
}
