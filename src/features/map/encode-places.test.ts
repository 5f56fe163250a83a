import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../../content/loader/load-catalog.ts';
import { decodePlaces } from '../map/compact-places.ts';
import { encodePlaces } from './encode-places.ts';

const catalog = loadCatalog(process.cwd());

describe('the compact places document', () => {
  it('decodes to every place with its name in the language asked for', () => {
    const doc = encodePlaces(catalog, 'en', '2026-11-23', 7);
    const decoded = decodePlaces(JSON.parse(JSON.stringify(doc)));
    expect(decoded?.places).toHaveLength(catalog.places.length);
    const source = catalog.places[0]!;
    const place = decoded!.places[0]!;
    expect(place.id).toBe(source.id);
    expect(place.name).toBe(source.translations.en?.fields.name ?? source.translations.vi?.fields.name);
    expect(place.lat).toBeCloseTo(source.coordinates.lat, 5);
    expect(place.category).toBe(source.category);
    expect(place.tags).toEqual(source.tags);
    expect(place.localName).toBe(
      source.translations.vi?.fields.name === place.name ? '' : source.translations.vi?.fields.name,
    );
  });
  it('keeps one destination’s places when asked, each hotspot with its network', () => {
    const doc = encodePlaces(catalog, 'en', '2026-11-23', 7, 'ha-long');
    const decoded = decodePlaces(JSON.parse(JSON.stringify(doc)))!;
    const haLong = catalog.places.filter((p) => p.destination === 'ha-long');
    expect(decoded.places.map((p) => p.id)).toEqual(haLong.map((p) => p.id));
    const hotspot = haLong.find((p) => p.wifi)!;
    expect(decoded.places.find((p) => p.id === hotspot.id)?.wifi).toEqual(hotspot.wifi);
    expect(encodePlaces(catalog, 'en', '2026-11-23', 7, 'nowhere').places).toEqual([]);
  });
  it('shares one schedule between places with the same hours', () => {
    const doc = encodePlaces(catalog, 'vi', '2026-11-23', 7);
    const distinct = new Set(catalog.places.flatMap((p) => (p.openingHours ? [p.openingHours] : [])));
    expect(doc.schedules).toHaveLength(distinct.size);
  });
  it('refuses a document of another shape', () => {
    expect(decodePlaces({ v: 2 })).toBeNull();
    expect(
      decodePlaces({
        v: 1,
        hoursFrom: 'x',
        categories: ['a'],
        tags: [],
        schedules: [],
        places: [['id', 'n', 0, 0, 0, 0, [], -1, 0, 0, '']],
      }),
    ).toBeNull();
    expect(decodePlaces(null)).toBeNull();
  });
});
