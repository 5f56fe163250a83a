import { existsSync, mkdirSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../browser/chromium.ts';
import { serveSite } from '../serve/static-site.ts';
import { urls } from '../../src/urls.ts';

export interface LabelsPdfRequest {
  /** The built site, usually `dist/`. */
  distDir: string;
  out: string;
  /** The site's languages, so the server answers as production does. */
  languages: readonly string[];
  /** One exhibit's large label instead of every label on A4 sheets. */
  single?: string | undefined;
  /** Debian's Chromium unless CHROMIUM_PATH says otherwise, as for the browser tests. */
  chromiumPath?: string | undefined;
}

/** The built page to print, or an error saying what to do when the build or the exhibit is missing. */
export function labelPageFile(distDir: string, single: string | undefined): { path: string; file: string } {
  const sheetFile = join(distDir, 'print', 'labels', 'index.html');
  if (!existsSync(sheetFile)) {
    throw new Error(`${sheetFile} does not exist: build the site first with \`npm run build\`, then run this again.`);
  }
  if (single === undefined) return { path: urls.labelSheet(), file: sheetFile };
  const file = join(distDir, 'print', 'labels', single, 'index.html');
  if (!existsSync(file)) {
    const known = readdirSync(join(distDir, 'print', 'labels'), { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name);
    throw new Error(`No label for exhibit "${single}" in ${distDir}. Exhibit ids: ${known.join(', ')}`);
  }
  return { path: urls.label(single), file };
}

/**
 * Prints the built label page to a PDF through Chromium, over a local HTTP server so the page loads
 * its stylesheet exactly as on the site. The page's CSS decides the paper size (A4 sheets, or the
 * 148 × 105 mm single label). Returns how many pages were printed.
 */
export async function writeLabelsPdf(request: LabelsPdfRequest): Promise<{ pages: number }> {
  const { path } = labelPageFile(request.distDir, request.single);
  const executablePath = request.chromiumPath ?? CHROMIUM_PATH;
  if (!existsSync(executablePath)) {
    throw new Error(
      `Chromium is missing at ${executablePath}: run \`sh tools/cli/ensure-browser.sh\` or set CHROMIUM_PATH.`,
    );
  }
  const server = await serveSite(request.distDir, request.languages);
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS }).catch(async (error: unknown) => {
    await server.close();
    throw error;
  });
  try {
    const page = await browser.newPage();
    const response = await page.goto(`${server.origin}${path}`, { waitUntil: 'load' });
    if (!response?.ok()) throw new Error(`${path} answered ${response?.status() ?? 'nothing'} from ${request.distDir}`);
    await page.evaluate(() => document.fonts.ready);
    mkdirSync(dirname(request.out), { recursive: true });
    await page.pdf({ path: request.out, format: 'A4', preferCSSPageSize: true, printBackground: true });
    return { pages: await page.locator('[data-print-page]').count() };
  } finally {
    await browser.close();
    await server.close();
  }
}
