import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { expect, listenForCspViolations, test } from './support/test.ts';
import { languageTag } from '../src/i18n/locale.ts';
import type { Exhibit } from '../src/content/schemas/catalog.ts';
import type { Language } from '../src/content/schemas/language.ts';
import { catalog, site, t } from './support/catalog.ts';
import { pdfPagesAsPng, run } from './support/pdf-pages.ts';
import { decodeQrCodes, errorCorrectionOf, pixelsOfPng } from '../test/fixtures/qr-decoder.ts';

// The printed labels are checked the way a visitor meets them: a real QR decoder reads each code from
// pixels, and the address it finds must open the exhibit whose number is printed beside it.

const byCode = [...catalog.exhibits].sort((a, b) => a.code.localeCompare(b.code));
const exhibitWithCode = (code: string) => catalog.exhibits.find((e) => e.code === code);
/** What each label's QR code must hold, written out here rather than taken from the code under test. */
const expectedUrl = (code: string) => `${site.baseUrl.replace(/\/+$/, '')}/x/${code.toLowerCase()}/`;
const LABELS_PER_SHEET = 8;
const BROWSER_LOCALES: Record<Language, string> = {
  vi: 'vi-VN',
  en: 'en-GB',
  zh: 'zh-CN',
  ko: 'ko-KR',
  ja: 'ja-JP',
  fr: 'fr-FR',
};

async function expectPrintFrame(page: Page) {
  await expect(page.locator('html')).toHaveAttribute('lang', languageTag(site.defaultLanguage));
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex');
  await expect(page.locator('script')).toHaveCount(0);
  await expect(page.locator('header, nav, footer, .sample-banner')).toHaveCount(0);
}

/** Reads the QR code drawn by `svg` from a screenshot of it. */
async function decodeLabelQr(svg: Locator) {
  const results = await decodeQrCodes(pixelsOfPng(await svg.screenshot()));
  expect(results, 'exactly one QR code in the label').toHaveLength(1);
  return results[0]!;
}

async function expectLandsOnExhibit(page: Page, decoded: string, lang: Language, exhibit: Exhibit) {
  expect(new URL(decoded).origin).toBe(new URL(site.baseUrl).origin);
  // The same path on the test server instead of the deployed site. Landing is what the visitor needs
  // here: the exhibit's photo finishing its download (the load event) is the photo tests' business.
  await page.goto(new URL(decoded).pathname, { waitUntil: 'domcontentloaded' });
  await expect(page).toHaveURL(`/${lang}/exhibits/${exhibit.id}/`);
  await expect(page.locator(`article[data-exhibit="${exhibit.id}"]`)).toBeVisible();
}

// Labels are printed from a computer. The A4 sheet is wider than a phone, and Chromium's mobile
// emulation shifts element screenshots on a page wider than the screen, so these run on a desktop.
test.use({ viewport: { width: 1280, height: 900 }, isMobile: false, hasTouch: false, deviceScaleFactor: 2 });

test('every QR code on the A4 sheet reads as the short link of the number printed beside it', async ({
  browser,
  page,
  cspViolations,
}) => {
  // Every label is decoded from its screenshot and its link followed: the work grows with the exhibits
  // (35 in the demo took 57 s on a quiet 2-core machine with software rendering).
  test.setTimeout(20_000 + catalog.exhibits.length * 3_000);
  await page.goto('/print/labels/');
  await expectPrintFrame(page);
  const labels = page.locator('article.exhibit-label');
  await expect(labels).toHaveCount(catalog.exhibits.length);
  await expect(page.locator('section.label-sheet')).toHaveCount(Math.ceil(catalog.exhibits.length / LABELS_PER_SHEET));
  await expect(page.locator('.label-sample')).toHaveCount(site.sampleContent ? catalog.exhibits.length : 0);

  const decoded: { exhibit: Exhibit; url: string }[] = [];
  for (const [index, expected] of byCode.entries()) {
    const label = labels.nth(index);
    const code = (await label.locator('.label-code').textContent())?.trim() ?? '';
    expect(code).toBe(expected.code);
    const exhibit = exhibitWithCode(code)!;
    const qr = await decodeLabelQr(label.locator('svg.label-qr'));
    expect(qr.text, `QR code of ${code}`).toBe(expectedUrl(code));
    expect(errorCorrectionOf(qr), `error correction of ${code}`).toBe('Q');
    await expect(
      label.getByRole('img', { name: t(site.defaultLanguage)('labels.qr', { url: qr.text }) }),
    ).toBeVisible();

    const titleLanguages = [...new Set([site.defaultLanguage, 'en' as Language])].filter(
      (l) => exhibit.translations[l],
    );
    for (const lang of titleLanguages) {
      await expect(label.locator(`.label-title[lang="${languageTag(lang)}"]`)).toHaveText(
        exhibit.translations[lang]!.fields.title,
      );
    }
    await expect(label.getByRole('heading', { level: 2 })).toHaveText(
      exhibit.translations[site.defaultLanguage]!.fields.title,
    );
    const narrated = site.languages.filter((l) => exhibit.translations[l]?.body.trim());
    await expect(label.locator('.label-languages [lang]')).toHaveText(narrated.map((l) => t(l)('lang.name')));
    decoded.push({ exhibit, url: qr.text });
  }

  // Every label, in a language other than the default (which is also where a broken redirect lands).
  const lang = site.languages.find((l) => l !== site.defaultLanguage) ?? site.defaultLanguage;
  const context = await browser.newContext({ locale: BROWSER_LOCALES[lang], baseURL: test.info().project.use.baseURL });
  await listenForCspViolations(context, cspViolations);
  const visitor = await context.newPage();
  for (const { exhibit, url } of decoded) await expectLandsOnExhibit(visitor, url, lang, exhibit);
  await context.close();
});

