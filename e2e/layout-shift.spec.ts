import type { Page } from '@playwright/test';
import { urls } from '../src/urls.ts';
import { catalog, one, site } from './support/catalog.ts';
import { deviceVoices } from './support/device-voices.ts';
import { expect, test } from './support/test.ts';

// Nothing on a page may jump as it loads (Cumulative Layout Shift, as Lighthouse counts it): the
// visitor reaching for a link or the Play button must not see it move. Scripts are held back a little,
// as on a phone's network, so the page paints before its islands run, which is when shifts happen.
// The phone has a voice for every language (a page read by the device without one hides its player).
const lang = site.defaultLanguage;
const gallery = one(catalog.galleries, (g) => !!g.scene, 'gallery with a 3D tour');
const pages: [string, string][] = [
  ['home', urls.home(lang)],
  ['museum', urls.museum(lang, catalog.museums[0]!.id)],
  ['gallery', urls.gallery(lang, gallery.id)],
  [
    'exhibit with a recording',
    urls.exhibit(lang, one(catalog.exhibits, (e) => !!e.translations[lang]?.fields.audio, 'recorded exhibit').id),
  ],
  [
    'exhibit read by the device',
    urls.exhibit(
      'zh',
      one(
        catalog.exhibits,
        (e) => !!e.translations.zh && !e.translations.zh.fields.audio,
        'exhibit without a Chinese recording',
      ).id,
    ),
  ],
  ['places list', urls.places(lang)],
  ['place', urls.place(lang, catalog.places[0]!.id)],
  ['map', urls.map(lang, catalog.destinations[0]!.id)],
  ['tour', urls.tour(lang, gallery.scene!)],
  ['scan', urls.scan(lang)],
  ['search', urls.search(lang)],
  ['downloads', urls.downloads(lang)],
  ['expert', urls.expert(lang, catalog.experts[0]!.id)],
];

/** The sum of layout shifts not caused by the visitor, from the page's first paint until now. */
const layoutShift = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        let sum = 0;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[])
            if (!entry.hadRecentInput) sum += entry.value;
        }).observe({ type: 'layout-shift', buffered: true });
        setTimeout(() => resolve(sum), 100);
      }),
  );

for (const [type, path] of pages) {
  test(`${type}: the layout does not shift as the page loads (CLS ≤ 0.02)`, async ({ page }) => {
    await page.addInitScript(deviceVoices);
    await page.route('**/_astro/*.js', async (route) => {
      await new Promise((r) => setTimeout(r, 400));
      await route.continue();
    });
    await page.goto(path, { waitUntil: 'load' });
    await page.waitForTimeout(1500);
    expect(await layoutShift(page)).toBeLessThanOrEqual(0.02);
  });
}
