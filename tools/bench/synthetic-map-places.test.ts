import { describe, expect, it } from 'vitest';
import { decodePlaces } from '../../src/features/map/compact-places.ts';
import { syntheticPlaces } from './synthetic-map-places.ts';

const options = {
  count: 10_000,
  towns: [{ lat: 20.95, lon: 107.08 }],
  bounds: { south: 20.55, west: 106.35, north: 21.65, east: 108.15 },
  categories: ['restaurant', 'hotel'],
  tags: ['seafood', 'family'],
  schedules: [[0, 600]],
  hoursFrom: '2026-11-23',
  hoursDays: 28,
  lang: 'vi',
};

describe('syntheticPlaces', () => {
  it('makes a document the map decodes, every place inside the bounds', () => {
    const decoded = decodePlaces(JSON.parse(JSON.stringify(syntheticPlaces(options))));
    expect(decoded?.places).toHaveLength(10_000);
    const { south, west, north, east } = options.bounds;
    expect(decoded!.places.every((p) => p.lat >= south && p.lat <= north && p.lon >= west && p.lon <= east)).toBe(true);
  });
  it('is the same for the same seed, so runs compare', () => {
    expect(syntheticPlaces({ ...options, count: 50 })).toEqual(syntheticPlaces({ ...options, count: 50 }));
    expect(syntheticPlaces({ ...options, count: 50, seed: 7 })).not.toEqual(syntheticPlaces({ ...options, count: 50 }));
  });
});
