import { afterEach, describe, expect, it } from 'vitest';
import {
  contentWith,
  edit,
  FIXTURE,
  problemsOf,
  removeCopies,
  write,
} from '../../../test/fixtures/content/content-with.ts';
import { EX, malformedCases as cases } from '../../../test/fixtures/content/malformed-cases.ts';
import { PLACE } from '../../../test/fixtures/content/malformed-place-cases.ts';
import { loadCatalog } from './load-catalog.ts';

afterEach(removeCopies);

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

describe('loadCatalog reads files as Decap CMS writes them', () => {
  it('takes an emptied optional field as absent, but still reports an emptied required one', () => {
    const root = contentWith((r) => {
      edit(PLACE, /\nverifiedBy:/, '\nsummary: ""\nphone: null\nverifiedBy:')(r);
    });
    const place = loadCatalog(root).places[0];
    expect(place?.phone).toBeUndefined();
    expect(place?.translations.vi?.fields.summary).toBeUndefined();
    const broken = contentWith(edit(PLACE, /\nname: .*/, '\nname: ""'));
    expect(problemsOf(broken).join('\n')).toMatch(/name: expected the place name, but it is missing/);
  });

  it('drops a group of fields left empty in the editor, and names the missing field of one filled in half', () => {
    const empty = contentWith(edit(PLACE, /\nverifiedBy:/, '\nwifi:\n  network: ""\nverifiedBy:'));
    expect(loadCatalog(empty).places[0]?.wifi).toBeUndefined();
    const half = contentWith(edit(PLACE, /\nverifiedBy:/, '\nwifi:\n  network: ""\n  signIn: true\nverifiedBy:'));
    expect(problemsOf(half).join('\n')).toMatch(/wifi\.network: expected the network name \(SSID\)/);
  });
});

describe('loadCatalog and the empty language files Decap CMS writes', () => {
  it.each([
    ['an empty front matter', '---\n---\n'],
    ['an empty file', '\n'],
  ])('reads %s in another language as no translation yet', (_, text) => {
    const root = contentWith(write('content/places/squid-cake-shop.en.md', text));
    const place = loadCatalog(root).places[0];
    expect(place?.translations.en).toBeUndefined();
    expect(place?.translations.vi?.fields.name).toBe('Quán chả mực');
  });
  it('still refuses an empty default-language file, which must hold every field', () => {
    const root = contentWith(write(PLACE, '---\n---\n'));
    expect(problemsOf(root).join('\n')).toMatch(/squid-cake-shop\.vi\.md → category/);
  });
});