test('a label’s QR code opens its exhibit in every language of the site', async ({ browser, page, cspViolations }) => {
  // A fresh browser context per language (its locale picks the language): a few seconds each.
  test.setTimeout(15_000 + site.languages.length * 8_000);
  const exhibit = byCode[0]!;
  await page.goto('/print/labels/');
  const { text } = await decodeLabelQr(page.locator(`article[data-code="${exhibit.code}"] svg.label-qr`));
  for (const lang of site.languages) {
    const context = await browser.newContext({
      locale: BROWSER_LOCALES[lang],
      baseURL: test.info().project.use.baseURL,
    });
    await listenForCspViolations(context, cspViolations);
    await expectLandsOnExhibit(await context.newPage(), text, lang, exhibit);
    await context.close();
  }
});

test('one exhibit’s large label has its own page', async ({ page }) => {
  const exhibit = catalog.exhibits.find((e) => e.nationalTreasure) ?? catalog.exhibits[0]!;
  await page.goto(`/print/labels/${exhibit.id}/`);
  await expectPrintFrame(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    exhibit.translations[site.defaultLanguage]!.fields.title,
  );
  await expect(page.locator('.label-code')).toHaveText(exhibit.code);
  const qr = await decodeLabelQr(page.locator('svg.label-qr'));
  expect(qr.text).toBe(expectedUrl(exhibit.code));
});

for (const path of ['/print/labels/', `/print/labels/${byCode[0]!.id}/`]) {
  test(`axe finds no violations on ${path}`, async ({ page }) => {
    await page.goto(path);
    const results = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
      .analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });
}

test.describe('the PDF from `npm run labels:pdf`', () => {
  test('holds every label once, each QR code readable on the printed page', async () => {
    test.setTimeout(60_000);
    const pdf = test.info().outputPath('labels.pdf');
    await run(process.execPath, ['tools/cli/print-labels.ts', '--out', pdf]);
    const pages = await pdfPagesAsPng(pdf, 150);
    expect(pages).toHaveLength(Math.ceil(catalog.exhibits.length / LABELS_PER_SHEET));

    const found: string[] = [];
    for (const [index, png] of pages.entries()) {
      const image = pixelsOfPng(png);
      // A4 at 150 dpi: 1240 × 1754 pixels.
      expect([image.width, image.height]).toEqual([1240, 1754]);
      const results = await decodeQrCodes(image);
      expect(results.length, `QR codes on page ${index + 1}`).toBe(
        Math.min(LABELS_PER_SHEET, catalog.exhibits.length - index * LABELS_PER_SHEET),
      );
      found.push(...results.map((r) => r.text));
    }
    expect(found.sort()).toEqual(catalog.exhibits.map((e) => expectedUrl(e.code)).sort());
  });

  test('--single prints one large label on a 148 × 105 mm page', async () => {
    const exhibit = byCode.at(-1)!;
    const pdf = test.info().outputPath('single.pdf');
    await run(process.execPath, ['tools/cli/print-labels.ts', '--single', exhibit.id, '--out', pdf]);
    const pages = await pdfPagesAsPng(pdf, 150);
    expect(pages).toHaveLength(1);
    const image = pixelsOfPng(pages[0]!);
    // 148 × 105 mm at 150 dpi, give or take poppler's rounding of the page box.
    expect(Math.abs(image.width - 874)).toBeLessThanOrEqual(2);
    expect(Math.abs(image.height - 620)).toBeLessThanOrEqual(2);
    expect((await decodeQrCodes(image)).map((r) => r.text)).toEqual([expectedUrl(exhibit.code)]);
  });
});
