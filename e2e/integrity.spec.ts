import { join } from 'node:path';
import { builtPages, onePagePerType } from '../tools/integrity/built-pages.ts';
import { brokenLinks } from '../tools/integrity/link-crawl.ts';
import { checkHtml, isCheckerGap } from '../tools/integrity/nu-html-checker.ts';
import { site } from './support/catalog.ts';
import { expect, test } from './support/test.ts';

// The built site as files, checked without a browser: every link of every page in every language,
// and valid HTML on one page of each type in each language.
const dist = 'dist';
const pages = builtPages(dist);

test('no internal link of any page, in any language, leads nowhere', () => {
  expect(pages.length).toBeGreaterThan(site.languages.length * 10);
  const broken = brokenLinks(dist, pages).map(({ page, link }) => `${page} → ${link}`);
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
