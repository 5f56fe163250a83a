import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import puppeteer, { type Page } from 'puppeteer-core';
import type { Engine, EnginePage } from './engine.ts';

// Debian's firefox-esr (tools/cli/ensure-browser.sh). Puppeteer talks WebDriver BiDi to Firefox's own
// remote agent, so there is no geckodriver and nothing is downloaded.
const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

/**
 * A test machine has no sound card, and Firefox then reports the audio output as a media error
 * ("OnMediaSinkAudioError"), which the narration shows as a recording that could not load. ALSA's
 * null device gives it an output that accepts the sound and plays nothing.
 */
function silentAudioConfig(): string {
  const dir = join(process.cwd(), '.tmp', 'engines');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, 'asound.conf');
  writeFileSync(file, '</usr/share/alsa/alsa.conf>\npcm.!default { type null }\nctl.!default { type hw card 0 }\n');
  return file;
}

function pageOf(page: Page): EnginePage {
  return {
    goto: async (url) => {
      await page.goto(url, { waitUntil: 'load' });
    },
    url: async () => page.url(),
    evaluate: (fn, ...args) => page.evaluate(fn as never, ...args) as never,
    click: (selector) => page.click(selector),
    screenshot: async (selector) => {
      const element = await page.$(selector);
      if (!element) throw new Error(`${selector} is not on the page`);
      return Buffer.from(await element.screenshot());
    },
  };
}

/**
 * Firefox ESR, headless, asking for Japanese pages (a tourist's browser), with WebGL switched off as on
 * phones whose graphics driver Firefox blocks: the tour must then offer its list.
 */
export async function launchFirefox(): Promise<Engine> {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    env: { ...process.env, ALSA_CONFIG_PATH: silentAudioConfig() },
    extraPrefsFirefox: {
      // French: a language with a recording of every exhibit (Japanese pages read with the device's voice).
      'intl.accept_languages': 'fr',
      'webgl.disabled': true,
      // navigator.storage.persist() asks the visitor in a door-hanger; answer "Allow" for them.
      'dom.storageManager.prompt.testing': true,
      'dom.storageManager.prompt.testing.allow': true,
    },
  });
  const page = await browser.newPage();
  await page.setViewport({ width: 390, height: 844 });
  return {
    name: 'firefox',
    webgl: false,
    lang: 'fr',
    iPhone: false,
    persists: true,
    page: pageOf(page),
    quit: () => browser.close(),
  };
}
