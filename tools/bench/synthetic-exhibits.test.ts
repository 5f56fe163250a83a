import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadCatalog } from '../../src/content/loader/load-catalog.ts';
import { markdownFile, syntheticExhibitFiles } from './synthetic-exhibits.ts';

const made: string[] = [];
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const FIXTURE = join(import.meta.dirname, '..', '..', 'test', 'fixtures', 'content', 'valid');

describe('syntheticExhibitFiles', () => {
  it('writes exhibits the real content loader accepts, in every language, spread over the galleries', () => {
    const root = mkdtempSync(join(tmpdir(), 'synthetic-'));
    made.push(root);
    cpSync(FIXTURE, root, { recursive: true });
    const real = loadCatalog(root);
    const galleries = [
      { id: 'first-floor', codePrefix: 'TM' },
      { id: 'first-floor', codePrefix: 'TM' },
    ];
    const files = syntheticExhibitFiles({
      count: 30,
      galleries,
      image: real.exhibits[0]!.image,
      languages: real.site.languages,
      defaultLanguage: real.site.defaultLanguage,
    });
    for (const file of files) writeFileSync(join(root, 'content', 'exhibits', file.name), file.text);

    const catalog = loadCatalog(root); // throws, listing every problem, if one generated field is wrong
    expect(files).toHaveLength(30 * real.site.languages.length);
    expect(catalog.exhibits).toHaveLength(real.exhibits.length + 30);
    const synthetic = catalog.exhibits.find((e) => e.id === 'synthetic-exhibit-1029')!;
    expect(synthetic.code).toBe('TM-1029');
    expect(synthetic.related).toEqual(['synthetic-exhibit-1027']);
    expect(Object.keys(synthetic.translations).sort()).toEqual([...real.site.languages].sort());
  });

  it('refuses more exhibits than 4-digit label codes can number', () => {
    const options = { count: 9001, galleries: [{ id: 'g', codePrefix: 'QN' }], image: '/i.svg' };
    expect(() => syntheticExhibitFiles({ ...options, languages: ['vi'], defaultLanguage: 'vi' })).toThrow(/4-digit/);
  });
});

describe('markdownFile', () => {
  it('quotes strings that YAML would otherwise misread', () => {
    expect(markdownFile({ title: 'Yes: no # not a comment', related: ['a'] }, 'Body')).toBe(
      '---\ntitle: "Yes: no # not a comment"\nrelated: ["a"]\n---\nBody\n',
    );
  });
});
