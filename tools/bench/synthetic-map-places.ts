import type { CompactPlaces, PlaceRow } from '../../src/features/map/compact-places.ts';
import { toE5 } from '../../src/features/map/compact-places.ts';
import { seededRandom as random } from '../shared/seeded-random.ts';

/** Where synthetic places go and what they are made of; `schedules` come from real opening_hours. */
export interface SyntheticPlacesOptions {
  count: number;
  /** Towns to gather places around, as real destinations do (a few dense centres, a sparse rest). */
  towns: { lat: number; lon: number }[];
  bounds: { south: number; west: number; north: number; east: number };
  categories: string[];
  tags: string[];
  schedules: (readonly number[])[];
  hoursFrom: string;
  hoursDays: number;
  lang: string;
  seed?: number;
}

/** `count` places in the compact form the map loads: 80 % around the towns, 20 % anywhere in bounds. */
export function syntheticPlaces(options: SyntheticPlacesOptions): CompactPlaces {
  const next = random(options.seed ?? 42);
  const { bounds, towns } = options;
  const clamp = (value: number, low: number, high: number) => Math.min(high, Math.max(low, value));
  const gauss = () => Math.sqrt(-2 * Math.log(next() || 1e-9)) * Math.cos(2 * Math.PI * next());
  const places: PlaceRow[] = [];
  for (let i = 0; i < options.count; i++) {
    const town = towns[Math.floor(next() * towns.length)];
    const nearTown = town && next() < 0.8;
    const lat = nearTown ? town.lat + gauss() * 0.03 : bounds.south + next() * (bounds.north - bounds.south);
    const lon = nearTown ? town.lon + gauss() * 0.04 : bounds.west + next() * (bounds.east - bounds.west);
    const tagCount = Math.floor(next() * 3);
    const tags = [...new Set(Array.from({ length: tagCount }, () => Math.floor(next() * options.tags.length)))];
    const status = next() < 0.03 ? 1 : next() < 0.02 ? 2 : 0;
    places.push([
      `synthetic-${i}`,
      `Synthetic place ${i}`,
      Math.floor(next() * options.categories.length),
      toE5(clamp(lat, bounds.south, bounds.north)),
      toE5(clamp(lon, bounds.west, bounds.east)),
      Math.floor(next() * 5),
      tags.sort((a, b) => a - b),
      options.schedules.length > 0 && next() < 0.9 ? Math.floor(next() * options.schedules.length) : -1,
      status,
      next() < 0.1 ? 1 : 0,
      '',
      0,
    ]);
  }
  return {
    v: 1,
    lang: options.lang,
    hoursFrom: options.hoursFrom,
    hoursDays: options.hoursDays,
    categories: options.categories,
    tags: options.tags,
    schedules: options.schedules,
    places,
  };
}
