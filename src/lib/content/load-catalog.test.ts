import { cpSync, mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadCatalog } from './load-catalog.ts';
import { ContentError } from './problems.ts';

const FIXTURE = join(import.meta.dirname, 'fixtures', 'valid');
const made: string[] = [];

/** A fresh copy of the valid fixture with one file changed, written, or removed. */
function contentWith(change: (root: string) => void): string {
  const root = mkdtempSync(join(tmpdir(), 'content-'));
  made.push(root);
  cpSync(FIXTURE, root, { recursive: true });
  change(root);
  return root;
}

const edit = (file: string, from: string | RegExp, to: string) => (root: string) => {
  const path = join(root, file);
  const text = readFileSync(path, 'utf8');
  const next = text.replace(from, to);
  if (next === text) throw new Error(`fixture edit did nothing in ${file}: ${String(from)}`);
  writeFileSync(path, next);
};
const write = (file: string, text: string) => (root: string) => writeFileSync(join(root, file), text);
const remove = (file: string) => (root: string) => unlinkSync(join(root, file));

function problemsOf(root: string): string[] {
  try {
    loadCatalog(root);
  } catch (error) {
    if (error instanceof ContentError)
      return error.message
        .split('\n')
        .slice(1)
        .map((l) => l.trim());
    throw error;
  }
  return [];
}

afterEach(() => {
  for (const root of made.splice(0)) rmSync(root, { recursive: true, force: true });
});

describe('loadCatalog on valid content', () => {
  it('reads every kind and joins translations by id', () => {
    const catalog = loadCatalog(FIXTURE);
    expect(catalog.exhibits.map((e) => e.id)).toEqual(['bronze-drum', 'stone-stele']);
    const drum = catalog.exhibits[0];
    expect(drum?.translations.en?.fields.title).toBe('Bronze drum');
    expect(drum?.translations.vi?.body).toBe('Câu chuyện trống đồng.');
    expect(catalog.places[0]?.verifiedOn).toBe('2026-01-15');
    expect(catalog.site.freshnessDays).toBe(180);
  });
});

const EX = 'content/exhibits/bronze-drum.vi.md';
const PLACE = 'content/places/squid-cake-shop.vi.md';
const SITE = 'content/site.yaml';

