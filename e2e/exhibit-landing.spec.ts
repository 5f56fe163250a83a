import type { Page } from '@playwright/test';
import type { Exhibit } from '../src/content/schemas/catalog.ts';
import type { Language } from '../src/content/schemas/language.ts';
import { catalog, site, t } from './support/catalog.ts';
import { deviceVoices } from './support/device-voices.ts';
import { expect, test } from './support/test.ts';

// A visitor who scans a label lands on the exhibit page on a phone: it must open at the top, with the
// title and the Play button in view, and stay there until the visitor acts.
test.use({ viewport: { width: 390, height: 740 } });

const recordingIn = (e: Exhibit, lang: Language) => !!e.translations[lang]?.fields.audio;
/** The kinds of exhibit page a language has: a recording, the device's voice, or another language's text. */
function pageTypes(lang: Language): { kind: string; exhibit: Exhibit }[] {
  const kinds: [string, (e: Exhibit) => boolean][] = [
    ['recorded narration', (e) => recordingIn(e, lang)],
    ['device voice', (e) => !!e.translations[lang] && !recordingIn(e, lang)],
    ['text shown in another language', (e) => !e.translations[lang]],
  ];
  return kinds.flatMap(([kind, test]) => {
    const exhibit = catalog.exhibits.find(test);
    return exhibit ? [{ kind, exhibit }] : [];
  });
}

async function expectLandedAtTop(page: Page, lang: Language, what: string) {
  await expect(page.locator('narration-player [data-action="toggle"]')).toBeVisible();
  await page.waitForTimeout(1000); // past the player's start-up and any smooth scrolling
  expect(await page.evaluate(() => scrollY), `${what}: scrolled by itself`).toBe(0);
  const play = page.getByRole('button', { name: t(lang)('narration.play'), exact: true });
  const box = await play.boundingBox();
  expect(box, `${what}: no Play button`).not.toBeNull();
  expect(box!.y + box!.height, `${what}: Play is below the first screen`).toBeLessThanOrEqual(740);
  expect(box!.y, what).toBeGreaterThanOrEqual(0);
}

for (const lang of site.languages) {
  test(`${lang}: every kind of exhibit page opens at the top, with Play in the first screen, also from a QR link`, async ({
    page,
  }) => {
    await page.addInitScript(deviceVoices);
    const types = pageTypes(lang);
    expect(types.length).toBeGreaterThan(0);
    for (const { kind, exhibit } of types) {
      await page.goto(`/${lang}/exhibits/${exhibit.id}/`);
      await expectLandedAtTop(page, lang, `${kind} (${exhibit.id})`);
    }
    // The label's QR link, for a visitor whose chosen language this is.
    const exhibit = types[0]!.exhibit;
    await page.evaluate(() => localStorage.clear());
    await page.addInitScript((chosen) => localStorage.setItem('lang', chosen), lang);
    await page.goto(`/x/${exhibit.code.toLowerCase()}/`);
    await expect(page).toHaveURL(`/${lang}/exhibits/${exhibit.id}/`);
    await expectLandedAtTop(page, lang, `after the short link /x/${exhibit.code.toLowerCase()}/`);
  });
}

test('a visitor coming back where they left off also lands at the top', async ({ page }) => {
  const exhibit = catalog.exhibits.find((e) => recordingIn(e, 'vi'))!;
  await page.addInitScript((key) => localStorage.setItem(key, '20'), `narration:${exhibit.id}:vi`);
  await page.goto(`/vi/exhibits/${exhibit.id}/`);
  await expect(page.locator('narration-player [data-status]')).toContainText(t('vi')('narration.startOver'));
  await expectLandedAtTop(page, 'vi', 'resumed visit');
});

test('while the narration plays, the page follows the sentence being read, until the visitor scrolls away', async ({
  page,
}) => {
  const exhibit = catalog.exhibits.find((e) => recordingIn(e, 'vi'))!;
  await page.goto(`/vi/exhibits/${exhibit.id}/`);
  await page.getByLabel(t('vi')('narration.speed')).selectOption('1.5');
  const lines = page.locator('.transcript li');
  const last = (await lines.count()) - 1;
  await lines
    .nth(last - 2)
    .locator('.cue')
    .click();
  await page.evaluate(() => scrollTo(0, 0));
  await expect(lines.nth(last - 1)).toHaveAttribute('aria-current', 'true', { timeout: 20_000 });
  await expect.poll(() => page.evaluate(() => scrollY)).toBeGreaterThan(0); // it follows the narration
  await page.evaluate(() => scrollTo(0, 0));
  await page.mouse.wheel(0, -100); // the visitor scrolls: the page now stays where they put it
  await expect(lines.nth(last)).toHaveAttribute('aria-current', 'true', { timeout: 20_000 });
  await page.waitForTimeout(500);
  expect(await page.evaluate(() => scrollY)).toBe(0);
});
