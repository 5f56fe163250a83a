import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { syntheticPlaceFiles } from './synthetic-places.ts';

const options = {
  count: 50,
  categories: ['restaurant', 'hotel'],
  tags: ['family'],
  experts: ['an-expert'],
  destination: 'test-bay',
  bounds: { south: 20, west: 106, north: 21, east: 108 },
  defaultLanguage: 'vi',
  translations: ['vi', 'en'],
};

function frontMatter(text: string): Record<string, unknown> {
  return parse(/^---\n([\s\S]*?)\n---/.exec(text)?.[1] ?? '') as Record<string, unknown>;
}

describe('syntheticPlaceFiles', () => {
  it('writes the default language with every field and each translation with the translated ones only', () => {
    const files = syntheticPlaceFiles(options);
    expect(files).toHaveLength(100);
    const vi = frontMatter(files[0]!.text);
    expect(vi).toMatchObject({ category: 'restaurant', verifiedBy: 'an-expert', name: 'Địa điểm mẫu 0' });
    expect(Object.keys(frontMatter(files[1]!.text)).sort()).toEqual(['address', 'name', 'summary']);
  });

  it('keeps every place inside the map bounds and gives each its own position', () => {
    const spots = syntheticPlaceFiles(options)
      .filter((f) => f.name.endsWith('.vi.md'))
      .map((f) => frontMatter(f.text).coordinates as { lat: number; lon: number });
    for (const { lat, lon } of spots) {
      expect(lat).toBeGreaterThan(20);
      expect(lat).toBeLessThan(21);
      expect(lon).toBeGreaterThan(106);
      expect(lon).toBeLessThan(108);
    }
    expect(new Set(spots.map((s) => `${s.lat},${s.lon}`)).size).toBe(50);
  });

  it('refuses to make places without a category or an expert to verify them', () => {
    expect(() => syntheticPlaceFiles({ ...options, experts: [] })).toThrow(/expert/);
  });
});
