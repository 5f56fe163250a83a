import { expect, test } from './support/test.ts';
import { catalog, one, t } from './support/catalog.ts';

// Exhibits with a Chinese text but no Chinese recording are read by the device's own voice.
const exhibit = one(
  catalog.exhibits,
  (e) => !!e.translations.zh && !e.translations.zh.fields.audio,
  'exhibit with Chinese text and no Chinese recording',
);
const path = `/zh/exhibits/${exhibit.id}/`;

/** A stand-in for the device's speech engine: records what is spoken and finishes each sentence at once. */
function fakeSpeech(voices: { lang: string; localService: boolean }[]) {
  const spoken: string[] = [];
  // Real utterances refuse a voice that is not a SpeechSynthesisVoice, so the stand-in replaces them too.
  class Utterance {
    text: string;
    voice: unknown = null;
    lang = '';
    rate = 1;
    onend: ((e: Event) => void) | null = null;
    constructor(text: string) {
      this.text = text;
    }
  }
  Object.defineProperty(window, 'SpeechSynthesisUtterance', { value: Utterance });
  const listeners: (() => void)[] = [];
  Object.defineProperty(window, 'speechSynthesis', {
    value: {
      getVoices: () => voices.map((v) => ({ ...v, name: `Fake ${v.lang}`, voiceURI: v.lang, default: false })),
      speak(u: SpeechSynthesisUtterance) {
        spoken.push(u.text);
        setTimeout(() => u.onend?.(new Event('end') as SpeechSynthesisEvent), 150);
      },
      cancel() {},
      addEventListener: (_: string, fn: () => void) => listeners.push(fn),
    },
  });
  Object.defineProperty(window, 'spokenForTest', { value: spoken });
}

test('with no recording, the device voice reads the text sentence by sentence and says it is synthetic', async ({
  page,
}) => {
  await page.addInitScript(fakeSpeech, [
    { lang: 'zh-CN', localService: true },
    { lang: 'en-US', localService: true },
  ]);
  await page.goto(path);
  await expect(page.locator('narration-player audio')).toHaveCount(0);
  await expect(page.locator('[data-speech-note]')).toHaveText(t('zh')('narration.deviceVoice'));
  await page.getByRole('button', { name: t('zh')('narration.play'), exact: true }).click();
  const first = await page.locator('.transcript li').first().textContent();
  await expect
    .poll(() => page.evaluate(() => (window as unknown as { spokenForTest: string[] }).spokenForTest[0]))
    .toBe(first);
  await expect
    .poll(() => page.evaluate(() => (window as unknown as { spokenForTest: string[] }).spokenForTest.length))
    .toBeGreaterThan(2);
  await page.locator('.transcript .cue').nth(5).click();
  const fifth = await page.locator('.transcript li').nth(5).textContent();
  await expect
    .poll(() => page.evaluate(() => (window as unknown as { spokenForTest: string[] }).spokenForTest))
    .toContain(fifth);
});

test('only on-device voices are used; with none, the text is offered plainly', async ({ page }) => {
  await page.addInitScript(fakeSpeech, [{ lang: 'zh-CN', localService: false }]);
  await page.goto(path);
  await expect(page.locator('narration-player [data-status]')).toHaveText(t('zh')('narration.noVoice'));
  await expect(page.getByRole('button', { name: t('zh')('narration.play'), exact: true })).toBeHidden();
  await expect(page.locator('.transcript li').first()).toBeVisible();
});
