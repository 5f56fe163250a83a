/**
 * `node tools/cli/make-icons.ts`: renders the app icons (public/icons/*.png) from public/favicon.svg with
 * Chromium. Run again when the icon changes; the PNGs are committed. The maskable icon keeps the
 * drawing inside the 80 % safe zone on the theme colour.
 */
import { readFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { CHROMIUM_PATH } from '../browser/chromium.ts';

const svg = readFileSync('public/favicon.svg', 'utf8');
const browser = await chromium.launch({
  executablePath: CHROMIUM_PATH,
  args: ['--no-sandbox'],
});
const page = await browser.newPage();
for (const [file, size, inset] of [
  ['icon-192.png', 192, 0],
  ['icon-512.png', 512, 0],
  ['maskable-512.png', 512, 0.2],
] as const) {
  await page.setViewportSize({ width: size, height: size });
  const pad = Math.round(size * inset * 0.5);
  await page.setContent(
    `<body style="margin:0;background:#0e1113"><div style="padding:${pad}px;width:${size - 2 * pad}px;height:${size - 2 * pad}px">${svg.replace('<svg ', '<svg width="100%" height="100%" ')}</div></body>`,
  );
  await page.screenshot({ path: `public/icons/${file}`, omitBackground: false });
  console.log(`public/icons/${file}`);
}
await browser.close();
