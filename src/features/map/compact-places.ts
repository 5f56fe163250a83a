/**
 * The places as the map loads them: one compact JSON document per language (arrays, not objects),
 * so 10,000 places stay a small download. Decoding checks the shape: the file comes from the network
 * and may be an old version from a cache.
 */

import { PLACE_STATUSES, type PlaceStatus } from '../../content/schemas/place-status.ts';

/** A status travels as its index in PLACE_STATUSES. */
export const PLACE_STATUS_CODES = PLACE_STATUSES;
export type MapPlaceStatus = PlaceStatus;

/**
 * [id, name, category index, lat×1e5, lon×1e5, price 0–4 (0 = not given), tag indices, schedule
 * index (−1 = no hours), status code, stale 0/1, local name ("" when it is the name), Wi-Fi: the
 * network's name and whether a sign-in page must be passed (1) or not (0), or 0 without Wi-Fi]
 */
export type PlaceRow = [
  string,
  string,
  number,
  number,
  number,
  number,
  number[],
  number,
  number,
  number,
  string,
  [string, number] | 0,
];

export interface CompactPlaces {
  v: 1;
  lang: string;
  /** First day of the opening-hours window, YYYY-MM-DD in the site's time zone. */
  hoursFrom: string;
  hoursDays: number;
  categories: string[];
  tags: string[];
  /** Distinct schedules: open/close pairs in minutes from `hoursFrom` 00:00, flat and sorted. */
  schedules: (readonly number[])[];
  places: PlaceRow[];
}

export interface MapPlace {
  index: number;
  id: string;
  name: string;
  /** The name in the site's own language (what the sign says), when it differs: found by search too. */
  localName: string;
  category: string;
  lat: number;
  lon: number;
  price: number;
  tags: string[];
  schedule: readonly number[] | null;
  status: MapPlaceStatus;
  stale: boolean;
  /** The place's free Wi-Fi, if it offers one (Wi-Fi hotspots and e.g. a mall or a museum). */
  wifi: { network: string; signIn: boolean } | null;
}

export interface DecodedPlaces {
  hoursFrom: string;
  hoursDays: number;
  categories: string[];
  tags: string[];
  places: MapPlace[];
}

const E5 = 1e5;

export const toE5 = (degrees: number) => Math.round(degrees * E5);

const isRow = (row: unknown): row is PlaceRow =>
  Array.isArray(row) &&
  row.length === 12 &&
  typeof row[10] === 'string' &&
  (row[11] === 0 ||
    (Array.isArray(row[11]) && typeof row[11][0] === 'string' && (row[11][1] === 0 || row[11][1] === 1))) &&
  typeof row[0] === 'string' &&
  typeof row[1] === 'string' &&
  row.slice(2, 6).every(Number.isInteger) &&
  Array.isArray(row[6]) &&
  Number.isInteger(row[7]) &&
  Number.isInteger(row[8]) &&
  Number.isInteger(row[9]);

/** The document fetched by the map → places, or null when it is not a document this code understands. */
export function decodePlaces(value: unknown): DecodedPlaces | null {
  const doc = value as Partial<CompactPlaces> | null;
  if (doc?.v !== 1 || !Array.isArray(doc.places) || !Array.isArray(doc.categories)) return null;
  if (!Array.isArray(doc.tags) || !Array.isArray(doc.schedules) || typeof doc.hoursFrom !== 'string') return null;
  const { categories, tags, schedules } = doc;
  const places: MapPlace[] = [];
  for (const row of doc.places) {
    if (!isRow(row)) return null;
    const [id, name, category, lat, lon, price, tagIndices, schedule, status, stale, localName, wifi] = row;
    if (!categories[category] || !PLACE_STATUS_CODES[status]) return null;
    places.push({
      index: places.length,
      id,
      name,
      localName,
      category: categories[category],
      lat: lat / E5,
      lon: lon / E5,
      price,
      tags: tagIndices.map((i) => tags[i]).filter((t): t is string => typeof t === 'string'),
      schedule: schedule >= 0 ? (schedules[schedule] ?? null) : null,
      status: PLACE_STATUS_CODES[status],
      stale: stale === 1,
      wifi: wifi === 0 ? null : { network: wifi[0], signIn: wifi[1] === 1 },
    });
  }
  return { hoursFrom: doc.hoursFrom, hoursDays: doc.hoursDays ?? 0, categories, tags, places };
}
