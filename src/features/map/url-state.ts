import { NO_FILTERS, type PlaceFilters } from './filters.ts';

/** The map's whole view: filters, the selected place and where the map looks. A link reproduces it. */
export interface MapViewState {
  filters: PlaceFilters;
  place: string | null;
  view: { lat: number; lon: number; zoom: number } | null;
  /** Distances and order from the visitor's position instead of the museum. */
  nearMe: boolean;
}

export interface Vocabulary {
  categories: readonly string[];
  tags: readonly string[];
}

const list = (value: string | null) => (value ? value.split(',').filter(Boolean) : []);
const known = (values: string[], allowed: readonly string[]) => [...new Set(values.filter((v) => allowed.includes(v)))];

/**
 * The address's query → state. Anything unknown or malformed is dropped rather than trusted: the
 * address may be hand-edited or come from an older version of the site.
 */
export function parseMapState(search: string, vocabulary: Vocabulary): MapViewState {
  const q = new URLSearchParams(search);
  const prices = [...new Set(list(q.get('price')).map(Number))].filter((n) => Number.isInteger(n) && n >= 1 && n <= 4);
  const at = list(q.get('at')).map(Number);
  const [lat, lon, zoom] = at;
  const view =
    at.length === 3 &&
    at.every(Number.isFinite) &&
    Math.abs(lat!) <= 90 &&
    Math.abs(lon!) <= 180 &&
    zoom! >= 0 &&
    zoom! <= 22
      ? { lat: lat!, lon: lon!, zoom: Math.round(zoom!) }
      : null;
  const place = q.get('place');
  return {
    filters: {
      categories: known(list(q.get('cat')), vocabulary.categories),
      openNow: q.get('open') === '1',
      prices: prices.sort(),
      tags: known(list(q.get('tag')), vocabulary.tags),
      text: (q.get('q') ?? '').slice(0, 100),
      showClosed: q.get('closed') === '1',
      wifi: q.get('wifi') === '1',
    },
    place: place && /^[a-z0-9-]{1,80}$/.test(place) ? place : null,
    view,
    nearMe: q.get('near') === '1',
  };
}

/** State → query string ("" or "?…"), keys in a fixed order and defaults left out, so links stay short. */
export function serializeMapState(state: MapViewState): string {
  const q = new URLSearchParams();
  const f = state.filters;
  if (f.categories.length > 0) q.set('cat', f.categories.join(','));
  if (f.openNow) q.set('open', '1');
  if (f.prices.length > 0) q.set('price', [...f.prices].sort().join(','));
  if (f.tags.length > 0) q.set('tag', f.tags.join(','));
  if (f.text.trim()) q.set('q', f.text.trim());
  if (f.showClosed !== NO_FILTERS.showClosed) q.set('closed', '1');
  if (f.wifi) q.set('wifi', '1');
  if (state.nearMe) q.set('near', '1');
  if (state.place) q.set('place', state.place);
  if (state.view) q.set('at', `${state.view.lat.toFixed(5)},${state.view.lon.toFixed(5)},${state.view.zoom}`);
  const text = q.toString().replace(/%2C/g, ',');
  return text ? `?${text}` : '';
}
