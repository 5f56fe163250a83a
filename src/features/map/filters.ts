import type { MapPlace } from './compact-places.ts';
import { openStateAt } from '../places/index.ts';

/** What the visitor chose on the map page; the same state lives in the address (see url-state.ts). */
export interface PlaceFilters {
  /** Any of these categories; empty = all. */
  categories: string[];
  openNow: boolean;
  /** Any of these price levels (1–4); empty = any price, including places with none given. */
  prices: number[];
  /** Every one of these tags. */
  tags: string[];
  /** Words that must all appear in the name (either language), category or tags, ignoring case and Vietnamese marks. */
  text: string;
  /** Permanently closed places are off the map unless asked for. */
  showClosed: boolean;
  /** Only places with free Wi-Fi: hotspots, and any other place that offers a network. */
  wifi: boolean;
}

export const NO_FILTERS: PlaceFilters = {
  categories: [],
  openNow: false,
  prices: [],
  tags: [],
  text: '',
  showClosed: false,
  wifi: false,
};

/** Lower case without diacritics, so "banh cuon" finds "Bánh cuốn" and "đ" matches "d". */
export function foldText(value: string): string {
  return value.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').toLowerCase();
}

export interface FilterContext {
  /** Minutes since the schedules' first day, in the site's time zone. */
  minute: number;
  windowDays: number;
  /** Words a category or tag id is also known by (its label in the page's language), folded. */
  labelOf: (id: string) => string;
}

/** The places that pass every filter, in their original order. */
export function filterPlaces(places: readonly MapPlace[], filters: PlaceFilters, context: FilterContext): MapPlace[] {
  const words = foldText(filters.text).split(/\s+/).filter(Boolean);
  const categories = new Set(filters.categories);
  const prices = new Set(filters.prices);
  const searchable = new Map<MapPlace, string>();
  const textOf = (p: MapPlace) => {
    let text = searchable.get(p);
    if (text === undefined) {
      text = foldText([p.name, p.localName, context.labelOf(p.category), ...p.tags.map(context.labelOf)].join(' '));
      searchable.set(p, text);
    }
    return text;
  };
  return places.filter(
    (p) =>
      (filters.showClosed || p.status !== 'closed') &&
      (categories.size === 0 || categories.has(p.category)) &&
      (!filters.wifi || p.wifi !== null) &&
      (prices.size === 0 || prices.has(p.price)) &&
      filters.tags.every((tag) => p.tags.includes(tag)) &&
      (!filters.openNow ||
        (p.status === 'open' && openStateAt(p.schedule, context.minute, context.windowDays).state === 'open')) &&
      (words.length === 0 || words.every((w) => textOf(p).includes(w))),
  );
}

/** How many of `places` fall in each category: the counts beside the category filters. */
export function countByCategory(places: readonly MapPlace[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const p of places) counts.set(p.category, (counts.get(p.category) ?? 0) + 1);
  return counts;
}
