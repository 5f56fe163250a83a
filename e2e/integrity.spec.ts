import { join } from 'node:path';
import { builtPages, onePagePerType } from '../tools/integrity/built-pages.ts';
import { brokenLinks } from '../tools/integrity/link-crawl.ts';
import { checkHtml, isCheckerGap } from '../tools/integrity/nu-html-checker.ts';
import { buildReportsService } from '../src/features/reports/server/app.ts';
import { openReportsDatabase } from '../src/features/reports/server/database.ts';
import { listingsFromCatalog } from '../src/features/reports/server/listings.ts';
import { ReportStore } from '../src/features/reports/server/report-store.ts';
import { catalog, site } from './support/catalog.ts';
import { expect, test } from './support/test.ts';

// The built site as files, checked without a browser: every link of every page in every language,
// and valid HTML on one page of each type in each language.
const dist = 'dist';
const pages = builtPages(dist);

test('no internal link of any page, in any language, leads nowhere', async () => {
  expect(pages.length).toBeGreaterThan(site.languages.length * 10);
  // Links into /api/ (the experts' sign-in) lead to the reports service: it must have that route.
  const service = await buildReportsService({
    store: new ReportStore(await openReportsDatabase({ sqliteFile: ':memory:' })),
    listings: listingsFromCatalog(catalog),
  });
  const served = (path: string) => path.startsWith('/api/') && service.hasRoute({ method: 'GET', url: path });
  const broken = brokenLinks(dist, pages, served).map(({ page, link }) => `${page} → ${link}`);
  await service.close();
  expect(broken).toEqual([]);
});

test('one page of each type in each language is valid HTML (Nu Html Checker)', async () => {
  test.setTimeout(300_000);
  const sample = onePagePerType(pages, site.languages);
  for (const lang of site.languages) expect(sample.some((p) => p.startsWith(`/${lang}/exhibits/`))).toBe(true);
  const findings = await checkHtml(sample.map((page) => join(dist, page)));
  const mistakes = findings
    .filter((f) => !isCheckerGap(f))
    .map((f) => `${f.file}:${f.line ?? '?'}: ${f.message} [${f.extract.slice(0, 80)}]`);
  expect(mistakes).toEqual([]);
});
