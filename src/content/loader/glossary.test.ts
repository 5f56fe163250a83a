import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { glossarySchema } from '../schemas/glossary.ts';
import { formatViolation, glossaryViolations, languageTexts, loadGlossary } from './glossary.ts';
import { loadCatalog } from './load-catalog.ts';

const root = join(import.meta.dirname, '..', '..', '..');
const catalog = loadCatalog(root);

describe('glossaryViolations', () => {
  const glossary = glossarySchema.parse({
    terms: [
      {
        term: 'Trần Nhân Tông',
        use: '陳仁宗',
        avoid: ['チャン・ニャン・トン'],
        allow: ['陳仁宗（チャン・ニャン・トン）'],
      },
      { term: 'Bãi Cháy', use: '拜寨', avoid: ['拜斋'] },
    ],
  });

  it('names the file, the line, the variant found and the rendering to use', () => {
    const found = glossaryViolations(glossary, [
      { source: 'content/places/x.zh.md', text: '---\nname: 拜斋大桥\n---' },
    ]);
    expect(found.map(formatViolation)).toEqual([
      'content/places/x.zh.md:2: "拜斋" for Bãi Cháy; the glossary uses "拜寨"',
    ]);
  });

  it('accepts a variant inside an allowed phrase, but not on its own', () => {
    const text = '仏皇・陳仁宗（チャン・ニャン・トン）が入寂した。\n仏皇チャン・ニャン・トンが晩年を過ごした。';
    const found = glossaryViolations(glossary, [{ source: 'a.ja.md', text }]);
    expect(found.map((v) => v.line)).toEqual([2]);
  });
});

describe('loadGlossary', () => {
  it('refuses a glossary entry without variants to avoid, naming the file and the field', () => {
    const dir = mkdtempSync(join(tmpdir(), 'glossary-'));
    mkdirSync(join(dir, 'content', 'glossary'), { recursive: true });
    writeFileSync(join(dir, 'content/glossary/fr.yaml'), 'terms:\n  - term: Yên Tử\n    use: Yên Tử\n    avoid: []\n');
    expect(() => loadGlossary(dir, 'fr')).toThrow(
      /content\/glossary\/fr\.yaml → terms\[0\]\.avoid: expected at least one/,
    );
  });
});

// The site's own content, in every language it offers: one glossary each, and no text (page, UI
// string, site setting, narration caption) uses a variant it avoids.
describe.each(catalog.site.languages)('content in %s', (lang) => {
  it('follows its glossary', () => {
    const glossary = loadGlossary(root, lang);
    expect(glossary, `content/glossary/${lang}.yaml: every language of the site has a glossary`).toBeDefined();
    if (!glossary) return;
    const texts = languageTexts(root, lang);
    expect(texts.some((t) => t.source === `content/ui/${lang}.json`)).toBe(true);
    expect(glossaryViolations(glossary, texts).map(formatViolation)).toEqual([]);
  });

  // Pictures are captioned as illustrations (`exhibit.illustration`): an alt text that says so again
  // is heard twice by a screen reader.
  it('does not start an alt text with the caption', () => {
    const caption = (
      JSON.parse(readFileSync(join(root, 'content/ui', `${lang}.json`), 'utf8')) as Record<string, string>
    )['exhibit.illustration'];
    expect(caption).toBeTruthy();
    const entries = [
      ...catalog.museums,
      ...catalog.galleries,
      ...catalog.exhibits,
      ...catalog.places,
      ...catalog.experts,
    ];
    const repeated = entries.flatMap((entry) => {
      const translation = entry.translations[lang];
      const fields = (translation?.fields ?? {}) as { imageAlt?: string; photoAlt?: string };
      const alt = fields.imageAlt ?? fields.photoAlt;
      return alt?.toLowerCase().startsWith(caption?.toLowerCase() ?? '') ? [`${translation?.file}: ${alt}`] : [];
    });
    expect(repeated).toEqual([]);
  });
});