// Each malformed file must be refused with a message naming the file, the field and what was expected.
const cases: {
  name: string;
  change: (root: string) => void;
  file: string;
  field: string;
  expected: RegExp;
}[] = [
  {
    name: 'label code in lower case',
    change: edit(EX, 'code: TM-101', 'code: tm101'),
    file: EX,
    field: 'code',
    expected: /QN-101/,
  },
  {
    name: 'label code too long',
    change: edit(EX, 'code: TM-101', 'code: TM-123456'),
    file: EX,
    field: 'code',
    expected: /2–4 digits/,
  },
  {
    name: 'duplicate label code',
    change: edit('content/exhibits/stone-stele.vi.md', 'TM-102', 'TM-101'),
    file: 'content/exhibits/stone-stele.vi.md',
    field: 'code',
    expected: /also used by/,
  },
  {
    name: 'code without the museum prefix',
    change: edit(EX, 'code: TM-101', 'code: QN-101'),
    file: EX,
    field: 'code',
    expected: /prefix "TM-"/,
  },
  {
    name: 'unknown gallery',
    change: edit(EX, 'gallery: first-floor', 'gallery: attic'),
    file: EX,
    field: 'gallery',
    expected: /gallery in content\/galleries/,
  },
  {
    name: 'related exhibit that does not exist',
    change: edit(EX, 'related: [stone-stele]', 'related: [stone-stele, ghost]'),
    file: EX,
    field: 'related[1]',
    expected: /"ghost"/,
  },
  {
    name: 'image file missing',
    change: edit(EX, 'image: /images/drum.svg', 'image: /images/missing.svg'),
    file: EX,
    field: 'image',
    expected: /public\/images\/missing\.svg/,
  },
  {
    name: 'image path with ..',
    change: edit(EX, 'image: /images/drum.svg', 'image: /images/../../etc/passwd'),
    file: EX,
    field: 'image',
    expected: /without "\.\."/,
  },
  {
    name: 'order given as text',
    change: edit(EX, 'order: 1', 'order: first'),
    file: EX,
    field: 'order',
    expected: /number/,
  },
  {
    name: 'national treasure as "yes" text',
    change: edit(EX, 'nationalTreasure: true', 'nationalTreasure: "yes"'),
    file: EX,
    field: 'nationalTreasure',
    expected: /true or false/,
  },
  {
    name: 'missing title',
    change: edit(EX, 'title: Trống đồng\n', ''),
    file: EX,
    field: 'title',
    expected: /title.*missing/,
  },
  {
    name: 'misspelt field',
    change: edit(EX, 'imageAlt:', 'imgAlt:'),
    file: EX,
    field: 'imgAlt',
    expected: /unknown field/,
  },
  {
    name: 'audio without captions',
    change: edit(EX, '  captions: /audio/drum.vi.vtt\n', ''),
    file: EX,
    field: 'audio.captions',
    expected: /WebVTT captions/,
  },
  {
    name: 'audio file missing',
    change: remove('public/audio/drum.vi.webm'),
    file: EX,
    field: 'audio.opus',
    expected: /does not exist/,
  },
  {
    name: 'broken YAML',
    change: edit(EX, 'order: 1', 'order: [1'),
    file: EX,
    field: '(yaml)',
    expected: /valid YAML/,
  },
  {
    name: 'no front matter',
    change: write(EX, 'Just text, no front matter.\n'),
    file: EX,
    field: '(front matter)',
    expected: /---/,
  },
  {
    name: 'translation without a default-language file',
    change: write('content/exhibits/lonely.en.md', '---\ntitle: Lonely\n---\n'),
    file: 'content/exhibits/lonely.en.md',
    field: '(file name)',
    expected: /lonely\.vi\.md/,
  },
  {
    name: 'file in a language the site does not offer',
    change: write('content/exhibits/bronze-drum.de.md', '---\ntitle: Trommel\n---\n'),
    file: 'content/exhibits/bronze-drum.de.md',
    field: '(file name)',
    expected: /vi, en, zh/,
  },
  {
    name: 'file name not kebab-case',
    change: write('content/exhibits/Bronze_Drum.en.md', '---\ntitle: X\n---\n'),
    file: 'content/exhibits/Bronze_Drum.en.md',
    field: '(file name)',
    expected: /kebab-case/,
  },
  {
    name: 'place outside the map bounds',
    change: edit(PLACE, 'lat: 20.953', 'lat: 10.8'),
    file: PLACE,
    field: 'coordinates',
    expected: /map bounds/,
  },
  {
    name: 'latitude out of range',
    change: edit(PLACE, 'lat: 20.953', 'lat: 120.5'),
    file: PLACE,
    field: 'coordinates.lat',
    expected: /latitude/,
  },
  {
    name: 'unparseable opening hours',
    change: edit(PLACE, '"Mo-Su 06:00-21:00"', '"every day from morning"'),
    file: PLACE,
    field: 'openingHours',
    expected: /opening_hours syntax/,
  },
  {
    name: 'unknown category',
    change: edit(PLACE, 'category: restaurant', 'category: spa'),
    file: PLACE,
    field: 'category',
    expected: /restaurant, sight/,
  },
  {
    name: 'unknown tag',
    change: edit(PLACE, 'tags: [seafood]', 'tags: [seafood, karaoke]'),
    file: PLACE,
    field: 'tags[1]',
    expected: /"karaoke"/,
  },
  {
    name: 'unknown verifying expert',
    change: edit(PLACE, 'verifiedBy: le-van-an', 'verifiedBy: nobody'),
    file: PLACE,
    field: 'verifiedBy',
    expected: /expert in content\/experts/,
  },
  {
    name: 'verification date in a wrong format',
    change: edit(PLACE, 'verifiedOn: 2026-01-15', 'verifiedOn: 15/01/2026'),
    file: PLACE,
    field: 'verifiedOn',
    expected: /YYYY-MM-DD/,
  },
  {
    name: 'verification date in the future',
    change: edit(PLACE, 'verifiedOn: 2026-01-15', 'verifiedOn: 2999-01-01'),
    file: PLACE,
    field: 'verifiedOn',
    expected: /not in the future/,
  },
  {
    name: 'price level out of range',
    change: edit(PLACE, 'priceLevel: 1', 'priceLevel: 7'),
    file: PLACE,
    field: 'priceLevel',
    expected: /4|price/,
  },
  {
    name: 'unknown status',
    change: edit(PLACE, 'name:', 'status: maybe\nname:'),
    file: PLACE,
    field: 'status',
    expected: /open, temporarily-closed, closed/,
  },
  {
    name: 'gallery of an unknown museum',
    change: edit('content/galleries/first-floor.vi.md', 'museum: test-museum', 'museum: louvre'),
    file: 'content/galleries/first-floor.vi.md',
    field: 'museum',
    expected: /"louvre"/,
  },
  {
    name: 'gallery scene file missing',
    change: edit('content/galleries/first-floor.vi.md', 'floor: 1', 'floor: 1\nscene: first-floor'),
    file: 'content/galleries/first-floor.vi.md',
    field: 'scene',
    expected: /scenes\/first-floor\.json/,
  },
  {
    name: 'museum code prefix in lower case',
    change: edit('content/museums/test-museum.vi.md', 'codePrefix: TM', 'codePrefix: tm'),
    file: 'content/museums/test-museum.vi.md',
    field: 'codePrefix',
    expected: /capital letters/,
  },
  {
    name: 'negative admission price',
    change: edit('content/museums/test-museum.vi.md', 'priceVnd: 40000', 'priceVnd: -5'),
    file: 'content/museums/test-museum.vi.md',
    field: 'admission[0].priceVnd',
    expected: /0|small/,
  },
  {
    name: 'expert without beats',
    change: edit('content/experts/le-van-an.vi.md', 'beats: [Quán ăn Hòn Gai]', 'beats: []'),
    file: 'content/experts/le-van-an.vi.md',
    field: 'beats',
    expected: /at least one beat/,
  },
  {
    name: 'site default language not offered',
    change: edit(SITE, 'defaultLanguage: vi', 'defaultLanguage: fr'),
    file: SITE,
    field: 'languages',
    expected: /default language/,
  },
  {
    name: 'site language that the product has no strings for',
    change: edit(SITE, 'languages: [vi, en, zh]', 'languages: [vi, en, de]'),
    file: SITE,
    field: 'languages[2]',
    expected: /supported languages/,
  },
  {
    name: 'site base URL not a web address',
    change: edit(SITE, 'https://test.example', 'test.example'),
    file: SITE,
    field: 'baseUrl',
    expected: /https:\/\//,
  },
  {
    name: 'map bounds upside down',
    change: edit(SITE, 'south: 20.5', 'south: 22.5'),
    file: SITE,
    field: 'map.bounds',
    expected: /south < north/,
  },
];

describe('loadCatalog refuses malformed content', () => {
  it.each(cases)('$name → $file, $field', ({ change, file, field, expected }) => {
    const problems = problemsOf(contentWith(change));
    const matching = problems.filter((p) => p.startsWith(`${file} → ${field}:`));
    expect(problems, 'the content should be refused').not.toEqual([]);
    expect(matching, `no problem names ${file} → ${field}; got:\n${problems.join('\n')}`).toHaveLength(1);
    expect(matching[0]).toMatch(expected);
  });

  it('lists every problem of a run, not only the first', () => {
    const root = contentWith((r) => {
      edit(EX, 'code: TM-101', 'code: bad')(r);
      edit(PLACE, 'category: restaurant', 'category: spa')(r);
    });
    expect(problemsOf(root)).toHaveLength(2);
  });
});
