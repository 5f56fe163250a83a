<<<<<<< HEAD
import { type ContentFile, markdownFile } from './synthetic-exhibits.ts';

/** What synthetic places may reuse from the real content: categories, tags, experts and the map's area. */
export type SyntheticPlaceOptions = {
  count: number;
  categories: string[];
  tags: string[];
  experts: string[];
  bounds: { south: number; west: number; north: number; east: number };
  /** The default language gets every field; the others here get the translated ones. */
  defaultLanguage: string;
  translations: readonly string[];
};

const hours = ['Mo-Su 06:00-21:00', '24/7', 'Mo-Fr 08:00-17:00; Sa 08:00-12:00', 'Tu-Su 09:00-18:00'];

/**
 * Place files in the content format (`{id}.{lang}.md`), spread evenly over the map's bounds on a grid
 * (deterministic, so two runs build the same site), with categories, tags, experts and opening hours
 * taken round-robin from the real content so every listing, filter and expert page grows with them.
 */
export function syntheticPlaceFiles(options: SyntheticPlaceOptions): ContentFile[] {
  const { count, categories, experts, bounds, defaultLanguage, translations } = options;
  if (categories.length === 0 || experts.length === 0)
    throw new Error('bench: synthetic places need at least one category and one expert');
  const side = Math.ceil(Math.sqrt(count));
  const files: ContentFile[] = [];
  for (let i = 0; i < count; i++) {
    const lat = bounds.south + ((Math.floor(i / side) + 0.5) / side) * (bounds.north - bounds.south);
    const lon = bounds.west + (((i % side) + 0.5) / side) * (bounds.east - bounds.west);
    const shared = {
      category: categories[i % categories.length],
      coordinates: { lat: round(lat), lon: round(lon) },
      openingHours: hours[i % hours.length],
      priceLevel: (i % 4) + 1,
      tags: options.tags.length > 0 ? [options.tags[i % options.tags.length]] : [],
      verifiedBy: experts[i % experts.length],
      verifiedOn: `2026-0${(i % 9) + 1}-1${i % 10}`,
      status: i % 97 === 0 ? 'temporarily-closed' : 'open',
    };
    const id = syntheticPlaceId(i);
    files.push({
      name: `${id}.${defaultLanguage}.md`,
      text: markdownFile({ ...shared, ...text(defaultLanguage, i) }, body(defaultLanguage, i)),
    });
    for (const lang of translations) {
      if (lang !== defaultLanguage)
        files.push({ name: `${id}.${lang}.md`, text: markdownFile(text(lang, i), body(lang, i)) });
    }
  }
  return files;
}

export function syntheticPlaceId(index: number): string {
  return `synthetic-place-${index}`;
}

function text(lang: string, i: number) {
  const name = lang === 'vi' ? `Địa điểm mẫu ${i}` : `Sample place ${i}`;
  const summary =
    lang === 'vi' ? 'Một địa điểm mẫu để đo thời gian dựng trang.' : 'A sample place for timing the build.';
  return { name, summary, address: `${i} Sample Street, Hạ Long` };
}

function body(lang: string, i: number): string {
  const sentence =
    lang === 'vi'
      ? 'Địa điểm này được tạo tự động để đo hiệu năng của trang khi có rất nhiều địa điểm.'
      : 'This place was generated to measure how the site performs with a great many places.';
  return `${sentence} (${i})\n\n${sentence}`;
}

function round(value: number): number {
  return Math.round(value * 1e5) / 1e5;
=======
import type { CompactPlaces, PlaceRow } from '../map/compact-places.ts';
import { toE5 } from '../map/compact-places.ts';

/** Where synthetic places go and what they are made of; `schedules` come from real opening_hours. */
export interface SyntheticPlacesOptions {
  count: number;
  /** Towns to gather places around, as real destinations do (a few dense centres, a sparse rest). */
  towns: { lat: number; lon: number }[];
  bounds: { south: number; west: number; north: number; east: number };
  categories: string[];
  tags: string[];
  schedules: number[][];
  hoursFrom: string;
  hoursDays: number;
  lang: string;
  seed?: number;
}

/** mulberry32: a small deterministic generator, so two bench runs measure the same points. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
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
>>>>>>> map
}
